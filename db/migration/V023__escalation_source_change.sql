-- Which transactions changed the data the DIG list is derived from. The list across every locality is derived
-- from every figure, action, review and caseload (tens of thousands of items at county scale), so the app keeps
-- the latest derivation and uses it again until a transaction that changed its data has committed since.
-- A statement-level trigger on each table an escalation source derives from (EscalationSource.derivedFrom; a
-- new source's migration adds the trigger to its own tables, and the app checks at start that every declared
-- table has it) records the writing transaction's id, one row a transaction, with no lock shared between writers.
-- The app compares these ids with the database snapshot its derivation was read under: any id that snapshot
-- does not see means the derivation is out of date.
create table escalation_source_change (
    txid xid8 primary key
);

create function escalation_source_changed() returns trigger language plpgsql as $$
begin
    insert into escalation_source_change (txid) values (pg_current_xact_id()) on conflict do nothing;
    return null;
end $$;

create trigger tr_escalation_source_changed after insert or update or delete or truncate on locality
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on action_plan
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on plan_action
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on action_history
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on plan_review
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on indicator
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on measurement
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on measurement_revision
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on measurement_latest
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on caseload_snapshot
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on caseload_history
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on caseload_post_latest
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on caseload_staffing
    for each statement execute function escalation_source_changed();
create trigger tr_escalation_source_changed after insert or update or delete or truncate on caseload_staffing_history
    for each statement execute function escalation_source_changed();
