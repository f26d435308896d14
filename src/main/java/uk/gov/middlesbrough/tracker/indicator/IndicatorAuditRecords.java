package uk.gov.middlesbrough.tracker.indicator;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.audit.AuditedField;
import uk.gov.middlesbrough.tracker.audit.AuditedRecords;
import uk.gov.middlesbrough.tracker.audit.RecordName;
import uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords;
import uk.gov.middlesbrough.tracker.web.UkText;

/** Indicators and their figures in the audit trail, each figure named by indicator, locality and period. */
@Configuration(proxyBeanMethods = false)
class IndicatorAuditRecords {

	@Bean
	AuditedRecords indicatorsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("Indicator", "audit.record.Indicator")
				.field("unit", AuditedField.choice("indicator.unit.%s.name"))
				.field("polarity", AuditedField.choice("indicator.polarity.%s"))
				.field("frequency", AuditedField.choice("indicator.frequency.%s"))
				.names(jdbc, "select id, name from indicator where id in (:ids)",
						rs -> RecordName.of("/indicators/" + rs.getLong("id"), "audit.name.Indicator", rs.getString("name")));
	}

	@Bean
	AuditedRecords measurementsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("Measurement", "audit.record.Measurement")
				.field("indicatorId", AuditedField.reference("Indicator"))
				.field("localityId", AuditedField.reference("Locality"))
				.names(jdbc, """
						select m.id, m.indicator_id, m.period, i.name, l.name as locality from measurement m
						join indicator i on i.id = m.indicator_id join locality l on l.id = m.locality_id
						where m.id in (:ids)""",
						rs -> RecordName.of("/indicators/" + rs.getLong("indicator_id"), "audit.name.Measurement",
								rs.getString("name"), rs.getString("locality"),
								UkText.MONTH.format(rs.getObject("period", LocalDate.class))));
	}

	@Bean
	AuditedRecords signOffsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("FigureSignOff", "audit.record.FigureSignOff")
				.field("localityId", AuditedField.reference("Locality"))
				.names(jdbc, """
						select s.id, s.locality_id, s.source, s.period_start, s.period_end, l.name as locality
						from figure_sign_off s join locality l on l.id = s.locality_id where s.id in (:ids)""",
						rs -> RecordName.of("/localities/" + rs.getLong("locality_id") + "/sign-off", "audit.name.FigureSignOff",
								rs.getString("source"), rs.getString("locality"),
								months(rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class))));
	}

	@Bean
	AuditedRecords restatementsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("Restatement", "audit.record.Restatement")
				.field("indicatorId", AuditedField.reference("Indicator"))
				.field("localityId", AuditedField.reference("Locality"))
				.field("decision", AuditedField.choice("restatement.decision.%s"))
				.names(jdbc, """
						select r.id, r.period, i.name, l.name as locality from restatement r
						join indicator i on i.id = r.indicator_id join locality l on l.id = r.locality_id
						where r.id in (:ids)""",
						rs -> RecordName.of("/restatements/" + rs.getLong("id"), "audit.name.Restatement",
								rs.getString("name"), rs.getString("locality"),
								UkText.MONTH.format(rs.getObject("period", LocalDate.class))));
	}

	/** "April 2022" for a month, "April 2022 to June 2022" for a quarter. */
	private static String months(LocalDate start, LocalDate end) {
		String first = UkText.MONTH.format(start);
		String last = UkText.MONTH.format(end);
		return first.equals(last) ? first : first + " to " + last;
	}
}
