-- Packs are produced in the background (at most two at once a node): a pack is queued, then produced step by
-- step (the step and the stage let its meeting page show progress), then ready, or failed with the reason.
-- Packs produced before this change were produced in the request and are ready.
alter table pack
    add column production        varchar(10)  not null default 'READY',
    add column production_stage  varchar(10),
    add column production_step   integer      not null default 0,
    add column production_steps  integer      not null default 0,
    add column production_failure varchar(500),
    add constraint ck_pack_production check (production in ('QUEUED', 'PRODUCING', 'READY', 'FAILED')),
    add constraint ck_pack_production_stage check (production_stage is null or production_stage in ('READING', 'PDF', 'ZIP')),
    add constraint ck_pack_issued_ready check (status <> 'ISSUED' or production = 'READY');

create index ix_pack_in_production on pack (id) where production in ('QUEUED', 'PRODUCING');
