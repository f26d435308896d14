package uk.gov.middlesbrough.tracker.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the application's password hashing (every {@code encode} and {@code matches}, each of which hashes once),
 * so a test can show a refused sign-in hashed nothing.
 */
public final class PasswordHashings implements PasswordEncoder {

	private static final AtomicInteger COUNT = new AtomicInteger();

	private final PasswordEncoder delegate;

	private PasswordHashings(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	/** How many hashes the application has computed so far in this test run. */
	public static int count() {
		return COUNT.get();
	}

	@Override
	public String encode(CharSequence rawPassword) {
		COUNT.incrementAndGet();
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		COUNT.incrementAndGet();
		return delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	static BeanPostProcessor encoderWrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof PasswordEncoder encoder && !(bean instanceof PasswordHashings)
						? new PasswordHashings(encoder) : bean;
			}
		};
	}
}
