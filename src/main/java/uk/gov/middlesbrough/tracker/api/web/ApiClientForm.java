package uk.gov.middlesbrough.tracker.api.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The administrator's "issue a token" form: who the client is and which organisation it belongs to. */
public class ApiClientForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 200)
	private String organisation;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}
}
