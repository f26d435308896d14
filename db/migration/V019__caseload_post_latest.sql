-- Each post's latest snapshot, for the pages that read many localities' latest caseload figures at once (a
-- comparison of many localities, the DIG list across a county): finding it among every month's snapshots of every
-- post read them all (22 ms for 20 localities, 29 ms for 63 in the benchmark's county). Kept by statement-level
-- triggers in the same transaction as every write to caseload_snapshot, so it is never stale whichever code (the
-- app, an import, a SQL script) writes the snapshots. A post is its locality, role and label without regard to
-- case or surrounding spaces, as CaseloadQueries groups them.
create table caseload_post_latest (
    locality_id           bigint       not null references locality (id),
    role                  varchar(40)  not null,
    post_key              varchar(60)  not null,
    caseload_snapshot_id  bigint       not null,
    primary key (locality_id, role, post_key)
);

-- One post's latest snapshot as a caseload_post_latest row (none when the post has no snapshots left).
create function caseload_post_latest_row(p_locality bigint, p_role varchar, p_post varchar) returns setof caseload_post_latest
    language sql stable as $$
    select p_locality, p_role, p_post, s.id from caseload_snapshot s
    where s.locality_id = p_locality and s.role = p_role and lower(trim(s.post_label)) = p_post
    order by s.snapshot_date desc, s.id desc limit 1
$$;

create function caseload_post_latest_refresh() returns trigger language plpgsql as $$
begin
    delete from caseload_post_latest x
    using (select distinct locality_id, role, lower(trim(post_label)) as post_key from changed) k
    where x.locality_id = k.locality_id and x.role = k.role and x.post_key = k.post_key;
    insert into caseload_post_latest
    select r.* from (select distinct locality_id, role, lower(trim(post_label)) as post_key from changed) k
    cross join lateral caseload_post_latest_row(k.locality_id, k.role, k.post_key) r;
    return null;
end
$$;

-- An update may move a snapshot to another date or post: its old post and its new one are both refreshed.
create function caseload_post_latest_refresh_update() returns trigger language plpgsql as $$
begin
    delete from caseload_post_latest x
    using (select locality_id, role, lower(trim(post_label)) as post_key from changed
           union select locality_id, role, lower(trim(post_label)) from changed_before) k
    where x.locality_id = k.locality_id and x.role = k.role and x.post_key = k.post_key;
    insert into caseload_post_latest
    select r.* from (select locality_id, role, lower(trim(post_label)) as post_key from changed
                     union select locality_id, role, lower(trim(post_label)) from changed_before) k
    cross join lateral caseload_post_latest_row(k.locality_id, k.role, k.post_key) r;
    return null;
end
$$;

create trigger caseload_post_latest_after_insert after insert on caseload_snapshot
    referencing new table as changed for each statement execute function caseload_post_latest_refresh();
create trigger caseload_post_latest_after_update after update on caseload_snapshot
    referencing old table as changed_before new table as changed for each statement
    execute function caseload_post_latest_refresh_update();
create trigger caseload_post_latest_after_delete after delete on caseload_snapshot
    referencing old table as changed for each statement execute function caseload_post_latest_refresh();

insert into caseload_post_latest
select distinct on (s.locality_id, s.role, lower(trim(s.post_label))) s.locality_id, s.role, lower(trim(s.post_label)), s.id
from caseload_snapshot s
order by s.locality_id, s.role, lower(trim(s.post_label)), s.snapshot_date desc, s.id desc;

-- The corrections a page lists (a locality's caseload and survey corrections as of a moment) without reading every
-- recording: corrections are a few among many monthly figures.
create index ix_caseload_history_corrected on caseload_history (caseload_snapshot_id, recorded_at) where kind = 'CORRECTED';
create index ix_survey_result_history_corrected on survey_result_history (survey_result_id, recorded_at) where kind = 'CORRECTED';
