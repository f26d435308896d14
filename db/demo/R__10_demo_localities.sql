-- Demo localities from the panel papers (reference/003 minutes 21 September 2021, reference/001
-- presentation 17 January 2022, reference/000 minutes early 2022, reference/002 action plan 12 July 2022).
-- Hemlington's start date (the day of the executive's action plan) and its partners are invented, so it is marked
-- illustrative (the papers say only that the model rolls out there from 2022).
-- Idempotent: an existing locality of the same name is left as it is.
insert into locality (name, ward, status, start_date, base, neighbourhood_manager, staff_count, funding_notes,
                      partner_organisations, illustrative)
values
    ('Newport', 'Newport', 'PILOT', date '2019-10-08', 'Co-operative Buildings, Linthorpe Road',
     'Neighbourhood Manager (Middlesbrough Council contract of employment)', 43,
     'Pilot approved by the Executive on 8 October 2019; team co-located from October 2021. Thirteen Housing part funds the Neighbourhood Manager post; the post holder was already employed by Middlesbrough Council.',
     array['Environment/Area Care', 'Community Safety', 'Public Protection', 'Education EMAT team',
           'Adult Social Care', 'Early Help team', 'Children Social Care Social Workers', 'Revenue and Benefits',
           'Public Health team', 'Thirteen Housing', 'Cleveland Police'], false),
    ('North Ormesby', 'North Ormesby', 'PILOT', date '2019-10-08', 'North Ormesby Hub',
     'Neighbourhood Manager (Thirteen Housing contract of employment)', 24,
     'Pilot approved by the Executive on 8 October 2019; team co-located from October 2021. The existing Neighbourhood Manager post is funded 50/50 by Thirteen Housing and Middlesbrough Council.',
     array['Environment/Area Care', 'Community Safety Wardens', 'Selective Landlord Licensing', 'Education EMAT team',
           'Adult Social Care incl. Housing solutions, Substance Misuse and Welfare Advice', 'Cleveland Police',
           'Public Protection', 'Revenue and Benefits', 'Early Help team', 'Public Health team', 'Thirteen Housing',
           'Children Social Care Social Workers', 'DWP and Routes to Work', 'Cohesion and Migration team', 'Big Local',
           'Children''s Centre', 'Mima (Borderland Project)', 'You''ve Got This Team',
           'Youth Focus North East (Youth Outreach)', 'Together Middlesbrough & Cleveland',
           'Middlesbrough Environment City'], false),
    ('Hemlington', 'Hemlington', 'ROLL_OUT', date '2022-07-12', null, null, null,
     'Roll-out of the model from 2022, chosen for the level of crime and anti-social behaviour in the area (executive''s action plan, 12 July 2022).',
     array['Cleveland Police', 'Thirteen Housing', 'Youth Service'], true)
on conflict do nothing;
