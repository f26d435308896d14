package uk.gov.middlesbrough.tracker.security.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.session.*}: a session ends {@code absolute-timeout} after sign-in whatever its activity, and a
 * signed-in page warns {@code warning-before} the idle timeout ({@code spring.session.timeout}) runs out.
 */
@Validated
@ConfigurationProperties("tracker.session")
record SessionSettings(@DefaultValue("12h") Duration absoluteTimeout, @DefaultValue("2m") Duration warningBefore) {
}
