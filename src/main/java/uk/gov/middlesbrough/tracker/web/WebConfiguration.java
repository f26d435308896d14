package uk.gov.middlesbrough.tracker.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.webjars.WebJarVersionLocator;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * The static files, each path under its own pattern: the app's CSS and JavaScript, the GOV.UK Frontend webjar
	 * (version-less paths) and GOV.UK Frontend's images and fonts, which its stylesheet refers to under
	 * {@code /assets/}. Spring Boot's catch-all {@code /**} mapping is switched off
	 * ({@code spring.web.resources.add-mappings=false}): with it, every link a page builds ({@code @{...}}, hundreds
	 * on a county dashboard) was looked up as a possible static file in the jar, which cost most of a page's time.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
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
