/**
 * What every page shares: form helpers (GOV.UK date input, options, success banners), static assets and the
 * form-error flag the layout reads. Depends on no other module, so every feature may use it; the signed-in
 * user and navigation by role are put on the model by the security module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web layout", allowedDependencies = {})
package uk.gov.middlesbrough.tracker.web;
