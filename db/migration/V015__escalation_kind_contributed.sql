-- The kinds of escalation are contributed by the feature modules (an EscalationSource each), so adding a kind is a
-- change inside one module: the database no longer lists the kinds, it only holds a kind's name to its form
-- (capitals and underscores) and each key to its kind.
alter table escalation_mark drop constraint ck_escalation_mark_kind;
alter table escalation_mark add constraint ck_escalation_mark_kind check (kind ~ '^[A-Z][A-Z_]{1,19}$');
