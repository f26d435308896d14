package uk.gov.middlesbrough.tracker.caseload.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFigures;
import uk.gov.middlesbrough.tracker.caseload.CaseloadRole;
import uk.gov.middlesbrough.tracker.caseload.NewSnapshot;
import uk.gov.middlesbrough.tracker.caseload.PostLabel;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.FormText;

/** Recording one post's caseload on a date, as typed. */
public class SnapshotForm {

	private DateInput snapshotDate = new DateInput();

	@NotNull
	private CaseloadRole role;

	private String postLabel;

	@NotNull
	@Min(0)
	@Max(CaseloadFigures.MAX)
	private Integer children;

	@NotNull
	@Min(0)
	@Max(CaseloadFigures.MAX)
	private Integer families;

	@NotNull
	@Min(0)
	@Max(CaseloadFigures.MAX)
	private Integer childrenUnderSixMonths;

	@Size(max = 300)
	private String source;

	/** The date (a real date, not in the future), the post label, and the figures against each other. */
	void validate(Errors errors, LocalDate today) {
		DateInput.validate(errors, "snapshotDate", snapshotDate, "date of the figures", true);
		if (!errors.hasFieldErrors("snapshotDate") && snapshotDate.toDate().orElseThrow().isAfter(today)) {
			errors.rejectValue("snapshotDate", "caseload.snapshotDate.future");
		}
		PostLabel.problem(postLabel).ifPresent(key -> errors.rejectValue("postLabel", key));
		FiguresRule.check(errors, children, families, childrenUnderSixMonths);
	}

	NewSnapshot toSnapshot() {
		return new NewSnapshot(snapshotDate.toDate().orElseThrow(), role, postLabel.strip(),
				new CaseloadFigures(children, families, childrenUnderSixMonths), FormText.blankToNull(source));
	}

	public DateInput getSnapshotDate() {
		return snapshotDate;
	}

	public void setSnapshotDate(DateInput snapshotDate) {
		this.snapshotDate = snapshotDate;
	}

	public CaseloadRole getRole() {
		return role;
	}

	public void setRole(CaseloadRole role) {
		this.role = role;
	}

	public String getPostLabel() {
		return postLabel;
	}

	public void setPostLabel(String postLabel) {
		this.postLabel = postLabel;
	}

	public Integer getChildren() {
		return children;
	}

	public void setChildren(Integer children) {
		this.children = children;
	}

	public Integer getFamilies() {
		return families;
	}

	public void setFamilies(Integer families) {
		this.families = families;
	}

	public Integer getChildrenUnderSixMonths() {
		return childrenUnderSixMonths;
	}

	public void setChildrenUnderSixMonths(Integer childrenUnderSixMonths) {
		this.childrenUnderSixMonths = childrenUnderSixMonths;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}
}
