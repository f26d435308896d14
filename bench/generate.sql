-- Scale data for the benchmark (bench/generate runs this with psql; not part of the app).
--
-- Adds :localities localities named 'Bench ward NN' to a database the app has migrated (with the demo data
-- or without), each with the volumes the scale issue measured per locality:
--   * nine plans (from the plan template) of 40 SMART actions, each with a weekly history over five years
--     (one CREATED row and 259 PROGRESS rows: 260 rows an action, 5.6 million for 60 localities);
--   * a monthly review of every plan for five years, the latest month missing for one plan in seven;
--   * 300 monthly PMF indicators ('bench-001'...), shared by every locality, with a figure for each of the
--     last 120 months in every locality (2.16 million for 60 localities), one figure in a hundred corrected;
--   * two survey waves a year for five years (both questions), one result in fifty corrected;
--   * twelve caseload posts (6 social workers, 4 early help practitioners, 2 senior practitioners) with
--     monthly figures for five years, and the staffing per role;
--   * one neighbourhood manager per bench locality ('bench.manager.NN', the demo users' password when they
--     exist).
-- Every figure is a function of :seed and the row's place (hashtextextended), so the same seed gives the same
-- data. Dates are relative to the week it runs: the history ends last week.
--
-- Usage: psql -v localities=60 -v seed=42 -f bench/generate.sql <connection>
-- Refuses to run when bench localities exist (drop the database, or run bench/generate --fresh).

\set ON_ERROR_STOP on
\timing on

select count(*) as existing from locality where name like 'Bench ward %' \gset
select :existing = 0 as fresh \gset
\if :fresh
\else
    \echo 'Bench localities already exist; start from an empty database (bench/generate --fresh).'
    \quit
\endif

begin;
set local synchronous_commit = off;

-- A number in [0, 1) from the seed and a key: the same key gives the same number for the same seed.
-- (psql does not substitute variables inside a function body, hence the format and \gexec.)
select format('create function pg_temp.r(key text) returns double precision language sql immutable as %L',
              format('select ((hashtextextended(key, %s) & 2147483647)::double precision) / 2147483648', :seed))
\gexec

create temporary table bench_clock on commit drop as
select (date_trunc('week', now()) - interval '260 weeks')::timestamptz as t0,
       (date_trunc('month', current_date) - interval '1 day')::date as last_period;

-- Localities -----------------------------------------------------------------------------------------------
insert into locality (name, ward, status, start_date, base, neighbourhood_manager, staff_count, funding_notes,
                      partner_organisations)
select format('Bench ward %s', lpad(n::text, 2, '0')), format('Bench ward %s', lpad(n::text, 2, '0')),
       'ROLL_OUT', (select t0 from bench_clock)::date, 'Community hub', 'Neighbourhood Manager',
       15 + (pg_temp.r('staff' || n) * 30)::int, 'Generated for the benchmark',
       array['Cleveland Police', 'Thirteen Housing', 'Children''s Social Care']
from generate_series(1, :localities) n;

insert into user_account (username, display_name, post_title, role, locality_id, password_hash)
select format('bench.manager.%s', substr(l.name, 12)), format('Bench manager %s', substr(l.name, 12)),
       'Neighbourhood Manager', 'NEIGHBOURHOOD_MANAGER', l.id,
       coalesce((select password_hash from user_account where username = 'newport.manager'),
                '{noop}unusable-without-demo-users')
from locality l
where l.name like 'Bench ward %';

-- Plans, actions and their weekly history ------------------------------------------------------------------
insert into action_plan (locality_id, plan_theme_id, title, position, objectives, lead_post, lead_organisation,
                         created_at)
select l.id, t.id, t.name, t.position, t.default_objectives, 'Plan lead', t.default_lead_organisation,
       (select t0 from bench_clock)
from locality l
cross join plan_theme t
where l.name like 'Bench ward %'
order by l.id, t.position;

-- An action runs for 3 to 7 years from the start of the history at a pace of 0.6 to 1.15 times the even pace,
-- so that some are complete, most on track and some behind (Amber or Red).
create temporary table bench_action on commit drop as
select p.id as plan_id, a.n,
       (156 + (pg_temp.r('due' || p.id || ':' || a.n) * 208)::int) as due_weeks,
       0.6 + pg_temp.r('pace' || p.id || ':' || a.n) * 0.55 as pace
from action_plan p
join locality l on l.id = p.locality_id and l.name like 'Bench ward %'
cross join generate_series(1, 40) a (n);

-- completion after week w (0..259): the pace's share of the weeks to the due date, capped at 100.
create function pg_temp.completion(w integer, due_weeks integer, pace double precision) returns integer
    language sql immutable as
