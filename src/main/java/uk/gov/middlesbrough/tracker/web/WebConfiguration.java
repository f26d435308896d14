package uk.gov.middlesbrough.tracker.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.webjars.WebJarVersionLocator;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

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
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(fingerprinted())
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**", "/js/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(fingerprinted());
	}

	/**
	 * Links to static files built by templates ({@code @{/css/app.css}}) carry a hash of the file's content
	 * ({@code /css/app-5d41402a.css}), so they can be cached for a year: a changed file gets a new name.
	 */
	private static VersionResourceResolver fingerprinted() {
		return new VersionResourceResolver().addContentVersionStrategy("/**");
	}

	/** Rewrites the links templates build to the fingerprinted names (Spring's filter, which Boot only adds for its own mappings). */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.addUrlPatterns("/*");
		return registration;
	}

	/**
	 * Boot's error pages by convention ({@code error/404}, {@code error/4xx}, {@code error/5xx}), declared here because
	 * Boot leaves its own out once any other {@link ErrorViewResolver} exists (a feature may add one, as the imports
	 * do for uploads the server refuses).
	 */
	@Bean
	DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context, WebProperties web) {
		return new DefaultErrorViewResolver(context, web.getResources());
	}

	@Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new PagesOnlyFlashMaps();
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
