package uk.gov.middlesbrough.tracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One of the nine themes of the plan template, with the defaults a new locality's plan starts from. */
@Entity
public class PlanTheme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String name;

	private String defaultObjectives;

	private String defaultLeadOrganisation;

	@Version
	private long version;

	protected PlanTheme() {
	}

	void revise(String name, String defaultObjectives, String defaultLeadOrganisation) {
		this.name = name;
		this.defaultObjectives = defaultObjectives;
		this.defaultLeadOrganisation = defaultLeadOrganisation;
	}

	ActionPlan newPlanFor(long localityId) {
		return new ActionPlan(localityId, id, name, position, defaultObjectives, defaultLeadOrganisation);
	}

	Long getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public String getDefaultObjectives() {
		return defaultObjectives;
	}

	public String getDefaultLeadOrganisation() {
		return defaultLeadOrganisation;
	}

	public long getVersion() {
		return version;
	}
}
