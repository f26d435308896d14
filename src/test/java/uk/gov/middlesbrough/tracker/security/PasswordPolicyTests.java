package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

class PasswordPolicyTests {

	private static final PasswordPolicy POLICY = new PasswordPolicy();

	private static String refusal(String password, String username) {
		Errors errors = new MapBindingResult(new HashMap<>(), "form");
		POLICY.check("password", password, username, errors);
		return errors.hasErrors() ? errors.getFieldError("password").getCode() : null;
	}

	@Test
	void refusesCommonPasswordsOfTheRightLengthInAnyCase() {
		assertThat(refusal("aaaaaaaaaaaa", "jo.bloggs")).isEqualTo("user.password.common");
		assertThat(refusal("password1234", "jo.bloggs")).isEqualTo("user.password.common");
		assertThat(refusal("PASSWORD1234", "jo.bloggs")).isEqualTo("user.password.common");
		assertThat(refusal("123456789012", "jo.bloggs")).isEqualTo("user.password.common");
	}

	@Test
	void refusesAPasswordContainingTheUsernameInAnyCase() {
		assertThat(refusal("Jo.Bloggs-garden-2026", "jo.bloggs")).isEqualTo("user.password.containsUsername");
		assertThat(refusal("my name is jo.bloggs", " JO.BLOGGS ")).isEqualTo("user.password.containsUsername");
	}

	@Test
	void refusesPasswordsOutsideTwelveToOneHundredAndTwentyEightCharacters() {
		assertThat(refusal("", "jo.bloggs")).isEqualTo("user.password.required");
		assertThat(refusal("elevenchars", "jo.bloggs")).isEqualTo("user.password.tooShort");
		assertThat(refusal("x".repeat(129), "jo.bloggs")).isEqualTo("user.password.tooLong");
	}

	@Test
	void acceptsALongPassphraseWithNoRulesAboutCharacterMixes() {
		assertThat(refusal("marmalade kettle lighthouse", "jo.bloggs")).isNull();
		assertThat(refusal("twelve chars", "jo.bloggs")).isNull();
		assertThat(refusal("y".repeat(64) + "z".repeat(64), "jo.bloggs")).isNull();
	}

	@Test
	void keepsOnlyTheBundledEntriesAPasswordCouldBe() {
		// 489 of the 100,000 are 12 characters or more, none longer than 128; 484 once in lower case
		// (awk 'length >= 12' | tr A-Z a-z | sort -u | wc -l).
		assertThat(PasswordPolicy.bundledCommonPasswords()).hasSize(484).contains("password1234", "aaaaaaaaaaaa");
	}
}
