package uk.gov.middlesbrough.tracker.caseload.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFigures;
import uk.gov.middlesbrough.tracker.caseload.PostFigures;
import uk.gov.middlesbrough.tracker.web.FormText;

/** Correcting one post's figures for a date (the post and date stay as they are), with the version read. */
public class CorrectionForm {

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

	private long version;

	static CorrectionForm of(PostFigures post) {
		CorrectionForm form = new CorrectionForm();
		form.children = post.figures().children();
		form.families = post.figures().families();
		form.childrenUnderSixMonths = post.figures().childrenUnderSixMonths();
		form.source = post.source();
		form.version = post.version();
		return form;
	}

	void validate(Errors errors) {
		FiguresRule.check(errors, children, families, childrenUnderSixMonths);
	}

	CaseloadFigures figures() {
		return new CaseloadFigures(children, families, childrenUnderSixMonths);
	}

	String sourceOrNull() {
		return FormText.blankToNull(source);
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

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
