package uk.gov.middlesbrough.tracker.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

/**
 * Writes one audit row per field for every entity insert, update and delete, on the session's own
 * connection, so the trail commits or rolls back with the change. Every entity gets this without code, except
 * the history entities (marked {@code @Immutable}), which are themselves the record of each change.
 */
class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private static final List<String> LABEL_PROPERTIES = List.of("name", "username", "title", "label", "specific");
	private static final Set<String> SKIPPED_PROPERTIES = Set.of("version");

	@Override
	public void onPostInsert(PostInsertEvent event) {
		EntityPersister persister = event.getPersister();
		if (!persister.isMutable()) {
			// A history row (action history, measurement revisions, ...: @Immutable, never changed) already is the
			// record of who changed what, when, from what to what; copying it field by field would say it twice.
			return;
		}
		String[] names = persister.getPropertyNames();
		List<AuditRow> rows = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			Object value = event.getState()[i];
			if (recordable(names[i], value) && value != null) {
				rows.add(row(event.getSession(), AuditKind.CREATE, persister, event.getId(), event.getState(), names[i], null, value));
			}
		}
		write(event.getSession(), rows);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		EntityPersister persister = event.getPersister();
		String[] names = persister.getPropertyNames();
		Object[] oldState = event.getOldState();
		List<AuditRow> rows = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			Object before = oldState == null ? null : oldState[i];
			Object after = event.getState()[i];
			if (recordable(names[i], after) && !AuditValues.same(describe(event.getSession(), before), describe(event.getSession(), after))) {
				rows.add(row(event.getSession(), AuditKind.UPDATE, persister, event.getId(), event.getState(), names[i], before, after));
			}
		}
		write(event.getSession(), rows);
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		EntityPersister persister = event.getPersister();
		String[] names = persister.getPropertyNames();
		List<AuditRow> rows = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			Object value = event.getDeletedState()[i];
			if (recordable(names[i], value) && value != null) {
				rows.add(row(event.getSession(), AuditKind.DELETE, persister, event.getId(), event.getDeletedState(), names[i], value, null));
			}
		}
		write(event.getSession(), rows);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static boolean recordable(String property, Object value) {
		return !SKIPPED_PROPERTIES.contains(property) && !(value instanceof PersistentCollection<?>);
	}

	private static AuditRow row(SharedSessionContractImplementor session, AuditKind kind, EntityPersister persister,
			Object id, Object[] state, String field, Object before, Object after) {
		boolean secret = AuditValues.isSecret(field);
		String oldText = secret ? (before == null ? null : AuditValues.MASK) : AuditValues.text(describe(session, before));
		String newText = secret ? (after == null ? null : AuditValues.MASK) : AuditValues.text(describe(session, after));
		return new AuditRow(Actor.current(), kind, recordType(persister), String.valueOf(id), label(persister, state),
				field, oldText, newText);
	}

	static String recordType(EntityPersister persister) {
		String name = persister.getEntityName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static String label(EntityPersister persister, Object[] state) {
		for (String candidate : LABEL_PROPERTIES) {
			int index = indexOf(persister.getPropertyNames(), candidate);
			if (index >= 0 && state[index] != null) {
				return AuditValues.text(state[index]);
			}
		}
		return null;
	}

	private static int indexOf(String[] names, String wanted) {
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals(wanted)) {
				return i;
			}
		}
		return -1;
	}

	/** A reference to another entity is recorded by its id, not its toString. */
	private static Object describe(SharedSessionContractImplementor session, Object value) {
		if (value instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getIdentifier();
		}
		if (value != null && value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
			Object id = session.getContextEntityIdentifier(value);
			return id != null ? id : value;
		}
		return value;
	}

	private static void write(SharedSessionContractImplementor session, List<AuditRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		try {
			AuditWriter.write(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(), rows);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not write the audit trail; the change is rolled back", ex);
		}
	}
}
