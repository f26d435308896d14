package uk.gov.middlesbrough.tracker.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetNamesTests {

	@Test
	void namesAreCutToExcelsLimitCleanedAndMadeUnique() {
		assertThat(XlsxExport.sheetNames(List.of("Employment, Skills and Financial Inclusion", "Health: Mind/Body",
				"Employment, Skills and Financial Inclusion (phase 2)", "making people feel safe", "Making People Feel Safe")))
			.containsExactly("Employment, Skills and Financia", "Health  Mind Body", "Employment, Skills and Fina (2)",
					"making people feel safe", "Making People Feel Safe (2)");
	}
}
