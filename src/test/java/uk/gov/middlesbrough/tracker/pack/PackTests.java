package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.middlesbrough.tracker.support.Aggregates.events;
import static uk.gov.middlesbrough.tracker.support.Aggregates.withId;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A pack is produced as a draft, may be produced again while a draft, and once issued never changes. */
class PackTests {

	private static final Instant PRODUCED = Instant.parse("2022-01-10T09:00:00Z");

	private final Pack pack = withId(new Pack(3, LocalDate.of(2022, 1, 17), PRODUCED, "scrutiny"), 14);

	@Test
	void aDraftCanBeProducedAgainWithoutAnEventAndThenIssued() {
		pack.regenerated(PRODUCED.plusSeconds(3600), "head");
		assertThat(pack).extracting("generatedAt", "generatedBy").containsExactly(PRODUCED.plusSeconds(3600), "head");
		assertThat(events(pack)).isEmpty();

		pack.issue(PRODUCED.plusSeconds(7200), "scrutiny");
		assertThat(pack.getStatus()).isEqualTo(PackStatus.ISSUED);
		assertThat(pack).extracting("issuedAt", "issuedBy").containsExactly(PRODUCED.plusSeconds(7200), "scrutiny");
		assertThat(events(pack))
			.containsExactly(new PackIssued(14, 3, LocalDate.of(2022, 1, 17), "scrutiny", PRODUCED.plusSeconds(7200)));
	}

	@Test
	void anIssuedPackIsNeitherProducedAgainNorIssuedAgain() {
		pack.issue(PRODUCED.plusSeconds(60), "scrutiny");
		assertThatThrownBy(() -> pack.regenerated(PRODUCED.plusSeconds(120), "head")).isInstanceOf(PackAlreadyIssued.class);
		assertThatThrownBy(() -> pack.issue(PRODUCED.plusSeconds(180), "head")).isInstanceOf(PackAlreadyIssued.class);
		assertThat(pack.getStatus()).isEqualTo(PackStatus.ISSUED);
		assertThat(pack).extracting("issuedBy", "generatedAt").containsExactly("scrutiny", PRODUCED);
		assertThat(events(pack)).hasSize(1);
	}
}
