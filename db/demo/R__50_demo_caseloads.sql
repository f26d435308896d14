-- Demo caseloads and staffing from the panel papers (demo profile only).
--
-- reference/004: minutes of the Children and Young People's Social Care and Services Scrutiny Panel,
-- 22 November 2021 (item 21/25, "Locality Working from a Children's Services Perspective – Further
-- Information"; the date is that meeting's, from the council's published agenda; the minutes themselves
-- give no date for the figures):
--   * "In North Ormesby, the Senior Practitioner had 34 children on caseload from 14 families and 22
--     children whose cases had been open for less than six months."
--   * "In Newport, the two Senior Practitioners respectively had 29 and 28 children on caseload from 14
--     and 13 families and 16 and 20 children whose cases had been open for less than six months."
--   * Stronger Families ("Early Help") had three Senior Practitioners in the two localities: two in
--     Newport and one in North Ormesby.
--   * Social work resources had been increased to three Social Workers linked to North Ormesby and two
--     linked to Newport (also reference/000).
-- The papers name posts only by title; the labels "Senior Practitioner 1" and "2" are ours. No person,
-- child or family is named.
--
-- Idempotent (a Flyway repeatable migration runs again whenever this file changes): a snapshot or a
-- staffing number that already exists is left as it is (so figures corrected in the app are kept), and
-- history rows are written only for rows inserted by the same statement (data-modifying CTE with RETURNING).

with figures (locality, post_label, children, families, under_six) as (
    values ('North Ormesby', 'Senior Practitioner 1', 34, 14, 22),
           ('Newport', 'Senior Practitioner 1', 29, 14, 16),
           ('Newport', 'Senior Practitioner 2', 28, 13, 20)
),
inserted as (
    insert into caseload_snapshot (locality_id, snapshot_date, role, post_label, children, families,
                                   children_under_six_months, source, created_at)
    select l.id, date '2021-11-22', 'EARLY_HELP_SENIOR_PRACTITIONER', f.post_label, f.children, f.families,
           f.under_six, 'Scrutiny panel minutes, 22 November 2021', timestamptz '2021-11-22 16:00:00+00'
    from figures f
    join locality l on l.name = f.locality
    on conflict (locality_id, snapshot_date, role, lower(post_label)) do nothing
    returning id, locality_id, children, families, children_under_six_months, source
)
insert into caseload_history (caseload_snapshot_id, kind, recorded_at, recorded_by, children, families,
                              children_under_six_months, source)
select i.id, 'RECORDED', timestamptz '2021-11-22 16:00:00+00',
       case l.name when 'Newport' then 'newport.manager' else 'northormesby.manager' end,
       i.children, i.families, i.children_under_six_months, i.source
from inserted i
join locality l on l.id = i.locality_id;

with staffing (locality, role, posts) as (
    values ('North Ormesby', 'SOCIAL_WORKER', 3),
           ('Newport', 'SOCIAL_WORKER', 2),
           ('Newport', 'EARLY_HELP_SENIOR_PRACTITIONER', 2),
           ('North Ormesby', 'EARLY_HELP_SENIOR_PRACTITIONER', 1)
),
inserted as (
    insert into caseload_staffing (locality_id, role, posts)
    select l.id, s.role, s.posts
    from staffing s
    join locality l on l.name = s.locality
    on conflict (locality_id, role) do nothing
    returning id, locality_id, posts
)
insert into caseload_staffing_history (caseload_staffing_id, recorded_at, recorded_by, posts)
select i.id, timestamptz '2021-11-22 16:00:00+00',
       case l.name when 'Newport' then 'newport.manager' else 'northormesby.manager' end, i.posts
from inserted i
join locality l on l.id = i.locality_id;
