package uk.gov.middlesbrough.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTests {

	private static final ImportSettings SETTINGS = new ImportSettings(4096, 5);
	private static final List<String> REQUIRED = List.of("indicator", "locality", "period", "value");
	private static final List<String> OPTIONAL = List.of("note");

	private static CsvFile read(String name, String text) {
		return CsvFile.read(name, text.getBytes(StandardCharsets.UTF_8), REQUIRED, OPTIONAL, SETTINGS);
	}

	private static String refusal(String name, String text) {
		try {
			read(name, text);
			return null;
		}
		catch (ImportRefused ex) {
			return ex.messageKey();
		}
	}

	@Test
	void readsRowsNumberedAsASpreadsheetShowsThem() {
		CsvFile file = read("figures.CSV", "\uFEFFIndicator,Locality,Period,Value,Note\nasb,North Ormesby,2021-06-30, 50 ,\"Peak, summer\"\n\n"
				+ "asb,North Ormesby,2022-01-31,9,\n");
		assertThat(file.headers()).containsExactly("indicator", "locality", "period", "value", "note");
		assertThat(file.rows()).hasSize(2);
		assertThat(file.rows().get(0).number()).isEqualTo(2);
		assertThat(file.rows().get(0).get("value")).isEqualTo("50");
		assertThat(file.rows().get(0).get("note")).isEqualTo("Peak, summer");
		assertThat(file.rows().get(1).get("note")).isNull();
	}

	@Test
	void leavesOptionalColumnsOut() {
		assertThat(read("f.csv", "indicator,locality,period,value\nasb,Newport,2021-01-31,3\n").rows()).hasSize(1);
	}

	@Test
	void refusesWholeFilesThatCannotBeImported() {
		assertThat(refusal("f.csv", "")).isEqualTo("import.refused.empty");
		assertThat(refusal("f.xlsx", "indicator,locality,period,value\na,b,c,d\n")).isEqualTo("import.refused.notCsv");
		assertThat(refusal("f.csv", "x".repeat(5000))).isEqualTo("import.refused.tooLarge");
		assertThat(refusal("f.csv", "indicator,locality,period,value\n")).isEqualTo("import.refused.noRows");
		assertThat(refusal("f.csv", "indicator,locality,period\na,b,c\n")).isEqualTo("import.refused.missingColumn");
		assertThat(refusal("f.csv", "indicator,locality,period,value,colour\na,b,c,d,e\n")).isEqualTo("import.refused.unknownColumn");
		assertThat(refusal("f.csv", "indicator,locality,period,value,value\na,b,c,d,e\n")).isEqualTo("import.refused.duplicateColumn");
		assertThat(refusal("f.csv", "indicator,locality,period,value\n" + "a,b,c,d\n".repeat(6))).isEqualTo("import.refused.tooManyRows");
		assertThat(refusal("f.csv", "indicator,locality,period,value\na,\"b,c,d\n")).isEqualTo("import.refused.unreadable");
	}

	@Test
	void refusesAColumnThatLooksLikePersonalData() {
		assertThat(refusal("f.csv", "indicator,locality,period,value,child_name\na,b,c,d,e\n")).isEqualTo("import.refused.personalData");
		assertThat(refusal("f.csv", "indicator,locality,period,value,Date of Birth\na,b,c,d,e\n")).isEqualTo("import.refused.personalData");
	}

	@Test
	void refusesBytesThatAreNotUtf8Text() {
		byte[] latin1 = "indicator,locality,period,value\nasb,Caf\u00e9,2021-01-31,3\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> CsvFile.read("f.csv", latin1, REQUIRED, OPTIONAL, SETTINGS))
			.isInstanceOfSatisfying(ImportRefused.class, ex -> assertThat(ex.messageKey()).isEqualTo("import.refused.notUtf8"));
		byte[] binary = { 'a', 0, 'b' };
		assertThatThrownBy(() -> CsvFile.read("f.csv", binary, REQUIRED, OPTIONAL, SETTINGS))
			.isInstanceOfSatisfying(ImportRefused.class, ex -> assertThat(ex.messageKey()).isEqualTo("import.refused.notCsv"));
	}
}
