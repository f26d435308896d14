package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RecommendationReferenceTests {

	@Test
	void readsTheWaysAReferenceIsTypedAndWritesItOneWay() {
		assertThat(parsed("g(ii)")).isEqualTo("g(ii)");
		assertThat(parsed(" G (II) ")).isEqualTo("g(ii)");
		assertThat(parsed("a)")).isEqualTo("a");
		assertThat(parsed("a) (i)")).isEqualTo("a(i)");
		assertThat(parsed("j")).isEqualTo("j");
		assertThat(parsed("aa(x)")).isEqualTo("aa(x)");
	}

	@Test
	void refusesWhatIsNotAReference() {
		for (String typed : new String[] { "", "  ", "1", "g(iiii)", "g(xi)", "abc", "g(2)", "g ii", "é", null }) {
			assertThat(RecommendationReference.parse(typed)).as(String.valueOf(typed)).isEmpty();
		}
	}

	@Test
	void sortsByLetterThenSubPartWithNumeralsByValue() {
		// a = 1 → 100; g = 7, (ii) = 2 → 702; g(ix) = 709 comes after g(v) = 705 although "ix" < "v" as text;
		// z = 26 → 2600; aa = 26 + 1 = 27 → 2700.
		assertThat(RecommendationReference.parse("a").orElseThrow().sortKey()).isEqualTo(100);
		assertThat(RecommendationReference.parse("g(ii)").orElseThrow().sortKey()).isEqualTo(702);
		assertThat(RecommendationReference.parse("aa").orElseThrow().sortKey()).isEqualTo(2700);
		List<String> sorted = Stream.of("j", "g(ix)", "aa", "g", "g(v)", "b", "z")
				.map(typed -> RecommendationReference.parse(typed).orElseThrow())
				.sorted(java.util.Comparator.comparingInt(RecommendationReference::sortKey))
				.map(RecommendationReference::toString).toList();
		assertThat(sorted).containsExactly("b", "g", "g(v)", "g(ix)", "j", "z", "aa");
	}

	private static String parsed(String typed) {
		return RecommendationReference.parse(typed).orElseThrow().toString();
	}
}
