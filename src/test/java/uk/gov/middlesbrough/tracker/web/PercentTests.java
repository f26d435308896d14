package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class PercentTests {

	private final Percent percent = Percent.INSTANCE;

	@Test
	void tenthsRoundHalfUpAsThePapersDo() {
		// Exactly half way: up (half to even would give 67.2 and 0.2 → 0.2, 2.45 → 2.4).
		assertThat(percent.tenths(67.25)).isEqualTo("67.3%");
		assertThat(percent.tenths(2.45)).isEqualTo("2.5%");
		assertThat(percent.tenths(0.15)).isEqualTo("0.2%");
		// Below half way: down.
		assertThat(percent.tenths(67.24)).isEqualTo("67.2%");
		assertThat(percent.tenths(64.2857142857)).isEqualTo("64.3%");
		assertThat(percent.tenths(100.0)).isEqualTo("100.0%");
		assertThat(percent.tenths(0.0)).isEqualTo("0.0%");
		assertThat(percent.tenths(null)).isNull();
	}

	@Test
	void wholePercentagesRoundHalfUpToo() {
		assertThat(percent.whole(50.5)).isEqualTo("51%");
		assertThat(percent.whole(49.5)).isEqualTo("50%");
		assertThat(percent.whole(49.49)).isEqualTo("49%");
		assertThat(percent.wholeNumber(32.5)).isEqualTo("33");
	}

	@Test
	void exportsRoundTheSameWayAsPages() {
		assertThat(Percent.oneDecimal(67.25)).isEqualTo(67.3);
		assertThat(Percent.oneDecimal(0.15)).isEqualTo(0.2);
		assertThat(Percent.oneDecimal(null)).isNull();
	}

	@Test
	void templatesReachItAsHashPercent() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.TEXT);
		engine.setTemplateResolver(resolver);
		engine.addDialect(new PercentDialect());
		Context context = new Context();
		context.setVariables(Map.of("completion", 67.25, "expected", 50.5));
		assertThat(engine.process("[(${#percent.tenths(completion)})] [(${#percent.whole(expected)})]", context))
			.isEqualTo("67.3% 51%");
	}
}
