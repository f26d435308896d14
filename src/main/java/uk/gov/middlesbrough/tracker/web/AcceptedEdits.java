package uk.gov.middlesbrough.tracker.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * Saves an accepted edit of a versioned record so that its version always moves on. An edit that leaves every
 * field as it was changes nothing Hibernate would write, so without this the version would stay, and the same form
 * posted again at that version (a double click, a second tab) would be accepted again with another history row.
 */
@Component
public class AcceptedEdits {

	private final EntityManager entityManager;

	AcceptedEdits(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Flushes {@code record} through its repository (publishing the events it registered) and, if that wrote no new
	 * version, writes one; called in the edit's transaction after the record was checked against the version the
	 * user read.
	 *
	 * @throws ChangedMeanwhile if someone else saved the record since it was read; the transaction then saves nothing
	 */
	public <T> T save(JpaRepository<T, ?> repository, T record) {
		Object before = versionOf(record);
		try {
			T saved = repository.saveAndFlush(record);
			if (Objects.equals(before, versionOf(saved))) {
				entityManager.lock(saved, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			}
			return saved;
		}
		catch (OptimisticLockingFailureException | OptimisticLockException ex) {
			throw new ChangedMeanwhile();
		}
	}

	private Object versionOf(Object record) {
		return entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getVersion(record);
	}
}
