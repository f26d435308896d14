package uk.gov.middlesbrough.tracker.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.escalation.Kinds;

class EscalationFilterTests {

	@Test
	void readsLocalityIdsAndKindsIgnoringWhatIsNeither() {
		EscalationFilter filter = EscalationFilter.of(List.of("3", " 1 ", "abc", "3"), List.of("red_action", "NOPE", "WORSENING"), Kinds.registry());
		assertThat(filter.localityIds()).containsExactly(3L, 1L);
		assertThat(filter.kinds()).isEqualTo(Set.of(Kinds.RED_ACTION, Kinds.WORSENING));
		assertThat(filter.kindNames()).containsExactly("WORSENING", "RED_ACTION");
		assertThat(filter.filtered()).isTrue();
	}

	@Test
	void nothingChosenMeansEverything() {
		EscalationFilter filter = EscalationFilter.of(null, null, Kinds.registry());
		assertThat(filter.localityIds()).isEmpty();
		assertThat(filter.kinds()).isEmpty();
		assertThat(filter.filtered()).isFalse();
	}
}