$$ select least(100, floor(100 * pace * w / due_weeks))::integer $$;

alter table bench_action add column action_id bigint;

with inserted as (
    insert into plan_action (action_plan_id, specific, measure, target_value, owner_post, partner,
                             relevant_objective, start_date, due_date, weight, status, completion, created_at,
                             version)
    select b.plan_id, format('Bench action %s', b.n), 'Milestones delivered', 'All milestones',
           'Locality officer', 'Partner agency', 'The plan''s first objective',
           (select t0 from bench_clock)::date, (select t0 from bench_clock)::date + b.due_weeks * 7,
           1, 'ACTIVE', pg_temp.completion(259, b.due_weeks, b.pace), (select t0 from bench_clock), 259
    from bench_action b
    order by b.plan_id, b.n
    returning id, action_plan_id, specific
)
update bench_action b set action_id = i.id
from inserted i
where i.action_plan_id = b.plan_id and i.specific = format('Bench action %s', b.n);

insert into action_history (plan_action_id, kind, recorded_at, recorded_by, old_completion, completion, weight,
                            status, start_date, due_date, commentary)
select b.action_id,
       case when w = 0 then 'CREATED' else 'PROGRESS' end,
       c.t0 + w * interval '1 week' + interval '9 hours',
       'bench',
       case when w = 0 then null else pg_temp.completion(w - 1, b.due_weeks, b.pace) end,
       pg_temp.completion(w, b.due_weeks, b.pace),
       1, 'ACTIVE', c.t0::date, c.t0::date + b.due_weeks * 7,
       case when w = 0 then 'Action added to the plan' end
from bench_action b
cross join bench_clock c
cross join generate_series(0, 259) w
order by b.action_id, w;

insert into plan_review (action_plan_id, reviewed_on, notes, recorded_by, recorded_at)
select p.id, (c.t0 + m * interval '1 month')::date, 'Monthly review', 'bench',
       least(c.t0 + m * interval '1 month' + interval '10 hours', now() - interval '1 hour')
from action_plan p
join locality l on l.id = p.locality_id and l.name like 'Bench ward %'
cross join bench_clock c
cross join generate_series(0, 59) m
where c.t0 + m * interval '1 month' < now()
  and not (m = 59 and p.id % 7 = 0);

-- PMF indicators and monthly figures ----------------------------------------------------------------------
insert into indicator (code, name, description, unit, polarity, frequency, source, baseline_value, baseline_date,
                       target, tolerance)
select format('bench-%s', lpad(i::text, 3, '0')), format('Bench indicator %s', lpad(i::text, 3, '0')),
       'Generated for the benchmark.',
       case when i % 3 = 0 then 'PERCENTAGE' when i % 3 = 1 then 'COUNT' else 'RATE_PER_1000' end,
       case when i % 2 = 0 then 'HIGHER_IS_BETTER' else 'LOWER_IS_BETTER' end,
       'MONTHLY', 'Benchmark generator', 50, (select last_period from bench_clock) - interval '10 years',
       case when i % 2 = 0 then 55 else 45 end, 1
from generate_series(1, 300) i
on conflict (code) do nothing;

-- Each locality's figure wanders around 50 (so it stays a valid percentage) with a trend of its own; a count is whole.
with inserted as (
    insert into measurement (indicator_id, locality_id, period, value, created_at)
    select ind.id, l.id, p.period,
           round((50 + 30 * (pg_temp.r('level' || ind.id || ':' || l.id) - 0.5)
                  + (m - 60) * 0.2 * (pg_temp.r('trend' || ind.id || ':' || l.id) - 0.5)
                  + 6 * (pg_temp.r('noise' || ind.id || ':' || l.id || ':' || m) - 0.5))::numeric,
                 case when ind.unit = 'COUNT' then 0 else 2 end),
           least(p.period + interval '10 days', now() - interval '1 hour')
    from indicator ind
    cross join locality l
    cross join generate_series(0, 119) m
    cross join lateral (select ((select last_period from bench_clock) + 1 - (119 - m) * interval '1 month'
                                - interval '1 day')::date as period) p
    where ind.code like 'bench-%' and l.name like 'Bench ward %'
    order by l.id, ind.id, m
    returning id, value, created_at
)
insert into measurement_revision (measurement_id, kind, old_value, value, recorded_by, recorded_at)
select id, 'RECORDED', null, value, 'bench', created_at
from inserted;

