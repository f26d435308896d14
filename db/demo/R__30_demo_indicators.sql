-- Demo PMF indicators and their measurements (demo profile only), from the panel papers:
--   * reference/000, minutes early 2022 (partners' evidence): anti-social behaviour in North Ormesby rose
--     "from approximately 35 per month to 50 incidents per month" between June and August 2021 and dropped
--     "from a peak of 50 events in June/July/August 2021, to single figures by January 2022"; Children's
--     Centre reach: North Ormesby 181 families / 5,700 contacts in 2020 and 245 / 5,983 in 2021; West
--     Middlesbrough (covering Newport ward) 628 / 3,335 in 2020 and 878 / 3,345 in 2021.
--   * reference/001, presentation 17 January 2022: North Ormesby children receiving early help 7.54%, children
--     in need 3.83%, on child protection plans 1.69%, in looked after care 6.62%.
-- Where the papers give no exact figure the source reference says so; long-term empty homes and owner occupiers
-- are "illustrative demo data" throughout (the papers name them as outcomes but give no figures). Targets the
-- papers do not set are marked illustrative in the indicator's description. Every tolerance is invented, and so is
-- every frequency the papers do not give (they give anti-social behaviour a month and Children's Centre reach a year):
-- tolerance_illustrative and frequency_illustrative mark them.
--
-- Idempotent (a Flyway repeatable migration runs again whenever this file changes):
--   * indicators: ON CONFLICT (code) DO NOTHING, so an indicator changed in the app is kept;
--   * measurements: ON CONFLICT (indicator, locality, period) DO NOTHING, and revisions are written only for
--     measurements inserted by the same statement (data-modifying CTE with RETURNING);
--   * action links: set only on demo actions that have no linked indicator yet.

insert into indicator (code, name, description, unit, polarity, frequency, source, baseline_value, baseline_date,
                       target, tolerance, tolerance_illustrative, frequency_illustrative)
values
    ('asb-incidents', 'Anti-social behaviour incidents',
     'Anti-social behaviour incidents recorded by Cleveland Police in the ward each month. The baseline is the "approximately 35 per month" the North Ormesby Neighbourhood Police Team reported before the summer 2021 spike. The target of 20 a month is illustrative demo data: the papers set none. A change of 2 incidents or fewer counts as no change.',
     'COUNT', 'LOWER_IS_BETTER', 'MONTHLY', 'Cleveland Police', 35, date '2021-05-31', 20, 2, true, false),
    ('childrens-centre-families', 'Children''s Centre families reached',
     'Families with children aged 0 to 5 reached by the Children''s Centre covering the ward in the calendar year. North Ormesby is covered by North Ormesby Children''s Centre; Newport by West Middlesbrough Children''s Centre (based at Whinney Banks), which also covers other wards, so the two are not directly comparable. No target is set.',
     'COUNT', 'HIGHER_IS_BETTER', 'ANNUAL', 'Children''s Centres (School Readiness team)', null, null, null, 10, true, false),
    ('childrens-centre-contacts', 'Children''s Centre contacts',
     'Contacts made with families by the Children''s Centre covering the ward in the calendar year (see Children''s Centre families reached for which centre covers which ward). No target is set.',
     'COUNT', 'HIGHER_IS_BETTER', 'ANNUAL', 'Children''s Centres (School Readiness team)', null, null, null, 50, true, false),
    ('early-help-children', 'Children and young people receiving early help',
     'Percentage of the ward''s children and young people receiving early help (Children''s Social Care data). North Ormesby had the highest proportion in Middlesbrough. No target is set: more early help can mean needs are met earlier.',
     'PERCENTAGE', 'LOWER_IS_BETTER', 'QUARTERLY', 'Children''s Social Care', null, null, null, 0.25, true, true),
    ('children-in-need', 'Children in need (CiN)',
     'Percentage of the ward''s children classed as children in need (Children''s Social Care data). The target of 3.5% is illustrative demo data: the papers set none.',
     'PERCENTAGE', 'LOWER_IS_BETTER', 'QUARTERLY', 'Children''s Social Care', null, null, 3.5, 0.25, true, true),
    ('child-protection-plans', 'Children on child protection plans',
     'Percentage of the ward''s children on child protection plans (Children''s Social Care data); North Ormesby''s was the second highest in Middlesbrough. The target of 1.5% is illustrative demo data: the papers set none.',
     'PERCENTAGE', 'LOWER_IS_BETTER', 'QUARTERLY', 'Children''s Social Care', null, null, 1.5, 0.1, true, true),
    ('children-looked-after', 'Children looked after',
     'Percentage of the ward''s children in looked after care (Children''s Social Care data). Fewer children looked after is an objective of the Better Outcomes for Children plan. The target of 5% is illustrative demo data: the papers set none.',
     'PERCENTAGE', 'LOWER_IS_BETTER', 'QUARTERLY', 'Children''s Social Care', null, null, 5, 0.25, true, true),
    ('long-term-empty-homes', 'Long-term empty homes',
     'Homes empty for six months or more in the ward at the end of the year. A reduction in empty homes is an outcome the pilots measure, but the papers give no figures: every figure here is illustrative demo data, and so is the target of 100.',
     'COUNT', 'LOWER_IS_BETTER', 'ANNUAL', 'Council tax records (Revenues and Benefits)', null, null, 100, 3, true, true),
    ('owner-occupiers', 'Owner-occupied homes',
     'Percentage of homes in the ward lived in by their owners. An increase in owner occupiers is an outcome the pilots measure, but the papers give no figures: every figure here is illustrative demo data, and so is the target of 35%.',
     'PERCENTAGE', 'HIGHER_IS_BETTER', 'ANNUAL', 'Council tax and housing records', null, null, 35, 0.5, true, true)
on conflict (code) do nothing;

-- Measurements. first_value is set where the demo shows a correction: the figure was first recorded as
-- first_value at recorded_at, then corrected to value at corrected_at with correction_note.
with demo (code, locality, period, value, note, source_reference, recorded_at, first_value, corrected_at, correction_note) as (values
    -- Anti-social behaviour, North Ormesby, monthly.
    ('asb-incidents'::text, 'North Ormesby'::text, date '2021-01-31', 35::numeric, null::text,
     'Scrutiny panel minutes, early 2022: "approximately 35 per month" before June 2021 (no exact monthly figure given)'::text,
     timestamptz '2021-02-08 09:00+00', null::numeric, null::timestamptz, null::text),
    ('asb-incidents', 'North Ormesby', date '2021-02-28', 35, null,
     'Scrutiny panel minutes, early 2022: "approximately 35 per month" before June 2021 (no exact monthly figure given)',
     timestamptz '2021-03-08 09:00+00', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-03-31', 35, null,
     'Scrutiny panel minutes, early 2022: "approximately 35 per month" before June 2021 (no exact monthly figure given)',
     timestamptz '2021-04-08 09:00+01', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-04-30', 35, null,
     'Scrutiny panel minutes, early 2022: "approximately 35 per month" before June 2021 (no exact monthly figure given)',
     timestamptz '2021-05-10 09:00+01', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-05-31', 35, null,
     'Scrutiny panel minutes, early 2022: "approximately 35 per month" before June 2021 (no exact monthly figure given)',
     timestamptz '2021-06-07 09:00+01', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-06-30', 50, 'Spike caused by one group of youths: anti-social behaviour, disorder and criminal damage',
     'Scrutiny panel minutes, early 2022: "50 incidents per month" between June and August 2021',
     timestamptz '2021-07-07 09:00+01', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-07-31', 50, null,
     'Scrutiny panel minutes, early 2022: "a peak of 50 events in June/July/August 2021"',
     timestamptz '2021-08-09 09:00+01', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-08-31', 50, 'Neighbourhood officers often deployed elsewhere over the summer',
     'Scrutiny panel minutes, early 2022: "a peak of 50 events in June/July/August 2021"',
     timestamptz '2021-09-07 09:00+01', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-09-30', 45, 'Joint visits with Neighbourhood Safety Officers began',
     'Illustrative demo data: the papers give no figure between the August 2021 peak and January 2022',
     timestamptz '2021-10-07 09:00+01', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-10-31', 34, 'Acceptable behaviour contracts issued',
     'Illustrative demo data: the papers give no figure between the August 2021 peak and January 2022',
     timestamptz '2021-11-08 09:00+00', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-11-30', 25, null,
     'Illustrative demo data: the papers give no figure between the August 2021 peak and January 2022',
     timestamptz '2021-12-07 09:00+00', null, null, null),
    ('asb-incidents', 'North Ormesby', date '2021-12-31', 12, 'Corrected after the police revalidated December''s incidents (illustrative demo data)',
     'Illustrative demo data: the papers give no figure between the August 2021 peak and January 2022',
     timestamptz '2022-01-07 09:00+00', 14, timestamptz '2022-01-20 14:30+00',
     'Corrected after the police revalidated December''s incidents (illustrative demo data)'),
    ('asb-incidents', 'North Ormesby', date '2022-01-31', 9, 'Ring-leader of the group banned from North Ormesby',
     'Scrutiny panel minutes, early 2022: "single figures by January 2022" (exact figure not given; 9 is illustrative)',
     timestamptz '2022-02-07 09:00+00', null, null, null),

    -- Children's Centre reach, per calendar year.
    ('childrens-centre-families', 'North Ormesby', date '2020-12-31', 181, 'North Ormesby Children''s Centre',
     'Scrutiny panel minutes, early 2022 (Children''s Centre briefing paper): "reached 181 families in 2020"',
     timestamptz '2021-01-15 09:00+00', null, null, null),
    ('childrens-centre-families', 'North Ormesby', date '2021-12-31', 245, 'North Ormesby Children''s Centre',
     'Scrutiny panel minutes, early 2022 (Children''s Centre briefing paper): "reached 245 families in 2021"',
     timestamptz '2022-01-14 09:00+00', null, null, null),
    ('childrens-centre-families', 'Newport', date '2020-12-31', 628, 'West Middlesbrough Children''s Centre (covering Newport ward)',
     'Scrutiny panel minutes, early 2022 (Children''s Centre briefing paper): "reached 628 families during 2020"',
     timestamptz '2021-01-15 09:00+00', null, null, null),
    ('childrens-centre-families', 'Newport', date '2021-12-31', 878, 'West Middlesbrough Children''s Centre (covering Newport ward)',
     'Scrutiny panel minutes, early 2022 (Children''s Centre briefing paper): "reached 878 families in 2021"',
     timestamptz '2022-01-14 09:00+00', null, null, null),
    ('childrens-centre-contacts', 'North Ormesby', date '2020-12-31', 5700, 'North Ormesby Children''s Centre',
     'Scrutiny panel minutes, early 2022 (Children''s Centre briefing paper): "a total number of 5,700 contacts" in 2020',
     timestamptz '2021-01-15 09:00+00', null, null, null),
    ('childrens-centre-contacts', 'North Ormesby', date '2021-12-31', 5983, 'North Ormesby Children''s Centre',
     'Scrutiny panel minutes, early 2022 (Children''s Centre briefing paper): "5,983 contact" in 2021',
     timestamptz '2022-01-14 09:00+00', null, null, null),
    ('childrens-centre-contacts', 'Newport', date '2020-12-31', 3335, 'West Middlesbrough Children''s Centre (covering Newport ward)',
     'Scrutiny panel minutes, early 2022 (Children''s Centre briefing paper): "a total of 3,335 contacts" in 2020',
     timestamptz '2021-01-15 09:00+00', null, null, null),
    ('childrens-centre-contacts', 'Newport', date '2021-12-31', 3345, 'West Middlesbrough Children''s Centre (covering Newport ward)',
     'Scrutiny panel minutes, early 2022 (Children''s Centre briefing paper): "from 3,345 contacts" in 2021',
     timestamptz '2022-01-14 09:00+00', null, null, null),

    -- Children's Social Care data for North Ormesby, as presented on 17 January 2022 (the presentation gives
    -- no date for the data, so it is recorded against the date of the presentation).
    ('early-help-children', 'North Ormesby', date '2022-01-17', 7.54, 'Highest proportion in Middlesbrough',
     'Locality Working presentation to the scrutiny panel, 17 January 2022 (Children''s Social Care data; the data''s own date is not given)',
     timestamptz '2022-01-17 12:00+00', null, null, null),
    ('children-in-need', 'North Ormesby', date '2022-01-17', 3.83, 'Highest proportion in Middlesbrough',
     'Locality Working presentation to the scrutiny panel, 17 January 2022 (Children''s Social Care data; the data''s own date is not given)',
     timestamptz '2022-01-17 12:00+00', null, null, null),
    ('child-protection-plans', 'North Ormesby', date '2022-01-17', 1.69, '2nd highest in Middlesbrough',
     'Locality Working presentation to the scrutiny panel, 17 January 2022 (Children''s Social Care data; the data''s own date is not given)',
     timestamptz '2022-01-17 12:00+00', null, null, null),
    ('children-looked-after', 'North Ormesby', date '2022-01-17', 6.62, 'Highest proportion in Middlesbrough',
     'Locality Working presentation to the scrutiny panel, 17 January 2022 (Children''s Social Care data; the data''s own date is not given)',
     timestamptz '2022-01-17 12:00+00', null, null, null),

    -- Housing outcomes the pilots measure; the papers give no figures.
    ('long-term-empty-homes', 'North Ormesby', date '2019-12-31', 121, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2020-01-31 09:00+00', null, null, null),
    ('long-term-empty-homes', 'North Ormesby', date '2020-12-31', 112, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2021-01-29 09:00+00', null, null, null),
    ('long-term-empty-homes', 'North Ormesby', date '2021-12-31', 97, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2022-01-31 09:00+00', null, null, null),
    ('long-term-empty-homes', 'Newport', date '2019-12-31', 148, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2020-01-31 09:00+00', null, null, null),
    ('long-term-empty-homes', 'Newport', date '2020-12-31', 150, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2021-01-29 09:00+00', null, null, null),
    ('long-term-empty-homes', 'Newport', date '2021-12-31', 131, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2022-01-31 09:00+00', null, null, null),
    ('owner-occupiers', 'North Ormesby', date '2019-12-31', 31.5, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2020-01-31 09:00+00', null, null, null),
    ('owner-occupiers', 'North Ormesby', date '2020-12-31', 31.8, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2021-01-29 09:00+00', null, null, null),
    ('owner-occupiers', 'North Ormesby', date '2021-12-31', 33.4, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2022-01-31 09:00+00', null, null, null),
    ('owner-occupiers', 'Newport', date '2019-12-31', 40.2, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2020-01-31 09:00+00', null, null, null),
    ('owner-occupiers', 'Newport', date '2020-12-31', 39.6, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2021-01-29 09:00+00', null, null, null),
    ('owner-occupiers', 'Newport', date '2021-12-31', 40.1, null, 'Illustrative demo data (the papers give no figures)',
     timestamptz '2022-01-31 09:00+00', null, null, null)
),
keyed as (
    select d.*, i.id as indicator_id, l.id as locality_id
    from demo d
    join indicator i on i.code = d.code
    join locality l on l.name = d.locality
),
inserted as (
    insert into measurement (indicator_id, locality_id, period, value, note, source_reference, created_at)
    select k.indicator_id, k.locality_id, k.period, k.value, k.note, k.source_reference, k.recorded_at
    from keyed k
    on conflict (indicator_id, locality_id, period) do nothing
    returning id, indicator_id, locality_id, period
)
insert into measurement_revision (measurement_id, kind, old_value, value, note, source_reference, recorded_by, recorded_at)
select m.id, 'RECORDED', null, coalesce(k.first_value, k.value),
       case when k.first_value is null then k.note end, k.source_reference, 'head', k.recorded_at
from inserted m
join keyed k on k.indicator_id = m.indicator_id and k.locality_id = m.locality_id and k.period = m.period
union all
select m.id, 'CORRECTED', k.first_value, k.value, k.correction_note, k.source_reference, 'head', k.corrected_at
from inserted m
join keyed k on k.indicator_id = m.indicator_id and k.locality_id = m.locality_id and k.period = m.period
where k.first_value is not null;

-- Link demo actions to the indicators they are meant to move.
update plan_action a
set indicator_id = (select i.id from indicator i where i.code = v.code)
from (values
    ('Tackle the group behind the summer 2021 rise in anti-social behaviour%', 'asb-incidents'),
    ('Promote Children''s Centre registration in several community languages%', 'childrens-centre-families')
) as v (specific_prefix, code)
where a.specific like v.specific_prefix and a.indicator_id is null;

-- Notes that hold for every figure of an indicator in one locality, shown wherever those figures are: Newport's
-- Children's Centre figures are West Middlesbrough Children's Centre's, which also covers other wards; North Ormesby's
-- Children's Social Care figures carry the presentation's date, as the papers give no date for the data (that date is
-- the demo's, so the note is marked illustrative).
insert into indicator_series_note (indicator_id, locality_id, note, illustrative)
select i.id, l.id, v.note, v.illustrative
from (values
    ('childrens-centre-families', 'Newport',
     'These are West Middlesbrough Children''s Centre''s figures: the centre covers Newport and other wards too, so they are not Newport''s alone.',
     false),
    ('childrens-centre-contacts', 'Newport',
     'These are West Middlesbrough Children''s Centre''s figures: the centre covers Newport and other wards too, so they are not Newport''s alone.',
     false),
    ('early-help-children', 'North Ormesby',
     'Dated 17 January 2022, the day of the presentation that gave the figure: the papers do not give the data''s own date.',
     true),
    ('children-in-need', 'North Ormesby',
     'Dated 17 January 2022, the day of the presentation that gave the figure: the papers do not give the data''s own date.',
     true),
    ('child-protection-plans', 'North Ormesby',
     'Dated 17 January 2022, the day of the presentation that gave the figure: the papers do not give the data''s own date.',
     true),
    ('children-looked-after', 'North Ormesby',
     'Dated 17 January 2022, the day of the presentation that gave the figure: the papers do not give the data''s own date.',
     true)
) as v (code, locality, note, illustrative)
join indicator i on i.code = v.code
join locality l on l.name = v.locality
on conflict (indicator_id, locality_id) do nothing;

-- Sign-offs: Cleveland Police's anti-social behaviour figures for North Ormesby are signed off month by month for
-- 2021 (illustrative: the papers say nothing of sign-off), so that the demo shows signed-off and provisional figures
-- side by side; a change to one of them is a restatement.
insert into figure_sign_off (locality_id, source, period_start, period_end, signed_off_by, signed_off_at)
select l.id, 'Cleveland Police', m::date, (m + interval '1 month' - interval '1 day')::date, 'head',
       timestamptz '2022-01-20 10:00+00'
from locality l cross join generate_series(date '2021-01-01', date '2021-12-01', interval '1 month') as m
where l.name = 'North Ormesby'
on conflict (locality_id, source, period_start, period_end) do nothing;
