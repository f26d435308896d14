-- Demo resident survey results (demo profile only): the figures the partners gave the scrutiny panel
-- (reference/000, minutes early 2022, "In relation to residents feeling safe, the results were as follows"),
-- exactly as the papers write them, for Newport and North Ormesby:
--
--                                   September 2020   March 2021   September 2021
--   Newport        safe during the day     31.18%      35.49%        68.65%
--                  safe after dark          9.68%      12.9%         48.98%
--   North Ormesby  safe during the day     32.61%      51.51%        77.14%
--                  safe after dark         13.04%      21.21%        31.42%
--
-- The papers give no number of respondents, so none is recorded: the survey page then says "sample size not
-- recorded" instead of an interval or a significance verdict. They give each wave's month only; the first of
-- the month stands for the fieldwork date. Each wave and figure is recorded a month and a half after its
-- fieldwork, so "as of" views of earlier dates do not show figures nobody had yet.
--
-- The two questions themselves are created by V008 (they are the council's questions, not demo data).
--
-- Idempotent (Flyway runs a repeatable migration again whenever this file changes):
--   * waves: one per locality and name, ON CONFLICT DO NOTHING, so a wave added or kept in the app stays;
--   * figures: inserted only where the wave has no figure for the question yet, so a correction made in the
--     app is never overwritten; history rows are written only for figures inserted by the same statement.

insert into survey_wave (locality_id, name, fieldwork_date, respondents, source, created_at, created_by)
select l.id, w.name, w.fieldwork_date, null,
       'Partners'' evidence to the Children and Young People''s Social Care and Services Scrutiny Panel, early 2022',
       w.recorded_at, 'demo data'
from locality l
cross join (values
    ('September 2020', date '2020-09-01', timestamptz '2020-10-15 10:00:00+01'),
    ('March 2021', date '2021-03-01', timestamptz '2021-04-15 10:00:00+01'),
    ('September 2021', date '2021-09-01', timestamptz '2021-10-15 10:00:00+01')
) as w (name, fieldwork_date, recorded_at)
where l.name in ('Newport', 'North Ormesby')
on conflict (locality_id, lower(name)) do nothing;

with figures (locality, wave, question, percentage) as (values
    ('Newport', 'September 2020', 'safe_day', 31.18),
    ('Newport', 'March 2021', 'safe_day', 35.49),
    ('Newport', 'September 2021', 'safe_day', 68.65),
    ('Newport', 'September 2020', 'safe_dark', 9.68),
    ('Newport', 'March 2021', 'safe_dark', 12.9),
    ('Newport', 'September 2021', 'safe_dark', 48.98),
    ('North Ormesby', 'September 2020', 'safe_day', 32.61),
    ('North Ormesby', 'March 2021', 'safe_day', 51.51),
    ('North Ormesby', 'September 2021', 'safe_day', 77.14),
    ('North Ormesby', 'September 2020', 'safe_dark', 13.04),
    ('North Ormesby', 'March 2021', 'safe_dark', 21.21),
    ('North Ormesby', 'September 2021', 'safe_dark', 31.42)
),
inserted as (
    insert into survey_result (survey_wave_id, survey_question_id, percentage_agreeing, respondents, created_at)
    select w.id, q.id, f.percentage, null, w.created_at
    from figures f
    join locality l on l.name = f.locality
    join survey_wave w on w.locality_id = l.id and w.name = f.wave
    join survey_question q on q.code = f.question
    where not exists (select 1 from survey_result r where r.survey_wave_id = w.id and r.survey_question_id = q.id)
    returning id, survey_wave_id, percentage_agreeing, created_at
)
insert into survey_result_history (survey_result_id, kind, recorded_at, recorded_by, percentage_agreeing, respondents)
select i.id, 'RECORDED', i.created_at, 'demo data', i.percentage_agreeing, null
from inserted i;
