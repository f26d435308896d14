/**
 * The read API for partners and open data (issue 16): JSON over HTTPS under {@code /api/v1}, described by an OpenAPI
 * document at {@code /api/v1/openapi.json}. Localities, plans and actions with completion and RAG, indicators' figures
 * (small counts withheld), survey results with intervals, and scrutiny recommendations with their status, each as of
 * any past date, read through the feature modules' published queries. Clients authenticate with a bearer token an
 * administrator issues and revokes ({@code /admin/api-clients}); only its SHA-256 hash is kept. Read-only, rate-limited
 * per token, every call recorded, ETags and paging. Posts and aggregates only: no person's name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Read API", allowedDependencies = {"audit", "plan", "indicator",
		"survey", "scrutiny", "disclosure", "locality", "security", "web"})
package uk.gov.middlesbrough.tracker.api;
