package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.constraints.Size;
import uk.gov.middlesbrough.tracker.plan.PlanPage;

/** The plan's own details: objectives (one per line) and its lead. */
public class PlanForm {

	@Size(max = 4000)
	private String objectives;

	@Size(max = 200)
	private String leadPost;

	@Size(max = 200)
	private String leadOrganisation;

	private Long leadUserId;

	private long version;

	static PlanForm of(PlanPage page) {
		PlanForm form = new PlanForm();
		form.objectives = page.objectives();
		form.leadPost = page.summary().leadPost();
		form.leadOrganisation = page.summary().leadOrganisation();
		form.leadUserId = page.leadUserId();
		form.version = page.version();
		return form;
	}

	public String getObjectives() {
		return objectives;
	}

	public void setObjectives(String objectives) {
		this.objectives = objectives;
	}

	public String getLeadPost() {
		return leadPost;
	}

	public void setLeadPost(String leadPost) {
		this.leadPost = leadPost;
	}

	public String getLeadOrganisation() {
		return leadOrganisation;
	}

	public void setLeadOrganisation(String leadOrganisation) {
		this.leadOrganisation = leadOrganisation;
	}

	public Long getLeadUserId() {
		return leadUserId;
	}

	public void setLeadUserId(Long leadUserId) {
		this.leadUserId = leadUserId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
