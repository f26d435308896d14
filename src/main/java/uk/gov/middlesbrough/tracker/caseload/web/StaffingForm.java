package uk.gov.middlesbrough.tracker.caseload.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.caseload.CaseloadRole;
import uk.gov.middlesbrough.tracker.caseload.CaseloadStaffing;
import uk.gov.middlesbrough.tracker.caseload.StaffingRow;

/**
 * A locality's number of posts per role, as typed, with the version of each number as read (empty where none
 * was recorded). A blank leaves a role not recorded; a recorded number cannot be blanked (0 means none).
 */
public class StaffingForm {

	@Min(0)
	@Max(CaseloadStaffing.MAX_POSTS)
	private Integer socialWorker;

	@Min(0)
	@Max(CaseloadStaffing.MAX_POSTS)
	private Integer earlyHelpPractitioner;

	@Min(0)
	@Max(CaseloadStaffing.MAX_POSTS)
	private Integer earlyHelpSeniorPractitioner;

	private Long socialWorkerVersion;

	private Long earlyHelpPractitionerVersion;

	private Long earlyHelpSeniorPractitionerVersion;

	static StaffingForm of(List<StaffingRow> staffing) {
		StaffingForm form = new StaffingForm();
		for (StaffingRow row : staffing) {
			form.set(row.role(), row.posts());
		}
		form.versionsFrom(staffing);
		return form;
	}

	/** Takes the versions of the numbers as they are now (after someone else changed them), keeping what was typed. */
	void versionsFrom(List<StaffingRow> staffing) {
		for (StaffingRow row : staffing) {
			switch (row.role()) {
				case SOCIAL_WORKER:
					socialWorkerVersion = row.version();
					break;
				case EARLY_HELP_PRACTITIONER:
					earlyHelpPractitionerVersion = row.version();
					break;
				default:
					earlyHelpSeniorPractitionerVersion = row.version();
			}
		}
	}

	void validate(Errors errors, List<StaffingRow> current) {
		for (StaffingRow row : current) {
			String field = field(row.role());
			if (row.posts() != null && posts().get(row.role()) == null && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "caseload.staffing.cleared." + row.role().name());
			}
		}
	}

	static String field(CaseloadRole role) {
		switch (role) {
			case SOCIAL_WORKER:
				return "socialWorker";
			case EARLY_HELP_PRACTITIONER:
				return "earlyHelpPractitioner";
			default:
				return "earlyHelpSeniorPractitioner";
		}
	}

	Map<CaseloadRole, Integer> posts() {
		Map<CaseloadRole, Integer> posts = new EnumMap<>(CaseloadRole.class);
		posts.put(CaseloadRole.SOCIAL_WORKER, socialWorker);
		posts.put(CaseloadRole.EARLY_HELP_PRACTITIONER, earlyHelpPractitioner);
		posts.put(CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, earlyHelpSeniorPractitioner);
		return posts;
	}

	Map<CaseloadRole, Long> versions() {
		Map<CaseloadRole, Long> versions = new EnumMap<>(CaseloadRole.class);
		versions.put(CaseloadRole.SOCIAL_WORKER, socialWorkerVersion);
		versions.put(CaseloadRole.EARLY_HELP_PRACTITIONER, earlyHelpPractitionerVersion);
		versions.put(CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, earlyHelpSeniorPractitionerVersion);
		return versions;
	}

	private void set(CaseloadRole role, Integer posts) {
		switch (role) {
			case SOCIAL_WORKER:
				socialWorker = posts;
				break;
			case EARLY_HELP_PRACTITIONER:
				earlyHelpPractitioner = posts;
				break;
			default:
				earlyHelpSeniorPractitioner = posts;
		}
	}

	public Integer getSocialWorker() {
		return socialWorker;
	}

	public void setSocialWorker(Integer socialWorker) {
		this.socialWorker = socialWorker;
	}

	public Integer getEarlyHelpPractitioner() {
		return earlyHelpPractitioner;
	}

	public void setEarlyHelpPractitioner(Integer earlyHelpPractitioner) {
		this.earlyHelpPractitioner = earlyHelpPractitioner;
	}

	public Integer getEarlyHelpSeniorPractitioner() {
		return earlyHelpSeniorPractitioner;
	}

	public void setEarlyHelpSeniorPractitioner(Integer earlyHelpSeniorPractitioner) {
		this.earlyHelpSeniorPractitioner = earlyHelpSeniorPractitioner;
	}

	public Long getSocialWorkerVersion() {
		return socialWorkerVersion;
	}

	public void setSocialWorkerVersion(Long socialWorkerVersion) {
		this.socialWorkerVersion = socialWorkerVersion;
	}

	public Long getEarlyHelpPractitionerVersion() {
		return earlyHelpPractitionerVersion;
	}

	public void setEarlyHelpPractitionerVersion(Long earlyHelpPractitionerVersion) {
		this.earlyHelpPractitionerVersion = earlyHelpPractitionerVersion;
	}

	public Long getEarlyHelpSeniorPractitionerVersion() {
		return earlyHelpSeniorPractitionerVersion;
	}

	public void setEarlyHelpSeniorPractitionerVersion(Long earlyHelpSeniorPractitionerVersion) {
		this.earlyHelpSeniorPractitionerVersion = earlyHelpSeniorPractitionerVersion;
	}
}