-- One figure in a hundred corrected twenty days after it was recorded.
with corrected as (
    update measurement m set value = m.value + 1, version = m.version + 1
    from locality l
    where l.id = m.locality_id and l.name like 'Bench ward %'
      and pg_temp.r('correct' || m.id) < 0.01
    returning m.id, m.value, m.created_at
)
insert into measurement_revision (measurement_id, kind, old_value, value, note, recorded_by, recorded_at)
select id, 'CORRECTED', value - 1, value, 'Corrected by the source', 'bench',
       least(created_at + interval '20 days', now() - interval '1 minute')
from corrected;

-- Surveys: two waves a year, both questions --------------------------------------------------------------
insert into survey_wave (locality_id, name, fieldwork_date, respondents, source, created_at, created_by)
select l.id, format('Wave %s', to_char(c.t0 + k * interval '6 months', 'FMMonth YYYY')),
       (c.t0 + k * interval '6 months')::date, 150 + (pg_temp.r('resp' || l.id || ':' || k) * 100)::int,
       'Benchmark generator', c.t0 + k * interval '6 months' + interval '30 days', 'bench'
from locality l
cross join bench_clock c
cross join generate_series(0, 9) k
where l.name like 'Bench ward %' and c.t0 + k * interval '6 months' + interval '30 days' < now();

with inserted as (
    insert into survey_result (survey_wave_id, survey_question_id, percentage_agreeing, respondents, created_at)
    select w.id, q.id,
           round((30 + 50 * pg_temp.r('pct' || w.id || ':' || q.id))::numeric, 2), w.respondents, w.created_at
    from survey_wave w
    join locality l on l.id = w.locality_id and l.name like 'Bench ward %'
    cross join survey_question q
    returning id, percentage_agreeing, respondents, created_at
)
insert into survey_result_history (survey_result_id, kind, recorded_at, recorded_by, percentage_agreeing,
                                   respondents)
select id, 'RECORDED', created_at, 'bench', percentage_agreeing, respondents
from inserted;

with corrected as (
    update survey_result r set percentage_agreeing = r.percentage_agreeing + 1, version = r.version + 1
    from survey_wave w
    join locality l on l.id = w.locality_id and l.name like 'Bench ward %'
    where w.id = r.survey_wave_id and pg_temp.r('scorrect' || r.id) < 0.02 and r.percentage_agreeing <= 99
    returning r.id, r.percentage_agreeing, r.respondents, r.created_at
)
insert into survey_result_history (survey_result_id, kind, recorded_at, recorded_by, old_percentage_agreeing,
                                   percentage_agreeing, old_respondents, respondents)
select id, 'CORRECTED', least(created_at + interval '7 days', now() - interval '1 minute'), 'bench', percentage_agreeing - 1, percentage_agreeing,
       respondents, respondents
from corrected;

-- Caseloads: twelve posts, monthly figures for five years ---------------------------------------------------
create temporary table bench_post on commit drop as
select * from (values
    ('SOCIAL_WORKER', 'Social Worker 1'), ('SOCIAL_WORKER', 'Social Worker 2'),
    ('SOCIAL_WORKER', 'Social Worker 3'), ('SOCIAL_WORKER', 'Social Worker 4'),
    ('SOCIAL_WORKER', 'Social Worker 5'), ('SOCIAL_WORKER', 'Social Worker 6'),
    ('EARLY_HELP_PRACTITIONER', 'Practitioner 1'), ('EARLY_HELP_PRACTITIONER', 'Practitioner 2'),
    ('EARLY_HELP_PRACTITIONER', 'Practitioner 3'), ('EARLY_HELP_PRACTITIONER', 'Practitioner 4'),
    ('EARLY_HELP_SENIOR_PRACTITIONER', 'Senior Practitioner 1'),
    ('EARLY_HELP_SENIOR_PRACTITIONER', 'Senior Practitioner 2')
) as p (role, post_label);

with inserted as (
    insert into caseload_snapshot (locality_id, snapshot_date, role, post_label, children, families,
                                   children_under_six_months, source, created_at)
    select l.id, s.snapshot_date, p.role, p.post_label, f.children, greatest(1, f.children / 2),
           f.children / 3, 'Benchmark generator', least(s.snapshot_date + interval '2 days', now() - interval '1 hour')
    from locality l
    cross join bench_clock c
    cross join generate_series(0, 59) m
    cross join bench_post p
    cross join lateral (select (c.t0 + m * interval '1 month')::date as snapshot_date) s
    cross join lateral (select 15 + (pg_temp.r('children' || l.id || p.post_label || m) * 16)::int as children) f
    where l.name like 'Bench ward %' and s.snapshot_date <= current_date
    order by l.id, s.snapshot_date, p.role, p.post_label
    returning id, children, families, children_under_six_months, source, created_at
)
insert into caseload_history (caseload_snapshot_id, kind, recorded_at, recorded_by, children, families,
                              children_under_six_months, source)
