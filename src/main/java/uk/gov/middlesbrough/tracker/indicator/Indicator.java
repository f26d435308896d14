package uk.gov.middlesbrough.tracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/** A PMF indicator in the library: what is measured, in what unit, which way is better, and its target. */
@Entity
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private Unit unit;

	@Enumerated(EnumType.STRING)
	private Polarity polarity;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	private String source;

	private BigDecimal baselineValue;

	private LocalDate baselineDate;

	private BigDecimal target;

	private BigDecimal tolerance;

	@Column(insertable = false, updatable = false)
	private java.time.Instant createdAt;

	@Version
	private long version;

	protected Indicator() {
	}

	Indicator(IndicatorDetails details) {
		apply(details);
	}

	/**
	 * Takes the new details; refused with {@link UnitLocked} if the unit would change while figures are recorded, as
	 * they were checked against the unit and would stop meaning what they said. Asks about figures only then.
	 */
	void revise(IndicatorDetails details, BooleanSupplier figuresRecorded) {
		if (details.unit() != unit && figuresRecorded.getAsBoolean()) {
			throw new UnitLocked();
		}
		apply(details);
	}

	private void apply(IndicatorDetails details) {
		for (BigDecimal figure : new BigDecimal[] { details.baselineValue(), details.target() }) {
			if (figure != null && details.unit().problem(figure).isPresent()) {
				throw new IllegalArgumentException("Not a " + details.unit() + " value: " + figure);
			}
		}
		if (details.unit().differenceProblem(details.tolerance()).isPresent()) {
			throw new IllegalArgumentException("Not a tolerance in " + details.unit() + ": " + details.tolerance());
		}
		this.code = details.code();
		this.name = details.name();
		this.description = details.description();
		this.unit = details.unit();
		this.polarity = details.polarity();
		this.frequency = details.frequency();
		this.source = details.source();
		this.baselineValue = details.baselineValue();
		this.baselineDate = details.baselineDate();
		this.target = details.target();
		this.tolerance = details.tolerance();
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	Unit getUnit() {
		return unit;
	}

	long getVersion() {
		return version;
	}
}
