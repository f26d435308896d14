-- Every indicator's latest two figures in every locality, as recorded now, for the pages that judge many
-- localities at once (escalations across the county, comparisons of many localities): reading them from
-- measurement costs one index probe per indicator and locality (about 0.8 s for 60 localities and 300
-- indicators). Kept by statement-level triggers in the same transaction as every write to measurement, so it is
-- never stale whichever code (the app, an import, a SQL script) writes the figures.
create table measurement_latest (
    indicator_id               bigint         not null references indicator (id),
    locality_id                bigint         not null references locality (id),
    latest_period              date           not null,
    latest_value               numeric(14, 2) not null,
    latest_note                varchar(1000),
    latest_source_reference    varchar(300),
    previous_period            date,
    previous_value             numeric(14, 2),
    previous_note              varchar(1000),
    previous_source_reference  varchar(300),
    primary key (indicator_id, locality_id)
);

create index ix_measurement_latest_locality on measurement_latest (locality_id);

-- One pair's latest two figures as a measurement_latest row (none when the pair has no figures).
create function measurement_latest_row(p_indicator bigint, p_locality bigint) returns setof measurement_latest
    language sql stable as $$
    select p_indicator, p_locality, l.period, l.value, l.note, l.source_reference,
           p.period, p.value, p.note, p.source_reference
    from (select m.period, m.value, m.note, m.source_reference from measurement m
          where m.indicator_id = p_indicator and m.locality_id = p_locality
          order by m.period desc limit 1) l
    left join lateral (select m.period, m.value, m.note, m.source_reference from measurement m
                       where m.indicator_id = p_indicator and m.locality_id = p_locality and m.period < l.period
                       order by m.period desc limit 1) p on true
$$;

create function measurement_latest_refresh() returns trigger language plpgsql as $$
begin
    delete from measurement_latest x
    using (select distinct indicator_id, locality_id from changed) k
    where x.indicator_id = k.indicator_id and x.locality_id = k.locality_id;
    insert into measurement_latest
    select r.* from (select distinct indicator_id, locality_id from changed) k
    cross join lateral measurement_latest_row(k.indicator_id, k.locality_id) r;
    return null;
end
$$;

create trigger measurement_latest_after_insert after insert on measurement
    referencing new table as changed for each statement execute function measurement_latest_refresh();
create trigger measurement_latest_after_update after update on measurement
    referencing new table as changed for each statement execute function measurement_latest_refresh();
create trigger measurement_latest_after_delete after delete on measurement
    referencing old table as changed for each statement execute function measurement_latest_refresh();

insert into measurement_latest
select r.* from (select distinct indicator_id, locality_id from measurement) k
cross join lateral measurement_latest_row(k.indicator_id, k.locality_id) r;

-- "Is anything recorded after this moment?" in one index probe each, so that today's pages can read the current
-- state (plan_action, measurement) instead of looking up each row's history as of the moment.
create index ix_action_history_recorded_at on action_history (recorded_at);
create index ix_measurement_revision_recorded_at on measurement_revision (recorded_at);

-- Each post's latest snapshot without sorting every snapshot (distinct on in CaseloadQueries.LATEST_SNAPSHOTS_NOW).
create index ix_caseload_snapshot_post_latest on caseload_snapshot (locality_id, role, lower(trim(post_label)), snapshot_date desc);
