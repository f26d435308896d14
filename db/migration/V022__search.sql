-- Full-text search (search module): GIN indexes on the same expressions the searches match, so a search reads the
-- index, not every row. The progress commentary is the big one (every update of every action).
create index ix_action_history_commentary_fts on action_history
    using gin (to_tsvector('english', coalesce(commentary, '')));
create index ix_plan_action_fts on plan_action
    using gin (to_tsvector('english', specific || ' ' || coalesce(measure, '') || ' ' || coalesce(target_value, '') || ' '
                                      || coalesce(owner_post, '')));
create index ix_escalation_mark_fts on escalation_mark
    using gin (to_tsvector('english', subject || ' ' || note));
