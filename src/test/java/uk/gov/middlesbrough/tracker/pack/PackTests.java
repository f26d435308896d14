package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.middlesbrough.tracker.support.Aggregates.events;
import static uk.gov.middlesbrough.tracker.support.Aggregates.withId;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A pack is queued as a draft; once its files are produced (the background sets it ready) it may be produced again
 * while a draft, or issued, and once issued never changes. Nothing is done to a pack still being produced.
 */
class PackTests {

	private static final Instant PRODUCED = Instant.parse("2022-01-10T09:00:00Z");

	private final Pack pack = withId(new Pack(3, LocalDate.of(2022, 1, 17), false, PRODUCED, "scrutiny"), 14);

	/** What PackWriter does in the database when the files are in. */
	private void produced() {
		ReflectionTestUtils.setField(pack, "production", PackProductionState.READY);
	}

	@Test
	void aPackBeingProducedIsNeitherProducedAgainNorIssued() {
		assertThat(pack).extracting("production").isEqualTo(PackProductionState.QUEUED);
		assertThatThrownBy(() -> pack.regenerated(PRODUCED.plusSeconds(60), "head")).isInstanceOf(PackNotReady.class);
		assertThatThrownBy(() -> pack.issue(PRODUCED.plusSeconds(60), "head")).isInstanceOf(PackNotReady.class);
		ReflectionTestUtils.setField(pack, "production", PackProductionState.FAILED);
		assertThatThrownBy(() -> pack.issue(PRODUCED.plusSeconds(60), "head")).isInstanceOf(PackNotReady.class);
		assertThat(pack.getStatus()).isEqualTo(PackStatus.DRAFT);
		assertThat(events(pack)).isEmpty();
	}

	@Test
	void aFailedPackCanBeProducedAgain() {
		ReflectionTestUtils.setField(pack, "production", PackProductionState.FAILED);
		pack.regenerated(PRODUCED.plusSeconds(60), "head");
		assertThat(pack).extracting("production").isEqualTo(PackProductionState.QUEUED);
	}

	@Test
	void aDraftCanBeProducedAgainWithoutAnEventAndThenIssued() {
		produced();
		pack.regenerated(PRODUCED.plusSeconds(3600), "head");
		assertThat(pack).extracting("production").isEqualTo(PackProductionState.QUEUED);
		assertThat(pack).extracting("generatedAt", "generatedBy").containsExactly(PRODUCED.plusSeconds(3600), "head");
		assertThat(events(pack)).isEmpty();

		produced();
		pack.issue(PRODUCED.plusSeconds(7200), "scrutiny");
		assertThat(pack.getStatus()).isEqualTo(PackStatus.ISSUED);
		assertThat(pack).extracting("issuedAt", "issuedBy").containsExactly(PRODUCED.plusSeconds(7200), "scrutiny");
		assertThat(events(pack))
			.containsExactly(new PackIssued(14, 3, LocalDate.of(2022, 1, 17), "scrutiny", PRODUCED.plusSeconds(7200)));
	}

	@Test
	void anIssuedPackIsNeitherProducedAgainNorIssuedAgain() {
		produced();
		pack.issue(PRODUCED.plusSeconds(60), "scrutiny");
		assertThatThrownBy(() -> pack.regenerated(PRODUCED.plusSeconds(120), "head")).isInstanceOf(PackAlreadyIssued.class);
		assertThatThrownBy(() -> pack.issue(PRODUCED.plusSeconds(180), "head")).isInstanceOf(PackAlreadyIssued.class);
		assertThat(pack.getStatus()).isEqualTo(PackStatus.ISSUED);
		assertThat(pack).extracting("issuedBy", "generatedAt").containsExactly("scrutiny", PRODUCED);
		assertThat(events(pack)).hasSize(1);
	}
}
