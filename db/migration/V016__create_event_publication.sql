-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1.1, schemas/v2/schema-postgresql.sql,
-- unchanged): one row per domain event and after-commit listener, kept until the listener has completed, so an
-- event is never lost if a listener fails. Created here rather than by Spring Modulith
-- (spring.modulith.events.jdbc.schema-initialization.enabled=false), so Flyway owns the whole schema.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
