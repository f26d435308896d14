package uk.gov.middlesbrough.tracker.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * GOV.UK Frontend's stylesheet refers to its images and fonts under {@code /assets/}; serve them from
	 * the webjar, whatever its version.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
	}

	/** The clock every "today" comes from, so tests can fix the date. */
	@Bean
	Clock clock() {
		return Clock.system(AsOf.UK);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorsInterceptor());
	}
}