select id, 'RECORDED', created_at, 'bench', children, families, children_under_six_months, source
from inserted;

with inserted as (
    insert into caseload_staffing (locality_id, role, posts)
    select l.id, r.role, r.posts
    from locality l
    cross join (values ('SOCIAL_WORKER', 6), ('EARLY_HELP_PRACTITIONER', 4),
                       ('EARLY_HELP_SENIOR_PRACTITIONER', 2)) as r (role, posts)
    where l.name like 'Bench ward %'
    returning id, posts
)
insert into caseload_staffing_history (caseload_staffing_id, recorded_at, recorded_by, posts)
select i.id, (select t0 from bench_clock), 'bench', i.posts
from inserted i;

commit;

analyze;

select (select count(*) from locality) as localities,
       (select count(*) from plan_action) as actions,
       (select count(*) from action_history) as action_history_rows,
       (select count(*) from measurement) as measurements,
       (select count(*) from measurement_revision) as measurement_revisions,
       (select count(*) from survey_result) as survey_results,
       (select count(*) from caseload_snapshot) as caseload_figures,
       pg_size_pretty(pg_database_size(current_database())) as database_size;

-- Roll-out: wards for the evaluation ---------------------------------------------------------------------------
-- Wards at county scale (:localities × 10 / 3: 200 for 60 localities, 10 for 3): one per bench locality, linked to it
-- as a locality added in the app is, and the rest without a locality ('Bench county ward NNN'), each with quarterly
-- crime and anti-social behaviour rates per 1,000 for 17 quarters around the bench localities' start date: 8 before
-- the quarter it falls in, that change-over quarter and 8 after. A ward's level and each quarter's wobble come from
-- the seed; the localities' rates fall a little faster after the start. The measures are the demo's when it is loaded.
begin;
set local synchronous_commit = off;

insert into ward_measure (code, name, unit, need_direction, period_months, source, position)
values ('crime-rate', 'Crime per 1,000 residents', 'RATE_PER_1000', 'HIGHER_MEANS_MORE_NEED', 3, 'Cleveland Police', 20),
       ('asb-rate', 'Anti-social behaviour incidents per 1,000 residents', 'RATE_PER_1000', 'HIGHER_MEANS_MORE_NEED', 3,
        'Cleveland Police', 30)
on conflict (code) do nothing;

insert into ward (name, population, children, illustrative)
select l.ward, 4000 + (pg_temp.r('ward population ' || l.ward) * 6000)::int,
       800 + (pg_temp.r('ward children ' || l.ward) * 1500)::int, true
from locality l
where l.name like 'Bench ward %'
on conflict (name) do nothing;

update ward w set locality_id = l.id
from locality l
where l.name like 'Bench ward %' and w.name = l.ward and w.locality_id is null;

insert into ward (name, population, children, illustrative)
select format('Bench county ward %s', lpad(n::text, 3, '0')), 4000 + (pg_temp.r('county ward population ' || n) * 6000)::int,
       800 + (pg_temp.r('county ward children ' || n) * 1500)::int, true
from generate_series(1, greatest(:localities * 10 / 3 - :localities, 0)) n
on conflict (name) do nothing;

insert into ward_figure (ward_id, ward_measure_id, period, value, illustrative)
select w.id, m.id, (date_trunc('quarter', s.start) + make_interval(months => 3 * (q - 8)))::date,
       round(((case m.code when 'crime-rate' then 10 + 50 * pg_temp.r('ward crime ' || w.name)
                                             else 4 + 25 * pg_temp.r('ward asb ' || w.name) end)
              * (0.9 + 0.2 * pg_temp.r(format('ward %s %s %s', w.name, m.code, q)))
              * (1 - 0.004 * q)
              * (case when w.locality_id is not null and q > 8 then 1 - 0.01 * (q - 8) else 1 end))::numeric, 1),
       true
from ward w
join ward_measure m on m.code in ('crime-rate', 'asb-rate')
cross join generate_series(0, 16) q
cross join (select min(start_date) as start from locality where name like 'Bench ward %') s
where w.name like 'Bench ward %' or w.name like 'Bench county ward %'
on conflict do nothing;

commit;

analyze ward;
analyze ward_figure;

select (select count(*) from ward) as wards,
       (select count(*) from ward where locality_id is not null) as wards_with_a_locality,
       (select count(*) from ward_figure) as ward_figures;
