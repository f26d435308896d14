package uk.gov.middlesbrough.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.gov.middlesbrough.tracker.audit.AuditChange.FieldChange;
import uk.gov.middlesbrough.tracker.audit.AuditLine.FieldLine;

/** The audit trail in words, against the application's own messages, with kinds of record made up for the test. */
class AuditWordingTests {

	private final List<Collection<Long>> asked = new ArrayList<>();
	private final RecordNames kinds = new RecordNames(List.of(
			kind("PlanAction", "audit.record.PlanAction", Map.of("completion", AuditedField.percent(), "status",
					AuditedField.choice("audit.value.actionStatus.%s"), "indicatorId", AuditedField.reference("Indicator")),
					Map.of(12L, RecordName.of("/actions/12", "audit.name.PlanAction", "Weekly patrols on Newport Road", "Newport",
							"Making People Feel Safe"))),
			kind("Indicator", "audit.record.Indicator", Map.of(),
					Map.of(5L, RecordName.of("/indicators/5", "audit.name.Indicator", "Anti-social behaviour incidents"))),
			kind("Locality", "audit.record.Locality", Map.of("status", AuditedField.choice("locality.status.%s")), Map.of())));

	@Test
	void aChangeReadsAsOneRowWithTheRecordsNameLinkAndEachFieldFromOldToNew() {
		AuditChange change = new AuditChange(1, OffsetDateTime.parse("2022-01-17T10:04:31Z"), "newport.manager", AuditKind.UPDATE,
				"PlanAction", 12L, "Weekly patrols", List.of(new FieldChange("completion", "20", "40.0"),
						new FieldChange("status", "ACTIVE", "CANCELLED"), new FieldChange("dueDate", "2022-01-17", "2022-02-28"),
						new FieldChange("indicatorId", "5", null), new FieldChange("ownerPost", null, "Police sergeant")), null);

		AuditLine line = wording(List.of(change)).lines(List.of(change)).get(0);

		assertThat(line.when()).isEqualTo("17 January 2022 at 10:04am");
		assertThat(line.who()).isEqualTo("Sam Hughes (newport.manager)");
		assertThat(line.what()).isEqualTo("Changed");
		assertThat(line.record()).isEqualTo("Action 'Weekly patrols on Newport Road' in Newport — Making People Feel Safe plan");
		assertThat(line.href()).isEqualTo("/actions/12");
		assertThat(line.fields()).containsExactly(new FieldLine("Completion", "20%", "40%"),
				new FieldLine("Status", "Active", "Cancelled"), new FieldLine("Due date", "17 January 2022", "28 February 2022"),
				new FieldLine("Indicator", "Indicator 'Anti-social behaviour incidents'", "(blank)"),
				new FieldLine("Owner (post)", "(blank)", "Police sergeant"));
		assertThat(asked).as("one question a kind of record, the referenced indicator included").hasSize(2);
	}

	@Test
	void aNewRecordListsEachValueOnceInUkTimeWithYesOrNo() {
		AuditChange change = new AuditChange(2, OffsetDateTime.parse("2022-06-01T09:30:00Z"), "head", AuditKind.CREATE,
				"Locality", 7L, "Hemlington", List.of(new FieldChange("status", null, "ROLL_OUT"),
						new FieldChange("startDate", null, "2022-04-01"), new FieldChange("funded", null, "true")), null);

		AuditLine line = wording(List.of(change)).line(change);

		assertThat(line.when()).isEqualTo("1 June 2022 at 10:30am");
		assertThat(line.who()).isEqualTo("head");
		assertThat(line.what()).isEqualTo("Added");
		assertThat(line.fields()).containsExactly(new FieldLine("Status", null, "Roll-out"),
				new FieldLine("Start date", null, "1 April 2022"), new FieldLine("Funded", null, "Yes"));
		assertThat(line.fields().get(0).changed()).isFalse();
		assertThat(line.fields().get(0).onlyValue()).isEqualTo("Roll-out");
	}

