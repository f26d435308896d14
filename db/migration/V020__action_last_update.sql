-- When each action was last updated: its latest progress update, or when it was added if it has had none. The
-- plan page shows it beside each action, and "your work" lists the actions with no update this calendar month
-- across every locality, which would otherwise read every action's whole history. Kept by a statement-level
-- trigger in the same transaction as every insert into action_history (the history is never updated or deleted),
-- so it is right whichever code writes the history: the app, the demo data, the benchmark's generator.
alter table plan_action add column last_updated_at timestamptz;

update plan_action a set last_updated_at = h.latest
from (select plan_action_id, max(recorded_at) as latest from action_history
      where kind in ('CREATED', 'PROGRESS') group by plan_action_id) h
where h.plan_action_id = a.id;

create function plan_action_last_update() returns trigger language plpgsql as $$
begin
    update plan_action a set last_updated_at = n.latest
    from (select plan_action_id, max(recorded_at) as latest from added
          where kind in ('CREATED', 'PROGRESS') group by plan_action_id) n
    where n.plan_action_id = a.id and (a.last_updated_at is null or a.last_updated_at < n.latest);
    return null;
end $$;

create trigger tr_action_history_last_update after insert on action_history
    referencing new table as added for each statement execute function plan_action_last_update();
