package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import uk.gov.middlesbrough.tracker.caseload.CaseloadThresholds.Threshold;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * A locality's caseloads as known at a moment: each post's latest figures against its threshold, the earlier
 * snapshots, corrections, staffing per role with its changes, and children per post over time.
 */
public record CaseloadPage(long localityId, String localityName, AsOf asOf, List<PostFigures> latest,
		List<PostFigures> earlier, List<CorrectionRow> corrections, List<StaffingRow> staffing,
		List<StaffingChange> staffingChanges, ChildrenOverTime overTime, List<RoleThreshold> thresholds) {

	public long overThreshold() {
		return latest.stream().filter(post -> post.flag().over()).count();
	}

	/** A role's threshold, for the page's explanation of the flags. */
	public record RoleThreshold(CaseloadRole role, Threshold threshold) {
	}
}
