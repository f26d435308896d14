-- Every change to any record (one row per field) and every sign-in, written in the same transaction
-- as the change. Rows are only ever inserted.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null default now(),
    actor         varchar(100),
    kind          varchar(20)  not null,
    record_type   varchar(100),
    record_id     varchar(100),
    record_label  varchar(300),
    field         varchar(100),
    old_value     text,
    new_value     text,
    constraint ck_audit_event_kind check (kind in ('CREATE', 'UPDATE', 'DELETE', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT'))
);

create index ix_audit_event_occurred_at on audit_event (occurred_at desc, id desc);
create index ix_audit_event_record on audit_event (record_type, record_id);
create index ix_audit_event_actor on audit_event (actor);

create function forbid_audit_event_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event rows are never changed or deleted';
end;
$$;

create trigger tr_audit_event_append_only before update or delete on audit_event
    for each row execute function forbid_audit_event_change();
