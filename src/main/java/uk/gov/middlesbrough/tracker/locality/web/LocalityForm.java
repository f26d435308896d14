package uk.gov.middlesbrough.tracker.locality.web;

import uk.gov.middlesbrough.tracker.locality.LocalityDetails;
import uk.gov.middlesbrough.tracker.locality.LocalityStatus;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.web.FormText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** The add / change locality form, as typed. Partners are one per line. */
public class LocalityForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotBlank
	@Size(max = 100)
	private String ward;

	@NotNull
	private LocalityStatus status;

	private DateInput startDate = new DateInput();

	@Size(max = 200)
	private String base;

	@Size(max = 200)
	private String neighbourhoodManager;

	@Min(0)
	@Max(10000)
	private Integer staffCount;

	@Size(max = 2000)
	private String fundingNotes;

	@Size(max = 6000)
	private String partnerOrganisations;

	private long version;

	static LocalityForm of(LocalityView view) {
		LocalityForm form = new LocalityForm();
		form.name = view.name();
		form.ward = view.ward();
		form.status = view.status();
		form.startDate = DateInput.of(view.startDate());
		form.base = view.base();
		form.neighbourhoodManager = view.neighbourhoodManager();
		form.staffCount = view.staffCount();
		form.fundingNotes = view.fundingNotes();
		form.partnerOrganisations = String.join("\n", view.partnerOrganisations());
		form.version = view.version();
		return form;
	}

	/** Partners as a list: one per line, trimmed, blanks and repeats dropped, order kept. */
	List<String> partnerList() {
		if (partnerOrganisations == null) {
			return List.of();
		}
		return Arrays.stream(partnerOrganisations.split("\\R"))
				.map(String::strip)
				.filter(line -> !line.isEmpty())
				.distinct()
				.toList();
	}

	/** Call only once the form has passed validation. */
	LocalityDetails toDetails() {
		return new LocalityDetails(name.strip(), ward.strip(), status, startDate.toDate().orElseThrow(), FormText.blankToNull(base),
				FormText.blankToNull(neighbourhoodManager), staffCount, FormText.blankToNull(fundingNotes), partnerList());
	}


	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getWard() {
		return ward;
	}

	public void setWard(String ward) {
		this.ward = ward;
	}

	public LocalityStatus getStatus() {
		return status;
	}

	public void setStatus(LocalityStatus status) {
		this.status = status;
	}

	public DateInput getStartDate() {
		return startDate;
	}

	public void setStartDate(DateInput startDate) {
		this.startDate = startDate;
	}

	public String getBase() {
		return base;
	}

	public void setBase(String base) {
		this.base = base;
	}

	public String getNeighbourhoodManager() {
		return neighbourhoodManager;
	}

	public void setNeighbourhoodManager(String neighbourhoodManager) {
		this.neighbourhoodManager = neighbourhoodManager;
	}

	public Integer getStaffCount() {
		return staffCount;
	}

	public void setStaffCount(Integer staffCount) {
		this.staffCount = staffCount;
	}

	public String getFundingNotes() {
		return fundingNotes;
	}

	public void setFundingNotes(String fundingNotes) {
		this.fundingNotes = fundingNotes;
	}

	public String getPartnerOrganisations() {
		return partnerOrganisations;
	}

	public void setPartnerOrganisations(String partnerOrganisations) {
		this.partnerOrganisations = partnerOrganisations;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
