-- The SMART actions (in any locality's plans) that deliver a scrutiny recommendation. When every one is complete the
-- tracker shows the recommendation as ready to report back to the panel.
create table scrutiny_recommendation_action (
    scrutiny_recommendation_id bigint      not null references scrutiny_recommendation (id),
    plan_action_id             bigint      not null references plan_action (id),
    linked_by                  varchar(100) not null,
    linked_at                  timestamptz not null default now(),
    primary key (scrutiny_recommendation_id, plan_action_id)
);

create index ix_scrutiny_recommendation_action_action on scrutiny_recommendation_action (plan_action_id);
