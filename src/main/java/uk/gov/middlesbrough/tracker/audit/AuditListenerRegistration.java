package uk.gov.middlesbrough.tracker.audit;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.stereotype.Component;

/** Hooks the entity change listener into Hibernate once the persistence unit is up. */
@Component
class AuditListenerRegistration {

	private final EntityManagerFactory entityManagerFactory;

	AuditListenerRegistration(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
				.getServiceRegistry()
				.requireService(EventListenerRegistry.class);
		EntityChangeListener listener = new EntityChangeListener();
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
	}
}
