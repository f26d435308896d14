package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferenceInDifferencesTests {

	@Test
	void theLocalitysChangeLessTheComparatorsChange() {
		// Locality: before 30, 34 (mean 32), after 26, 24 (mean 25): −7. Comparators pooled: before 20, 22, 24 (22),
		// after 21, 23 (22): 0. Estimate −7 − 0 = −7.
		DifferenceInDifferences did = DifferenceInDifferences.of(List.of(30.0, 34.0), List.of(26.0, 24.0),
				List.of(20.0, 22.0, 24.0), List.of(21.0, 23.0));
		assertThat(did.treatedChange()).isCloseTo(-7, within(1e-12));
		assertThat(did.comparatorChange()).isCloseTo(0, within(1e-12));
		assertThat(did.estimate()).isCloseTo(-7, within(1e-12));
		// Comparators that fell by 3 as well leave −4 to the locality: before 20 → after 17.
		assertThat(DifferenceInDifferences.of(List.of(30.0, 34.0), List.of(26.0, 24.0), List.of(20.0), List.of(17.0)).estimate())
			.isCloseTo(-4, within(1e-12));
	}

	@Test
	void eachSideNeedsAFigure() {
		assertThatIllegalArgumentException().isThrownBy(() -> DifferenceInDifferences.of(List.of(1.0), List.of(), List.of(1.0),
				List.of(1.0))).withMessageContaining("the locality after");
	}
}
