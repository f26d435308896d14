package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.gov.middlesbrough.tracker.plan.PlanTheme;

/** One theme of the plan template: its name and the defaults a new locality's plan starts from. */
public class ThemeForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 4000)
	private String defaultObjectives;

	@Size(max = 200)
	private String defaultLeadOrganisation;

	private long version;

	static ThemeForm of(PlanTheme theme) {
		ThemeForm form = new ThemeForm();
		form.name = theme.getName();
		form.defaultObjectives = theme.getDefaultObjectives();
		form.defaultLeadOrganisation = theme.getDefaultLeadOrganisation();
		form.version = theme.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDefaultObjectives() {
		return defaultObjectives;
	}

	public void setDefaultObjectives(String defaultObjectives) {
		this.defaultObjectives = defaultObjectives;
	}

	public String getDefaultLeadOrganisation() {
		return defaultLeadOrganisation;
	}

	public void setDefaultLeadOrganisation(String defaultLeadOrganisation) {
		this.defaultLeadOrganisation = defaultLeadOrganisation;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