	@Test
	void aRecordThatNoLongerExistsShowsItsLastKnownNameOrDeleted() {
		AuditChange named = new AuditChange(3, OffsetDateTime.parse("2022-03-01T12:00:00Z"), "admin", AuditKind.DELETE,
				"Locality", 99L, "Hemlington", List.of(), null);
		AuditChange unnamed = new AuditChange(4, OffsetDateTime.parse("2022-03-01T12:00:00Z"), "admin", AuditKind.DELETE,
				"Locality", 98L, null, List.of(), null);
		AuditChange unknownKind = new AuditChange(5, OffsetDateTime.parse("2022-03-01T12:00:00Z"), "admin", AuditKind.UPDATE,
				"ImportBatch", 4L, null, List.of(), null);

		AuditWording wording = wording(List.of(named, unnamed, unknownKind));

		assertThat(wording.line(named).record()).isEqualTo("Locality 'Hemlington' (deleted)");
		assertThat(wording.line(named).href()).isNull();
		assertThat(wording.line(unnamed).record()).isEqualTo("Locality (deleted)");
		assertThat(wording.line(unknownKind).record()).isEqualTo("Import batch 4");
	}

	@Test
	void signInsReadInWordsWithWhyOneFailed() {
		AuditChange failed = new AuditChange(6, OffsetDateTime.parse("2022-01-17T15:45:00Z"), "nobody.at.all",
				AuditKind.SIGN_IN_FAILED, null, null, null, List.of(), "BadCredentialsException");
		AuditChange signedIn = new AuditChange(7, OffsetDateTime.parse("2022-01-17T15:46:00Z"), "newport.manager",
				AuditKind.SIGN_IN, null, null, null, List.of(), null);
		AuditChange bySystem = new AuditChange(8, OffsetDateTime.parse("2022-01-17T15:47:00Z"), "system", AuditKind.UPDATE,
				"Locality", 99L, "Hemlington", List.of(), null);

		AuditWording wording = wording(List.of(failed, signedIn, bySystem));

		assertThat(wording.line(failed).what()).isEqualTo("Failed to sign in: wrong username or password");
		assertThat(wording.line(failed).who()).isEqualTo("nobody.at.all");
		assertThat(wording.line(failed).when()).isEqualTo("17 January 2022 at 3:45pm");
		assertThat(wording.line(signedIn).what()).isEqualTo("Signed in");
		assertThat(wording.line(signedIn).record()).isNull();
		assertThat(wording.line(signedIn).fields()).isEmpty();
		assertThat(wording.line(bySystem).who()).isEqualTo("The system (no one signed in)");
	}

	@Test
	void aPasswordOnlySaysItChanged() {
		AuditChange change = new AuditChange(9, OffsetDateTime.parse("2022-01-17T10:00:00Z"), "admin", AuditKind.UPDATE,
				"UserAccount", 3L, "viewer", List.of(new FieldChange("passwordHash", "(changed)", "(changed)")), null);

		assertThat(wording(List.of(change)).line(change).fields())
			.containsExactly(new FieldLine("Password", null, "changed (not shown)"));
	}

	@Test
	void namesFieldsWithoutAMessageFromTheirPropertyNames() {
		assertThat(AuditValueText.inWords("completionPercent")).isEqualTo("Completion percent");
		assertThat(AuditValueText.inWords("leadUserId")).isEqualTo("Lead user");
		assertThat(AuditValueText.inWords("ROLL_OUT")).isEqualTo("Roll out");
		assertThat(AuditValueText.inWords("ImportBatch")).isEqualTo("Import batch");
	}

	private AuditWording wording(List<AuditChange> changes) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-indicator");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new AuditWording(messages, kinds, kinds.namesFor(changes), Map.of("newport.manager", "Sam Hughes"));
	}

	private AuditedRecords kind(String type, String kindKey, Map<String, AuditedField> fields, Map<Long, RecordName> names) {
		return new AuditedRecords() {
			@Override
			public String recordType() {
				return type;
			}

			@Override
			public String kindKey() {
				return kindKey;
			}

			@Override
			public AuditedField field(String field) {
				return fields.getOrDefault(field, AuditedField.AS_STORED);
			}

			@Override
			public Map<Long, RecordName> names(Collection<Long> ids) {
				asked.add(ids);
				return names;
			}
		};
	}
}
