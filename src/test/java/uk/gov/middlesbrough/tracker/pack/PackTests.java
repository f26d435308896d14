package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A pack is produced as a draft, may be produced again while a draft, and once issued never changes. */
class PackTests {

	private static final Instant PRODUCED = Instant.parse("2022-01-10T09:00:00Z");

	@Test
	void aDraftCanBeProducedAgainAndThenIssued() {
		Pack pack = new Pack(3, LocalDate.of(2022, 1, 17), PRODUCED, "scrutiny");
		pack.regenerated(PRODUCED.plusSeconds(3600), "head");
		pack.issue(PRODUCED.plusSeconds(7200), "scrutiny");
		assertThat(pack.getStatus()).isEqualTo(PackStatus.ISSUED);
	}

	@Test
	void anIssuedPackIsNeitherProducedAgainNorIssuedAgain() {
		Pack pack = new Pack(3, LocalDate.of(2022, 1, 17), PRODUCED, "scrutiny");
		pack.issue(PRODUCED.plusSeconds(60), "scrutiny");
		assertThatThrownBy(() -> pack.regenerated(PRODUCED.plusSeconds(120), "head")).isInstanceOf(PackAlreadyIssued.class);
		assertThatThrownBy(() -> pack.issue(PRODUCED.plusSeconds(180), "head")).isInstanceOf(PackAlreadyIssued.class);
		assertThat(pack.getStatus()).isEqualTo(PackStatus.ISSUED);
	}
}
