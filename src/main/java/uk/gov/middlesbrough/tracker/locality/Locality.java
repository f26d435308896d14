package uk.gov.middlesbrough.tracker.locality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A ward running the locality working model. */
@Entity
class Locality extends AbstractAggregateRoot<Locality> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String ward;

	@Enumerated(EnumType.STRING)
	private LocalityStatus status;

	private LocalDate startDate;

	private String base;

	private String neighbourhoodManager;

	private Integer staffCount;

	private String fundingNotes;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> partnerOrganisations = new ArrayList<>();

	/** Whether the demo data invented its start date and partners; only the demo data sets it, the app never writes it. */
	@Column(insertable = false, updatable = false)
	private boolean illustrative;

	@Version
	private long version;

	protected Locality() {
	}

	Locality(LocalityDetails details) {
		revise(details);
	}

	/**
	 * Announces the new locality once it has its id: {@link LocalityAdded} is published when it is next saved
	 * through its repository, in the same transaction.
	 */
	Locality added() {
		registerEvent(new LocalityAdded(id, name));
		return this;
	}

	void revise(LocalityDetails details) {
		this.name = details.name();
		this.ward = details.ward();
		this.status = details.status();
		this.startDate = details.startDate();
		this.base = details.base();
		this.neighbourhoodManager = details.neighbourhoodManager();
		this.staffCount = details.staffCount();
		this.fundingNotes = details.fundingNotes();
		this.partnerOrganisations = new ArrayList<>(details.partnerOrganisations());
	}

	LocalityView toView() {
		return new LocalityView(id, name, ward, status, startDate, base, neighbourhoodManager, staffCount, fundingNotes,
				List.copyOf(partnerOrganisations), version, illustrative);
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	long getVersion() {
		return version;
	}
}
