package uk.gov.middlesbrough.tracker.disclosure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

	@Bean
	SmallNumbers smallNumbers(DisclosureSettings settings) {
		return settings.smallNumbers();
	}
}
