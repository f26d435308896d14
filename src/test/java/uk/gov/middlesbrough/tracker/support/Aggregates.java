package uk.gov.middlesbrough.tracker.support;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * For unit tests of aggregates without a database: gives a new entity the id the database would, and reads the
 * events it has registered (published only when a repository saves it).
 */
public final class Aggregates {

	private Aggregates() {
	}

	public static <T> T withId(T entity, long id) {
		try {
			Field field = entity.getClass().getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
			return entity;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<Object> events(AbstractAggregateRoot<?> aggregate) {
		try {
			Method method = AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
			method.setAccessible(true);
			return List.copyOf((Collection<?>) method.invoke(aggregate));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
