package uk.gov.middlesbrough.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditValuesTests {

	enum Colour { RED }

	@Test
	void writesListsArraysDatesAndEnumsAsReadableText() {
		assertThat(AuditValues.text(List.of("Cleveland Police", "Big Local"))).isEqualTo("Cleveland Police; Big Local");
		assertThat(AuditValues.text(new String[] { "a", "b" })).isEqualTo("a; b");
		assertThat(AuditValues.text(LocalDate.of(2019, 10, 8))).isEqualTo("2019-10-08");
		assertThat(AuditValues.text(Colour.RED)).isEqualTo("RED");
		assertThat(AuditValues.text(null)).isNull();
	}

	@Test
	void treatsPasswordsTokensAndSecretsAsSecret() {
		assertThat(AuditValues.isSecret("passwordHash")).isTrue();
		assertThat(AuditValues.isSecret("resetToken")).isTrue();
		assertThat(AuditValues.isSecret("name")).isFalse();
	}

	@Test
	void comparesByWhatWouldBeWritten() {
		assertThat(AuditValues.same(List.of("a"), List.of("a"))).isTrue();
		assertThat(AuditValues.same(List.of("a"), List.of("a", "b"))).isFalse();
		assertThat(AuditValues.same(null, null)).isTrue();
	}
}
