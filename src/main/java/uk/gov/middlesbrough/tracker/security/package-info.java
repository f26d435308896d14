/**
 * Accounts, roles and who may do what: sign-in, the signed-in user
 * ({@link uk.gov.middlesbrough.tracker.security.SignedInUser}, the principal a controller takes as an
 * {@code @AuthenticationPrincipal} parameter), URL rules, security headers, and the administrator's user pages.
 * {@code security.oidc} adds sign-in with the council's identity provider when it is configured.
 * Knows nothing of other modules: the localities a manager can be bound to come through
 * {@link uk.gov.middlesbrough.tracker.security.LocalityChoices}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = {"web"})
package uk.gov.middlesbrough.tracker.security;
