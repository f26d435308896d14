-- Demo data for the escalations to DIG (demo profile only).
--
-- The escalations themselves are derived from the other demo data: Red actions and overdue plan reviews
-- (R__20), indicators off target beyond tolerance (R__30: North Ormesby's children in need, child protection
-- plans, children looked after and owner occupiers; Newport's long-term empty homes) and over-threshold
-- caseloads (R__50: the senior practitioners of both pilots). The papers' figures give no worsening indicator
-- at their latest period, so this file adds one illustrative later figure in each pilot that worsens:
--   * Newport long-term empty homes at the end of 2022: 138, up from 131 (tolerance 3; lower is better);
--   * North Ormesby owner-occupied homes at the end of 2022: 32.6%, down from 33.4% (tolerance 0.5; higher is better).
-- Both are marked "Illustrative demo data", like every other figure of those two indicators.
--
-- Then three "raised at DIG" marks, so the list shows marked items and a resolved one:
--   * North Ormesby anti-social behaviour, raised in July 2021 when incidents rose from about 35 to 50 a month
--     (reference/000: the summer 2021 spike caused by one group of youths); it has improved since, so the item
--     is resolved and listed as such;
--   * North Ormesby's monthly street surgeries (a Red action whose commentary says it was raised at DIG);
--   * Newport's Senior Practitioner 1 caseload (29 children against the threshold of 26, reference/004).
-- No person, child or family is named: notes speak of posts, teams and figures.
--
-- Idempotent (a Flyway repeatable migration runs again whenever this file changes): figures ON CONFLICT DO
-- NOTHING with revisions only for figures inserted by the same statement, and a mark only while its item has
-- no mark at all, so a re-run never adds a second one and marks added in the app are kept.

with demo (code, locality, period, value, source_reference, recorded_at) as (values
    ('long-term-empty-homes'::text, 'Newport'::text, date '2022-12-31', 138::numeric,
     'Illustrative demo data (the papers give no figures)'::text, timestamptz '2023-01-31 09:00+00'),
    ('owner-occupiers', 'North Ormesby', date '2022-12-31', 32.6,
     'Illustrative demo data (the papers give no figures)', timestamptz '2023-01-31 09:00+00')
),
keyed as (
    select d.*, i.id as indicator_id, l.id as locality_id
    from demo d
    join indicator i on i.code = d.code
    join locality l on l.name = d.locality
),
inserted as (
    insert into measurement (indicator_id, locality_id, period, value, source_reference, created_at)
    select k.indicator_id, k.locality_id, k.period, k.value, k.source_reference, k.recorded_at
    from keyed k
    on conflict (indicator_id, locality_id, period) do nothing
    returning id, indicator_id, locality_id, period
)
insert into measurement_revision (measurement_id, kind, old_value, value, note, source_reference, recorded_by, recorded_at)
select m.id, 'RECORDED', null, k.value, null, k.source_reference, 'head', k.recorded_at
from inserted m
join keyed k on k.indicator_id = m.indicator_id and k.locality_id = m.locality_id and k.period = m.period;

-- The marks. subject, reason and source_path are the item as it read when it was marked (what the list shows
-- for an item once its cause has cleared); the keys are those the application derives.
with marks (escalation_key, locality_id, kind, subject, reason, source_path, raised_on, note, recorded_by, recorded_at) as (
    select 'WORSENING:indicator:' || i.id || ':locality:' || l.id, l.id, 'WORSENING', i.name,
           'Worsening: 35 in May 2021 to 50 in June 2021; lower is better',
           '/indicators/' || i.id || '#locality-' || l.id,
           date '2021-07-13',
           'Incidents up from about 35 to 50 a month, most caused by one group of young people. DIG asked the Neighbourhood Policing Team and Neighbourhood Safety Officers for joint visits and acceptable behaviour contracts.',
           'northormesby.manager', timestamptz '2021-07-13 16:30+01'
    from indicator i
    cross join locality l
    where i.code = 'asb-incidents' and l.name = 'North Ormesby'
    union all
    select 'RED_ACTION:action:' || a.id, p.locality_id, 'RED_ACTION', a.specific,
           'Red: ' || h.completion || '% complete against '
               || round(100.0 * ((h.recorded_at at time zone 'Europe/London')::date - a.start_date) / (a.due_date - a.start_date))
               || '% expected by ' || to_char((h.recorded_at at time zone 'Europe/London')::date, 'FMDD FMMonth YYYY')
               || '; due ' || to_char(a.due_date, 'FMDD FMMonth YYYY') || ' (plan: ' || p.title || ')',
           '/actions/' || a.id,
           (h.recorded_at at time zone 'Europe/London')::date + 2,
           'Surgeries cancelled through staff shortages in the Neighbourhood Policing Team and the warden service. DIG agreed to ask both services for cover so the surgeries can restart.',
           'northormesby.manager', h.recorded_at + interval '2 days'
    from plan_action a
    join action_plan p on p.id = a.action_plan_id
    join locality l on l.id = p.locality_id
    join lateral (select * from action_history x where x.plan_action_id = a.id
                  order by x.recorded_at desc, x.id desc limit 1) h on true
    where l.name = 'North Ormesby' and a.specific like 'Hold a monthly street surgery%'
    union all
    select 'OVER_THRESHOLD:caseload-post:' || l.id || ':EARLY_HELP_SENIOR_PRACTITIONER:senior practitioner 1', l.id,
           'OVER_THRESHOLD', 'Early help senior practitioner: Senior Practitioner 1',
           'Over threshold: 29 children on 22 November 2021, against a threshold of 26',
           '/localities/' || l.id || '/caseloads',
           date '2021-12-07',
           'Both Newport senior practitioners carry more than the ideal 25 to 26 children. DIG agreed to review early help capacity across the two pilot localities.',
           'head', timestamptz '2021-12-07 17:00+00'
    from locality l
    where l.name = 'Newport'
)
insert into escalation_mark (escalation_key, locality_id, kind, subject, reason, source_path, raised_on, note, recorded_by,
                             recorded_at)
select m.escalation_key, m.locality_id, m.kind, m.subject, m.reason, m.source_path, m.raised_on, m.note, m.recorded_by,
       m.recorded_at
from marks m
where not exists (select 1 from escalation_mark e where e.locality_id = m.locality_id and e.escalation_key = m.escalation_key);
