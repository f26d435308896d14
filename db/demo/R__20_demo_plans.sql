-- Demo action plans, SMART actions with their history, and monthly plan reviews (demo profile only).
--
-- Drawn from the panel papers (reference/001 presentation 17 January 2022, reference/000 partners'
-- evidence early 2022, reference/004 children's services, reference/002 executive's action plan
-- 12 July 2022): Mini Police in both North Ormesby primary schools, alley makeovers with residents,
-- community awards designed by young people, the flying squad and named officers, daily joint
-- briefings and multi-agency patrols, Selective Landlord Licensing, Children's Centre registrations
-- promoted in several languages, joint warden and social care visits, the children and families
-- sub-group, Covid vaccine pop-ups, Holiday Activity Fund co-ordination, the signposting directory.
-- Other detail is invented but modest, so every action (with its history) and every review is marked illustrative
-- (plan_action.illustrative, plan_review.illustrative), and the pages say so. No personal data: staff appear only by post title, and no
-- child, family or resident is ever named.
--
-- Dates of recent and future actions are relative to current_date, so that whenever the demo database
-- is first built every RAG state (Complete, Green, Amber, Red, Not started) and an overdue review
-- appear in each pilot locality.
--
-- Idempotent (a Flyway repeatable migration runs again whenever this file changes):
--   * plans: one per locality and theme, ON CONFLICT DO NOTHING;
--   * plan leads: set only while a plan has no lead post yet, so a lead changed in the app is kept;
--   * actions: a plan's demo actions are added only while the plan has no actions at all, so a re-run
--     (even after an edit of this file) never adds a second set; history rows are written only for
--     actions inserted by the same statement (data-modifying CTE with RETURNING);
--   * reviews: a plan's demo reviews are added only while the plan has no reviews at all.
-- To see edits of this file in an existing demo database, start again from empty (delete data/).

-- 1. Nine action plans (one per theme of the template) for every locality that lacks them.
insert into action_plan (locality_id, plan_theme_id, title, position, objectives, lead_organisation, created_at)
select l.id, t.id, t.name, t.position, t.default_objectives, t.default_lead_organisation,
       case l.name
           when 'Newport' then timestamptz '2021-10-01 09:00:00+01'
           when 'North Ormesby' then timestamptz '2021-10-01 09:00:00+01'
           when 'Hemlington' then timestamptz '2022-07-12 09:00:00+01'
           else now()
       end
from locality l
cross join plan_theme t
where not exists (select 1 from action_plan p where p.locality_id = l.id and p.plan_theme_id = t.id)
order by l.id, t.position
on conflict (locality_id, plan_theme_id) do nothing;

-- 2. Plan leads: a post title and organisation, and the signed-in lead where there is a demo user.
update action_plan p
set lead_post = v.lead_post,
    lead_organisation = v.lead_organisation,
    lead_user_id = (select u.id from user_account u where u.username = v.lead_username)
from (values
    ('Newport', 1, 'Police Sergeant, Neighbourhood Policing Team', 'Cleveland Police', null),
    ('Newport', 2, 'Senior Social Worker (Review Team)', 'Children''s Social Care', 'socialcare.lead'),
    ('Newport', 3, 'Area Care Manager', 'Environment and Area Care', null),
    ('Newport', 4, 'Team Manager, Adult Social Care', 'Adult Social Care', null),
    ('Newport', 5, 'Assistant Team Manager, School Readiness', 'Early Help team', null),
    ('Newport', 6, 'Community Cohesion Manager', 'Cohesion and Migration team', null),
    ('Newport', 7, 'Public Health Practitioner', 'Public Health team', null),
    ('Newport', 8, 'Neighbourhood Housing Manager', 'Thirteen Housing', null),
    ('Newport', 9, 'Routes to Work Team Leader', 'DWP and Routes to Work', null),
    ('North Ormesby', 1, 'Police Sergeant, Neighbourhood Policing Team', 'Cleveland Police', 'police.lead'),
    ('North Ormesby', 2, 'Senior Social Worker (Review Team)', 'Children''s Social Care', 'socialcare.lead'),
    ('North Ormesby', 3, 'Area Care Manager', 'Environment and Area Care', null),
    ('North Ormesby', 4, 'Team Manager, Adult Social Care', 'Adult Social Care', null),
    ('North Ormesby', 5, 'Early Help Team Manager', 'Early Help team', null),
    ('North Ormesby', 6, 'Community Development Officer', 'Cohesion and Migration team', null),
    ('North Ormesby', 7, 'Public Health Practitioner', 'Public Health team', null),
    ('North Ormesby', 8, 'Neighbourhood Development Manager', 'Thirteen Housing', null),
    ('North Ormesby', 9, 'Work Coach Team Leader', 'DWP and Routes to Work', null),
    ('Hemlington', 1, 'Police Sergeant, Neighbourhood Policing Team', 'Cleveland Police', null),
    ('Hemlington', 2, 'Team Manager, Children''s Social Care', 'Children''s Social Care', null),
    ('Hemlington', 3, 'Area Care Manager', 'Environment and Area Care', null),
    ('Hemlington', 4, 'Team Manager, Adult Social Care', 'Adult Social Care', null),
    ('Hemlington', 5, 'Early Help Team Manager', 'Early Help team', null),
    ('Hemlington', 6, 'Community Development Officer', 'Cohesion and Migration team', null),
    ('Hemlington', 7, 'Public Health Practitioner', 'Public Health team', null),
    ('Hemlington', 8, 'Neighbourhood Housing Manager', 'Thirteen Housing', null),
    ('Hemlington', 9, 'Work Coach Team Leader', 'DWP and Routes to Work', null)
) as v (locality, theme_position, lead_post, lead_organisation, lead_username)
join locality l on l.name = v.locality
join plan_theme t on t.position = v.theme_position
where p.locality_id = l.id
  and p.plan_theme_id = t.id
  and p.lead_post is null;

-- 3 and 4. SMART actions and their history.
-- steps: the completion after each update, in order; notes: the commentary of each update. The last
-- step is the current completion. A CANCELLED action's last step is its cancellation. last_on is the
-- day of the last update; the updates are spread evenly from the start date to it.
-- The comment after each row is the RAG state it is meant to show when first built
-- (C Complete, G Green, A Amber, R Red, N Not started, X cancelled).
with demo (locality, theme_position, specific, measure, target_value, owner_post, partner, resources,
           objective_no, start_date, due_date, weight, status, last_on, steps, notes) as (values

-- North Ormesby: Making People Feel Safe (led by the police)
('North Ormesby'::text, 1::integer,
 'Deliver the six-week Mini Police programme in both North Ormesby primary schools, each ending with a whole-school assembly on responsibility and not taking part in anti-social behaviour'::text,
 'Mini Police programmes completed, with the closing assembly'::text, '2 programmes (12 sessions)'::text,
 'Police School Liaison Officer'::text, 'St Alphonsus'' Catholic Primary School; North Ormesby Primary Academy'::text,
 'Police School Liaison Officer time; Mini Police kit; school halls for the assemblies'::text,
 3::integer, date '2021-11-01', date '2022-03-31', 1::numeric, 'ACTIVE'::text, date '2022-03-25',
 array[15, 50, 70, 100]::integer[],
 array['Both schools agreed dates; school staff chose the pupils who would benefit most',
       'Six-week Mini Police programme delivered at St Alphonsus''; assembly to the whole school held',
       'Programme under way at North Ormesby Primary Academy (week 3 of 6)',
       'Six-week programme and whole-school assembly completed at North Ormesby Primary Academy']::text[]), -- C
('North Ormesby', 1,
 'Tackle the group behind the summer 2021 rise in anti-social behaviour: joint visits with council officers to issue warnings and acceptable behaviour contracts, and pursue offences through to prosecution',
 'Anti-social behaviour incidents recorded in the ward per month', 'Single figures a month (from a peak of 50)',
 'Police Sergeant, Neighbourhood Policing Team', 'Neighbourhood Safety Officers; Selective Landlord Licensing; Community Safety Wardens',
 'Neighbourhood officers and PCSOs; council-led anti-social behaviour contracts',
 1, date '2021-10-04', date '2022-01-31', 1, 'ACTIVE', date '2022-01-28',
 array[30, 60, 85, 100],
 array['Joint visits with Neighbourhood Safety Officers; warnings issued to the young people involved',
       'Acceptable behaviour contracts in place; incidents down to about 25 a month',
       'Main offender prosecuted and excluded from the ward; incidents still falling',
       'Incidents in single figures in January; action complete']), -- C
('North Ormesby', 1,
 'Hold a joint briefing every weekday at the North Ormesby Hub for police, street wardens and Neighbourhood Safety Officers, covering the last 24 hours'' incidents and young people at risk who go missing from home',
 'Weekdays with a joint briefing held', '95% of weekdays',
 'Police Sergeant, Neighbourhood Policing Team', 'Community Safety Wardens; Neighbourhood Safety Officers; Children''s Social Care',
 'Hub meeting room; 15 minutes a day of each team''s time',
 1, current_date - 140, current_date + 225, 1, 'ACTIVE', current_date - 6,
 array[10, 20, 30, 40],
 array['Briefings held every weekday; attendance log started',
       'Missing-from-home information now shared with wardens at each briefing',
       'Two briefings missed during a week when officers were abstracted; otherwise held daily',
       'On track: briefings held on 97% of weekdays so far']), -- G
('North Ormesby', 1,
 'Run targeted high-visibility multi-agency patrols in the anti-social behaviour hotspots identified at the daily briefings, on weekday evenings and at weekends',
 'Joint patrols completed (police with wardens or Neighbourhood Safety Officers)', '40 joint patrols',
 'Police Sergeant, Neighbourhood Policing Team', 'Community Safety Wardens; Neighbourhood Safety Officers; Youth Focus North East',
 'Neighbourhood officer, PCSO and warden shifts',
 1, current_date - 100, current_date + 100, 2, 'ACTIVE', current_date - 5,
 array[10, 20, 30, 35],
 array['Hotspots agreed at the daily briefing; first patrols done',
       'Eight joint patrols completed',
       'Officers abstracted to other areas for two weeks; patrols behind plan',
       '14 of 40 patrols done; extra weekend patrols planned to catch up']), -- A
('North Ormesby', 1,
 'Hold a monthly street surgery in each part of the ward so residents can meet their named officers and wardens and raise problems',
 'Street surgeries held', '12 surgeries',
 'Police Community Support Officer', 'Community Safety Wardens; Thirteen Housing',
 'PCSO and warden time; gazebo and leaflets',
 3, current_date - 150, current_date + 50, 1, 'ACTIVE', current_date - 12,
 array[10, 25, 40],
 array['First surgeries held near the Hub and on the main shopping street',
       'Three surgeries held; residents raised parking and drug dealing',
       'Two surgeries cancelled through staff shortages; behind plan and raised at DIG']), -- R (far behind)
('North Ormesby', 1,
 'Run two weeks of action on drug dealing and organised crime, agreed through the MARSOC meeting, with wardens and licensing officers gathering intelligence for the police',
 'Weeks of action completed, with intelligence passed to the police', '2 weeks of action',
 'Police Sergeant, Neighbourhood Policing Team', 'Community Safety Wardens; Selective Landlord Licensing; Thirteen Housing',
 'Neighbourhood Policing Team; warden and licensing officer time',
 1, current_date - 240, current_date - 20, 1, 'ACTIVE', current_date - 10,
 array[20, 50, 50],
 array['Partners agreed the first week of action at MARSOC',
       'First week of action delivered; intelligence reports passed to the police',
       'Second week of action postponed as officers were needed elsewhere; past due, new date to be set at MARSOC']), -- R (past due)
('North Ormesby', 1,
 'Deliver the Mini Police programme to the next cohort of pupils in both North Ormesby primary schools',
 'Mini Police programmes completed, with the closing assembly', '2 programmes (12 sessions)',
 'Police School Liaison Officer', 'St Alphonsus'' Catholic Primary School; North Ormesby Primary Academy',
 'Police School Liaison Officer time; Mini Police kit',
 3, current_date + 30, current_date + 150, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- North Ormesby: Better Outcomes for Children (led by the Senior Social Worker, Review Team)
('North Ormesby', 2,
 'Set up a children and families sub-group of the weekly multi-agency meeting, so that social work, early help, schools and the Children''s Centre discuss children''s needs apart from environmental issues',
 'Terms of reference agreed and the sub-group meeting monthly', 'Terms agreed; 6 meetings held',
 'Senior Social Worker (Review Team)', 'Early Help team; Education EMAT team; North Ormesby Children''s Centre',
 'Staff time; meeting room at the North Ormesby Hub',
 1, date '2022-02-01', date '2022-07-29', 1, 'ACTIVE', date '2022-07-22',
 array[20, 50, 80, 100],
 array['Terms of reference drafted and shared with partners',
       'Terms of reference agreed; first two meetings held',
       'Five meetings held, with all core partners attending',
       'Sixth meeting held; the sub-group is now part of the regular meeting cycle']), -- C
('North Ormesby', 2,
 'Introduce the locality social workers and early help practitioners to the designated safeguarding leads of both primary schools and agree a regular conversation about children who need support',
 'Schools with introductions made and a regular meeting agreed', '2 schools',
 'Senior Social Worker (Review Team)', 'St Alphonsus'' Catholic Primary School; North Ormesby Primary Academy; Early Help team',
 'Staff time',
 2, date '2022-07-18', date '2022-12-16', 1, 'ACTIVE', date '2022-12-09',
 array[50, 100],
 array['Introductions made at St Alphonsus''; half-termly meeting agreed',
       'Introductions made at North Ormesby Primary Academy; both schools now meet the locality team half-termly']), -- C
('North Ormesby', 2,
 'Brief every partner in the locality team on Middlesbrough''s threshold of need document so that referrals to Children''s Social Care are made at the right level',
 'Locality partner teams briefed on the threshold of need', '100% of partner teams',
 'Senior Social Worker (Review Team)', 'Multi-Agency Children''s Hub; Early Help team',
 'Briefing pack; a 45-minute slot at each team meeting',
 1, current_date - 210, current_date - 40, 1, 'ACTIVE', current_date - 45,
 array[30, 60, 85, 100],
 array['Briefing pack prepared with the Multi-Agency Children''s Hub',
       'Police, wardens and Thirteen Housing teams briefed',
       'Schools and the Children''s Centre briefed',
       'All partner teams briefed; a copy of the document left with the Neighbourhood Manager']), -- C
('North Ormesby', 2,
 'Track every month the number of children looked after with a home address in North Ormesby and report it to the Design and Implementation Group',
 'Monthly figure reported to DIG', '12 monthly reports',
 'Senior Social Worker (Review Team)', 'Children''s Social Care performance team',
 'Performance team report; DIG agenda slot',
 4, current_date - 200, current_date + 165, 0.5, 'ACTIVE', current_date - 9,
 array[15, 30, 45, 55],
 array['First monthly figure reported to DIG',
       'Three months reported; figure stable',
       'Five months reported; DIG asked for the trend against the town as a whole',
       'Report now shows the ward''s trend against the town average']), -- G
('North Ormesby', 2,
 'Make joint home visits with street wardens where social workers or early help practitioners need support to visit safely and to build trust with young people',
 'Requested joint visits carried out within 5 working days', '90% of requests',
 'Senior Social Worker (Review Team)', 'Community Safety Wardens; Neighbourhood Safety Officers',
 'Warden time booked through the daily briefing',
 1, current_date - 90, current_date + 90, 1, 'ACTIVE', current_date - 4,
 array[15, 30, 50],
 array['Request route agreed through the daily briefing',
       'All requested joint visits made within 5 working days this month',
       'On track: 18 joint visits made, all within 5 working days']), -- G
('North Ormesby', 2,
 'Run awareness sessions for parents and carers on child criminal and sexual exploitation with the Risk and Resilience team',
 'Sessions delivered', '4 sessions',
 'Senior Social Worker (Review Team)', 'Risk and Resilience team; Cleveland Police',
 'Risk and Resilience team time; room at the Hub',
 3, current_date - 120, current_date + 60, 1, 'ACTIVE', current_date - 14,
 array[25, 50],
 array['First session held at the Hub',
       'Second session held; third postponed as the room was not available, so behind plan']), -- A

-- North Ormesby: Environment and Area Care
('North Ormesby', 3,
 'Make over three back alleys with residents: clear-up by Area Care, then painting, planters and murals chosen and done by residents with the team',
 'Alleys made over with residents taking part', '3 alleys',
 'Area Care Supervisor', 'Residents; Thirteen Housing; Community Safety Wardens; Middlesbrough Environment City',
 'Area Care crew days; paint, planters and tools from the Thirteen community fund',
 3, date '2021-10-11', date '2022-03-31', 2, 'ACTIVE', date '2022-03-18',
 array[20, 45, 70, 100],
 array['Residents chose the first alley; clearance done by Area Care',
       'First alley makeover completed: painting and planters done by residents with the team',
       'Second alley completed; residents learned decorating and planting skills from the team',
       'Third alley completed; residents have agreed to look after the planters']), -- C
('North Ormesby', 3,
 'Use the flying squad to clear fly-tipping reported anywhere in the ward within two working days',
 'Fly-tipping reports cleared within two working days', '90% of reports',
 'Area Care Supervisor', 'Community Safety Wardens; Thirteen Housing',
 'Flying squad crew and vehicle',
 2, date '2021-10-04', date '2022-09-30', 1, 'ACTIVE', date '2022-09-23',
 array[25, 50, 75, 100],
 array['Flying squad in place; 86% of reports cleared within two working days',
       '91% cleared within two working days this quarter',
       '93% this quarter; repeat locations passed to enforcement',
       'Target met for the year: 92% of reports cleared within two working days']), -- C
('North Ormesby', 3,
 'Hold a monthly community litter pick with residents, schools and wardens, with Area Care collecting the bags',
 'Litter picks held', '10 litter picks',
 'Community Safety Warden', 'Residents; Middlesbrough Environment City; both primary schools',
 'Litter pickers, bags and hi-vis from Area Care',
 1, current_date - 150, current_date + 30, 1, 'ACTIVE', current_date - 7,
 array[20, 40, 60, 80],
 array['Two litter picks held with residents',
       'Four litter picks held; a primary school class joined one',
       'Six litter picks held',
       'Eight of ten litter picks held; good turnout from residents']), -- G
('North Ormesby', 3,
 'Search every reported fly-tip for evidence and take enforcement action where the source can be traced',
 'Reported fly-tips searched for evidence', '100% of reports',
 'Enforcement Officer, Environment', 'Community Safety Wardens',
 'Enforcement officer time; mobile CCTV camera',
 2, current_date - 60, current_date + 120, 1, 'ACTIVE', current_date - 6,
 array[15, 30],
 array['Evidence search on every reported fly-tip started',
       'Every reported fly-tip searched this month; four fixed penalty notices issued']), -- G
('North Ormesby', 3,
 'Fit alley gates in two back alleys where residents asked for them to stop fly-tipping and anti-social behaviour',
 'Alleys gated', '2 alleys',
 'Area Care Manager', 'Residents; Thirteen Housing; Cleveland Police',
 'Gating order; gate installation budget',
 1, current_date - 270, current_date - 30, 1, 'ACTIVE', current_date - 8,
 array[25, 50, 50],
 array['Consultation complete: residents in both alleys support gating',
       'Gates fitted in the first alley',
       'Second alley still waiting for the gating order; past due and raised at DIG']), -- R (past due)
('North Ormesby', 3,
 'Hold a week of action on environmental standards in the streets with most reports: bins left out, litter and fly-tipping',
 'Streets covered by the week of action', '8 streets',
 'Area Care Manager', 'Community Safety Wardens; Selective Landlord Licensing; Thirteen Housing',
 'Flying squad; warden and enforcement officer time',
 1, current_date + 40, current_date + 70, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- North Ormesby: Vulnerable Adults
('North Ormesby', 4,
 'Set up a monthly vulnerable adults group where partners share concerns and agree a lead worker for each adult at risk',
 'Monthly meetings held', '6 meetings',
 'Team Manager, Adult Social Care', 'Cleveland Police; Thirteen Housing; Community Safety Wardens; substance misuse service',
 'Staff time; the partners'' information sharing agreement',
 1, date '2021-10-04', date '2022-03-31', 1, 'ACTIVE', date '2022-03-24',
 array[35, 70, 100],
 array['Group set up; first two meetings held',
       'Four meetings held; a lead worker agreed for each adult discussed',
       'Six meetings held; the group now meets monthly as standard']), -- C
('North Ormesby', 4,
 'Run a weekly drop-in at the North Ormesby Hub with substance misuse, housing solutions and welfare advice workers',
 'Drop-ins held', '40 drop-ins',
 'Team Manager, Adult Social Care', 'Housing Solutions; substance misuse service; welfare advice service',
 'Hub room; one worker from each service for two hours a week',
 2, date '2022-01-10', date '2022-12-16', 1, 'ACTIVE', date '2022-12-15',
 array[25, 50, 75, 100],
 array['Weekly drop-in started at the Hub',
       '20 drop-ins held; welfare advice most asked for',
       '30 drop-ins held; a substance misuse worker now attends every week',
       '42 drop-ins held over the year; target met']), -- C
('North Ormesby', 4,
 'Refer adults at risk found on patrols, joint visits and door-knocking to Adult Social Care or the right service within two working days',
 'Concerns referred within two working days', '95% of concerns',
 'Team Manager, Adult Social Care', 'Community Safety Wardens; Cleveland Police; Thirteen Housing',
 'Referral form and route agreed with Adult Social Care',
 1, current_date - 120, current_date + 245, 1, 'ACTIVE', current_date - 10,
 array[10, 20, 30],
 array['Referral route agreed with Adult Social Care',
       'All concerns from patrols and visits referred within two working days this month',
       'On track: 96% of concerns referred within two working days']), -- G
('North Ormesby', 4,
 'Train frontline locality staff to recognise self-neglect, hoarding and financial abuse and to know how to refer',
 'Frontline staff trained', '30 staff',
 'Senior Practitioner, Adult Social Care', 'Community Safety Wardens; Thirteen Housing',
 'Safeguarding adults trainer; two half-day sessions',
 1, current_date - 100, current_date + 100, 1, 'ACTIVE', current_date - 15,
 array[15, 35],
 array['Training booked; first session held for wardens',
       'Eleven of 30 staff trained; second session postponed as the trainer was not available']), -- A
('North Ormesby', 4,
 'Agree a referral route with the Primary Care Network''s social prescribers for adults with poor mental health met by the locality team',
 'Referral route agreed and referrals made', 'Route agreed; 20 referrals',
 'Senior Practitioner, Adult Social Care', 'Primary Care Network; Public Health team',
 'Staff time',
 2, current_date - 45, current_date + 135, 1, 'ACTIVE', current_date - 5,
 array[10, 25],
 array['Met the Primary Care Network''s social prescribing lead',
       'Referral route agreed; first referrals made']), -- G

-- North Ormesby: Children, Families and School Readiness
('North Ormesby', 5,
 'Promote Children''s Centre registration in several community languages through leaflets, WhatsApp groups and faith and community groups',
 'New Children''s Centre registrations from families in the ward', '60 registrations',
 'Assistant Team Manager, School Readiness', 'Cohesion and Migration team; North Ormesby Children''s Centre; faith and community groups',
 'Translation of leaflets; Children''s Centre staff time',
 1, date '2022-08-01', date '2023-03-31', 2, 'ACTIVE', date '2023-03-24',
 array[30, 55, 80, 100],
 array['Registration leaflet translated into four community languages and shared in WhatsApp groups',
       '33 new registrations from North Ormesby families',
       '48 new registrations; faith groups helping to share the leaflet',
       '63 new registrations; target met and figures sent for the report to the Scrutiny Panel']), -- C
('North Ormesby', 5,
 'Co-ordinate the Holiday Activity Fund (HAF) summer provision in the ward with partners'' own activities, including Feast of Fun, so that there is one timetable and no duplication',
 'One shared summer timetable; HAF places offered', 'One timetable; 100% of places offered',
 'Early Help Team Manager', 'Youth Focus North East; Big Local; North Ormesby Children''s Centre; schools',
 'HAF funding; staff time',
 3, date '2022-05-03', date '2022-08-31', 1, 'ACTIVE', date '2022-08-26',
 array[40, 80, 100],
 array['Partners'' summer plans collected; overlaps with Feast of Fun found and removed',
       'One summer timetable published and shared with schools and partners',
       'Summer programme delivered; every HAF place offered to eligible children']), -- C
('North Ormesby', 5,
 'Contact every family that DWP data shows is eligible for funded two-year-old childcare and help them find and take up a place',
 'Eligible families contacted', '100% of eligible families',
 'Assistant Team Manager, School Readiness', 'DWP; local nurseries and childminders',
 'DWP eligibility list; interpretation service',
 2, current_date - 150, current_date + 30, 1, 'ACTIVE', current_date - 6,
 array[20, 45, 70, 85],
 array['DWP list received; contact started',
       '45% of eligible families contacted',
       '70% contacted; most wanted help to find a local place',
       '85% contacted; interpreter used for several calls']), -- G
('North Ormesby', 5,
 'Keep a signposting directory of all services and groups that support families in the locality, available to every partner through the Neighbourhood Manager',
 'Directory published and reviewed each quarter', 'Published; 4 quarterly reviews',
 'Neighbourhood Manager', 'Early Help team; Big Local; Together Middlesbrough & Cleveland',
 'Shared online document; staff time',
 3, current_date - 200, current_date + 165, 0.5, 'ACTIVE', current_date - 20,
 array[30, 40, 50],
 array['Directory drafted with partners and published to all locality partners',
       'First quarterly review done; 11 services added',
       'Second quarterly review done']), -- G
('North Ormesby', 5,
 'During Selective Landlord Licensing and Neighbourhood Safety visits, identify under-fives not registered with the Children''s Centre and, with the family''s consent, pass their details on',
 'Referrals to the Children''s Centre from visits', '40 referrals',
 'Assistant Team Manager, School Readiness', 'Selective Landlord Licensing; Neighbourhood Safety Officers',
 'Consent form; visiting officers'' time',
 1, current_date - 180, current_date + 60, 1, 'ACTIVE', current_date - 11,
 array[15, 30, 40],
 array['Visiting teams briefed on the consent form for Children''s Centre referrals',
       '12 referrals from visits',
       '16 referrals; few visits to families with under-fives this quarter; raised at DIG']), -- R (far behind)
('North Ormesby', 5,
 'Bring partners'' plans for the next school holidays into one timetable with the Holiday Activity Fund provision',
 'One shared holiday timetable published', '1 timetable',
 'Early Help Team Manager', 'Youth Focus North East; Big Local; schools',
 'HAF funding; staff time',
 3, current_date + 20, current_date + 80, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- North Ormesby: Community Resilience and Cohesion
('North Ormesby', 6,
 'Support young people to design and host a community awards event recognising how residents and businesses supported each other through the pandemic',
 'Awards event held, designed and hosted by young people', '1 event',
 'Community Development Officer', 'Youth Focus North East; Big Local',
 'Small grant for the venue and awards; youth worker time',
 3, date '2021-10-18', date '2021-12-17', 1, 'ACTIVE', date '2021-12-10',
 array[30, 70, 100],
 array['Young people formed a planning group and chose the award categories',
       'Nominations closed; young people booked the venue and planned the evening',
       'Community awards event designed and hosted by young people; strong turnout from residents and businesses']), -- C
('North Ormesby', 6,
 'Carry out the September 2022 wave of the residents'' survey on feeling safe, influence on decisions and community cohesion',
 'Survey completed and results reported', '1 survey wave reported',
 'Neighbourhood Manager', 'Community Safety Wardens; Thirteen Housing',
 'Warden time for the door-to-door survey; online form',
 1, date '2022-08-15', date '2022-10-31', 1, 'ACTIVE', date '2022-10-21',
 array[40, 100],
 array['Survey questions agreed; door-to-door survey with wardens under way',
       'Survey closed; results shared with the steering group']), -- C
('North Ormesby', 6,
 'Hold a quarterly community forum at the Hub where residents set priorities with the locality team and hear what was done',
 'Forums held', '4 forums',
 'Neighbourhood Manager', 'Big Local; Thirteen Housing; Cleveland Police',
 'Hub hall; refreshments',
 1, current_date - 200, current_date + 165, 1, 'ACTIVE', current_date - 25,
 array[25, 50],
 array['First quarterly forum held at the Hub; residents set three priorities',
       'Second forum held; progress on the priorities reported back']), -- G
('North Ormesby', 6,
 'Help community groups apply for small grants to run their own activities',
 'Groups supported with a grant application', '8 groups',
 'Community Development Officer', 'Big Local; Together Middlesbrough & Cleveland',
 'Development officer time',
 3, current_date - 75, current_date + 105, 1, 'ACTIVE', current_date - 8,
 array[13, 25, 38],
 array['One group supported with a small grant bid',
       'Two groups supported',
       'Three groups supported; one bid already successful']), -- G
('North Ormesby', 6,
 'Promote locality working with a clear "our part, your part" leaflet and social media, so residents know who is in the team and how to get in touch',
 'Households reached', '2,000 households',
 'Community Development Officer', 'Thirteen Housing; Communications team',
 'Print budget; communications officer time',
 1, current_date - 120, current_date + 60, 1, 'ACTIVE', current_date - 9,
 array[20, 35, 50],
 array['Leaflet designed with residents: what partners do and what residents can do',
       'Leaflet printed; delivered to about 700 households',
       '1,000 of 2,000 households reached; social media posts delayed']), -- A
('North Ormesby', 6,
 'Hold a community arts day with Mima''s Borderland Project, celebrating the ward''s cultures',
 'Arts day held', '1 event',
 'Community Cohesion Officer', 'Mima (Borderland Project); Cohesion and Migration team',
 'Arts funding bid; volunteer time',
 2, current_date - 150, current_date + 30, 1, 'CANCELLED', current_date - 40,
 array[20, 20],
 array['Artists and venue approached with Mima''s Borderland Project',
       'Cancelled: funding for the event was not confirmed; partners will look at a smaller event next year']), -- X

-- North Ormesby: Health and Wellbeing
('North Ormesby', 7,
 'Hold Covid vaccine pop-up clinics in the ward with the NHS vaccination team, promoted door-to-door by wardens',
 'Pop-up clinics held', '8 pop-ups',
 'Public Health Practitioner', 'NHS vaccination team; Primary Care Network; Community Safety Wardens',
 'Hub and community venues; vaccination team',
 3, date '2021-10-11', date '2022-03-31', 1, 'ACTIVE', date '2022-03-18',
 array[25, 50, 75, 100],
 array['Two vaccine pop-ups held at the Hub',
       'Four pop-ups held, one of them at a local place of worship',
       'Six pop-ups held; boosters offered',
       'Eight pop-ups held; target met']), -- C
('North Ormesby', 7,
 'Brief all locality staff on the self-harm pathway and where to get help for residents of any age',
 'Locality teams briefed', '100% of teams',
 'Public Health Practitioner', 'Mental health services; CAMHS',
 'Briefing pack; team meeting time',
 2, date '2022-03-01', date '2022-06-30', 1, 'ACTIVE', date '2022-06-24',
 array[50, 100],
 array['Briefing prepared with mental health services',
       'All locality teams briefed on the self-harm pathway']), -- C
('North Ormesby', 7,
 'Run a weekly stop-smoking drop-in at the Hub with the stop-smoking service',
 'Residents setting a quit date', '40 residents',
 'Public Health Practitioner', 'Stop-smoking service',
 'Stop-smoking adviser two hours a week',
 1, current_date - 90, current_date + 90, 1, 'ACTIVE', current_date - 7,
 array[15, 30, 45],
 array['First drop-in held at the Hub',
       '12 residents have set a quit date',
       '18 of 40 residents have set a quit date']), -- G
('North Ormesby', 7,
 'Train frontline locality staff in alcohol identification and brief advice',
 'Staff trained', '20 staff',
 'Public Health Practitioner', 'Alcohol and drug service',
 'Trainer from the alcohol and drug service',
 2, current_date - 210, current_date - 15, 1, 'ACTIVE', current_date - 9,
 array[30, 60],
 array['First course held; six staff trained',
       '12 of 20 staff trained; second course cancelled for low numbers, now past due']), -- R (past due)
('North Ormesby', 7,
 'Promote cancer screening at community events with the Primary Care Network',
 'Community events with screening information and help to book', '6 events',
 'Public Health Practitioner', 'Primary Care Network',
 'Screening information in community languages',
 3, current_date - 40, current_date + 140, 1, 'ACTIVE', current_date - 12,
 array[17],
 array['One of six events held: screening stand at the community forum']), -- G
('North Ormesby', 7,
 'Hold seasonal flu and Covid booster pop-up clinics at the Hub',
 'Pop-up clinics held', '4 pop-ups',
 'Public Health Practitioner', 'NHS vaccination team; Primary Care Network',
 'Hub room; vaccination team',
 3, current_date + 14, current_date + 100, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- North Ormesby: Housing and Empty Homes
('North Ormesby', 8,
 'Inspect privately rented homes licensed under Selective Landlord Licensing, starting with the streets where anti-social behaviour is reported',
 'Licensed properties inspected', '150 inspections',
 'Selective Landlord Licensing Officer', 'Cleveland Police; Community Safety Wardens',
 'Two licensing officers',
 2, date '2021-10-04', date '2022-09-30', 2, 'ACTIVE', date '2022-09-23',
 array[20, 45, 70, 100],
 array['32 licensed properties inspected',
       '68 inspected; hazards found are being followed up',
       '105 inspected',
       '152 inspected; target met']), -- C
('North Ormesby', 8,
 'Bring long-term empty homes back into use through owner contact, advice and, as a last resort, enforcement',
 'Long-term empty homes brought back into use', '15 homes',
 'Empty Homes Officer', 'Thirteen Housing; Selective Landlord Licensing',
 'Empty homes officer time; empty homes loans',
 1, date '2022-01-04', date '2022-12-16', 1, 'ACTIVE', date '2022-12-09',
 array[20, 47, 73, 100],
 array['3 empty homes back in use',
       '7 back in use',
       '11 back in use',
       '15 back in use; target met']), -- C
('North Ormesby', 8,
 'Follow up every licence-condition breach found at inspection until it is put right',
 'Breaches resolved within 28 days', '80% of breaches',
 'Selective Landlord Licensing Officer', 'Public Protection',
 'Licensing officer time',
 2, current_date - 150, current_date + 215, 1, 'ACTIVE', current_date - 9,
 array[10, 25, 40],
 array['Breach follow-up log set up',
       '78% of breaches resolved within 28 days',
       'On track: 82% resolved within 28 days']), -- G
('North Ormesby', 8,
 'Contact the owner of every home empty for more than two years and offer advice on letting, selling or an empty homes loan',
 'Owners contacted', '100% of owners',
 'Empty Homes Officer', 'Revenue and Benefits; Thirteen Housing',
 'Council tax data; empty homes officer time',
 1, current_date - 100, current_date + 100, 1, 'ACTIVE', current_date - 13,
 array[15, 35],
 array['Owners of homes empty for over two years identified from council tax records',
       '35% of owners contacted; tracing the owners of some homes is slow']), -- A
('North Ormesby', 8,
 'Hold a home-buying advice event with Thirteen Housing and local lenders for residents who want to buy in the ward',
 'Residents attending', '40 residents',
 'Neighbourhood Development Manager', 'Thirteen Housing; local lenders',
 'Hub hall; Thirteen sales team',
 3, current_date - 30, current_date + 60, 1, 'ACTIVE', current_date - 3,
 array[15, 30],
 array['Venue booked and lenders invited',
       'Event publicised; 12 residents booked so far']), -- G

-- North Ormesby: Employment, Skills and Financial Inclusion
('North Ormesby', 9,
 'Hold a weekly jobs and benefits drop-in at the Hub with DWP work coaches and Routes to Work',
 'Drop-ins held', '45 drop-ins',
 'Work Coach Team Leader', 'DWP; Routes to Work',
 'Work coach and Routes to Work adviser half a day a week',
 1, date '2021-11-01', date '2022-10-28', 1, 'ACTIVE', date '2022-10-21',
 array[25, 50, 75, 100],
 array['12 drop-ins held; nine residents started training',
       '25 drop-ins held',
       '37 drop-ins held',
       '48 drop-ins held; 31 residents into work or training over the year']), -- C
('North Ormesby', 9,
 'Help households in crisis apply for the Household Support Fund and council tax support',
 'Households helped to apply', '150 households',
 'Financial Inclusion Officer', 'Revenue and Benefits; Thirteen Housing',
 'Officer time; a slot at the Hub drop-in',
 2, date '2022-10-03', date '2023-03-31', 1, 'ACTIVE', date '2023-03-24',
 array[30, 60, 100],
 array['46 households helped to apply',
       '94 households helped',
       '158 households helped; target met']), -- C
('North Ormesby', 9,
 'Place residents in work experience, training or jobs through Routes to Work',
 'Residents placed', '25 residents',
 'Routes to Work Team Leader', 'DWP; local employers',
 'Routes to Work adviser',
 1, current_date - 120, current_date + 245, 1, 'ACTIVE', current_date - 10,
 array[12, 24, 32],
 array['Three residents started training',
       'Six residents in work experience or training',
       'Eight of 25 residents placed']), -- G
('North Ormesby', 9,
 'Hold cost-of-living advice sessions for parents at the primary schools and the Hub: benefit checks, energy advice and debt help',
 'Sessions held', '4 sessions',
 'Financial Inclusion Officer', 'Both primary schools; Citizens Advice',
 'Officer time; school rooms',
 2, current_date - 60, current_date + 60, 1, 'ACTIVE', current_date - 4,
 array[25, 50],
 array['Cost-of-living session held at St Alphonsus''',
       'Session held at North Ormesby Primary Academy; two more planned at the Hub']), -- G
('North Ormesby', 9,
 'Hold a jobs fair at the Hub with local employers and training providers',
 'Residents attending', '60 residents',
 'Work Coach Team Leader', 'DWP; Routes to Work; local employers',
 'Hub hall',
 1, current_date + 35, current_date + 42, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- Newport: Making People Feel Safe
('Newport', 1,
 'Give each part of the ward a named police officer and publicise who they are and how to contact them',
 'Beat areas with a publicised named officer', '4 beat areas',
 'Police Sergeant, Neighbourhood Policing Team', 'Community Safety Wardens; Communications team',
 'Posters and social media',
 3, date '2021-10-04', date '2021-12-17', 1, 'ACTIVE', date '2021-12-10',
 array[50, 100],
 array['Named officers agreed for each beat area',
       'Named officers publicised on posters at the Co-operative Buildings, in shops and on social media']), -- C
('Newport', 1,
 'Set up a daily joint briefing at the Co-operative Buildings for police, street wardens and Neighbourhood Safety Officers',
 'Daily briefing running with all core partners attending', '1 daily briefing',
 'Police Sergeant, Neighbourhood Policing Team', 'Community Safety Wardens; Neighbourhood Safety Officers; Thirteen Housing',
 'Meeting room at the Co-operative Buildings',
 1, date '2021-10-04', date '2021-11-30', 1, 'ACTIVE', date '2021-11-26',
 array[60, 100],
 array['Daily briefing running at the Co-operative Buildings with police and wardens',
       'Neighbourhood Safety and Thirteen Housing now attend; set-up complete']), -- C
('Newport', 1,
 'Run joint evening patrols of police, wardens and Neighbourhood Safety Officers along Linthorpe Road and the back streets where residents feel least safe after dark',
 'Joint evening patrols completed', '52 patrols',
 'Police Sergeant, Neighbourhood Policing Team', 'Community Safety Wardens; Neighbourhood Safety Officers',
 'Officer, PCSO and warden shifts',
 2, current_date - 180, current_date + 185, 2, 'ACTIVE', current_date - 5,
 array[10, 20, 30, 40, 50],
 array['First evening patrols on Linthorpe Road',
       '10 joint patrols done',
       '16 joint patrols done',
       '21 joint patrols done',
       '26 of 52 joint patrols done']), -- G
('Newport', 1,
 'Run evening youth outreach sessions where young people gather, to steer them away from anti-social behaviour and towards youth provision',
 'Outreach sessions held', '30 sessions',
 'Youth Outreach Team Leader', 'Youth Focus North East; Community Safety Wardens; Youth Service',
 'Two youth outreach workers',
 1, current_date - 120, current_date + 60, 1, 'ACTIVE', current_date - 6,
 array[17, 33, 50],
 array['Five sessions held',
       '10 sessions held',
       '15 of 30 sessions held; outreach team short-staffed for a month']), -- A
('Newport', 1,
 'Review street lighting and CCTV in the back streets where residents feel least safe after dark and agree improvements',
 'Review completed and improvements agreed', '1 review, with improvements costed',
 'Community Safety Manager', 'Cleveland Police; Street Lighting team; residents',
 'Engineer time; CCTV team',
 2, current_date - 200, current_date - 10, 1, 'ACTIVE', current_date - 4,
 array[30, 50, 70],
 array['Night-time walkabout with residents done; problem spots mapped',
       'Lighting survey done with street lighting engineers',
       'CCTV options costed; report to DIG not yet written, now past due']), -- R (past due)
('Newport', 1,
 'Hold a week of action on drug dealing and related anti-social behaviour, with wardens gathering intelligence and passing it to the police',
 'Week of action held; intelligence reports passed to the police', '1 week of action',
 'Community Safety Manager', 'Cleveland Police; Community Safety Wardens; Public Protection',
 'Warden and police time',
 1, current_date - 20, current_date + 40, 1, 'ACTIVE', current_date - 3,
 array[30],
 array['Week of action planned with the police and licensing; intelligence gathering started']), -- G

-- Newport: Better Outcomes for Children (led by the Senior Social Worker, Review Team)
('Newport', 2,
 'Move the Newport locality social workers'' caseloads so that they work only with children living in the ward',
 'Locality social workers'' cases from within Newport', '100% of cases',
 'Senior Social Worker (Review Team)', 'Children''s Social Care team managers',
 'Case transfer planning',
 1, date '2021-10-04', date '2022-06-30', 1, 'ACTIVE', date '2022-06-24',
 array[40, 70, 100],
 array['Cases outside the ward identified for transfer',
       'Most out-of-ward cases transferred under the One Team approach',
       'Both locality social workers now hold Newport cases only']), -- C
('Newport', 2,
 'Set up a monthly children and families sub-group for Newport, so that children''s needs are discussed apart from the environmental issues of the weekly meeting',
 'Sub-group meeting monthly', 'Terms agreed; 4 meetings held',
 'Senior Social Worker (Review Team)', 'Early Help team; Education EMAT team; West Middlesbrough Children''s Centre',
 'Staff time; room at the Co-operative Buildings',
 1, date '2022-03-01', date '2022-06-30', 1, 'ACTIVE', date '2022-06-24',
 array[40, 100],
 array['Terms of reference agreed with partners',
       'Sub-group meeting monthly with social work, early help, schools and the Children''s Centre']), -- C
('Newport', 2,
 'Track for six months the number of children looked after with a home address in Newport and report it to the Scrutiny Panel',
 'Months tracked and report presented', '6 months; 1 report',
 'Senior Social Worker (Review Team)', 'Children''s Social Care performance team',
 'Performance team report',
 4, date '2022-09-01', date '2023-03-31', 1, 'ACTIVE', date '2023-03-24',
 array[30, 60, 100],
 array['Monthly tracking of children looked after with a Newport address started',
       'Four months tracked; figure reported to DIG each month',
       'Six months tracked; report prepared for the Scrutiny Panel']), -- C
('Newport', 2,
 'Hold termly meetings between the locality social workers, early help practitioners and the leadership of each primary school in the ward about children who need support',
 'Termly meetings held', '12 termly meetings',
 'Senior Social Worker (Review Team)', 'Newport primary schools; Early Help team',
 'Staff time',
 2, current_date - 120, current_date + 245, 1, 'ACTIVE', current_date - 12,
 array[13, 33],
 array['First two termly meetings held',
       'First term complete: four of 12 meetings held']), -- G
('Newport', 2,
 'Offer a Family Group Conference to every family in the ward where a child is at risk of coming into care',
 'Family Group Conferences held', '10 conferences',
 'Senior Social Worker (Review Team)', 'Family Group Conference service; Early Help team',
 'Family Group Conference co-ordinator time',
 4, current_date - 150, current_date + 30, 2, 'ACTIVE', current_date - 8,
 array[20, 40, 60, 80],
 array['Two conferences held',
       'Four conferences held',
       'Six conferences held',
       'Eight of 10 conferences held']), -- G
('Newport', 2,
 'Make joint return visits, with street wardens, to young people who regularly go missing from home, within 72 hours of their return',
 'Return visits made jointly within 72 hours', '90% of returns',
 'Senior Social Worker (Review Team)', 'Community Safety Wardens; Cleveland Police; Risk and Resilience team',
 'Warden time; information from the daily briefing',
 3, current_date - 150, current_date + 50, 1, 'ACTIVE', current_date - 10,
 array[40, 45],
 array['Joint return visits started; wardens share sightings at the daily briefing',
       'Only half of return visits made jointly within 72 hours while warden cover is short; raised at DIG']), -- R (far behind)
('Newport', 2,
 'Deliver child criminal exploitation awareness sessions to Year 6 pupils with the Risk and Resilience team',
 'Schools with sessions delivered', '4 schools',
 'Senior Social Worker (Review Team)', 'Risk and Resilience team; Newport primary schools; Cleveland Police',
 'Risk and Resilience team time',
 3, current_date + 25, current_date + 120, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- Newport: Environment and Area Care
('Newport', 3,
 'Make over two back alleys with residents: clear-up by Area Care, then painting and planting done by residents with the team',
 'Alleys made over with residents taking part', '2 alleys',
 'Area Care Supervisor', 'Residents; Thirteen Housing; Community Safety Wardens',
 'Area Care crew days; paint and planters',
 3, date '2022-03-01', date '2022-07-29', 1, 'ACTIVE', date '2022-07-22',
 array[30, 60, 100],
 array['Residents chose two alleys; clearance done by Area Care',
       'First alley painted and planted with residents',
       'Second alley done; residents now look after both']), -- C
('Newport', 3,
 'Use the flying squad to clear fly-tipping reported anywhere in the ward within two working days',
 'Fly-tipping reports cleared within two working days', '90% of reports',
 'Area Care Supervisor', 'Community Safety Wardens; Thirteen Housing',
 'Flying squad crew and vehicle',
 2, date '2021-10-04', date '2022-09-30', 2, 'ACTIVE', date '2022-09-23',
 array[25, 50, 75, 100],
 array['84% of reports cleared within two working days',
       '89% this quarter',
       '92% this quarter',
       'Year-end figure 91%; target met']), -- C
('Newport', 3,
 'Tackle bins left on the street in the 12 worst streets: letters first, then notices and fines where bins stay out',
 'Streets compliant at follow-up', '12 streets',
 'Enforcement Officer, Environment', 'Community Safety Wardens; Thirteen Housing',
 'Enforcement officer and warden time',
 1, current_date - 90, current_date + 90, 1, 'ACTIVE', current_date - 5,
 array[25, 50],
 array['Letters delivered in all 12 streets',
       'Six of 12 streets compliant at follow-up; notices served in the rest']), -- G
('Newport', 3,
 'Hold monthly litter picks with residents, student volunteers and local businesses',
 'Litter picks held', '10 litter picks',
 'Community Safety Warden', 'Residents; student volunteers; local businesses',
 'Litter pickers and bags from Area Care',
 3, current_date - 200, current_date + 100, 1, 'ACTIVE', current_date - 9,
 array[20, 40, 60],
 array['Two litter picks held',
       'Four litter picks held; student volunteers joined',
       'Six of 10 litter picks held']), -- G
('Newport', 3,
 'Use mobile CCTV at fly-tipping hotspots and take enforcement action against offenders',
 'Cases taken to enforcement (fixed penalty or prosecution)', '12 cases',
 'Enforcement Officer, Environment', 'Community Safety Wardens; Cleveland Police',
 'Two mobile CCTV cameras',
 2, current_date - 150, current_date + 50, 1, 'ACTIVE', current_date - 7,
 array[17, 25, 33],
 array['Two cases taken to enforcement',
       'Three cases',
       'Four of 12 cases; one camera out of action for six weeks; raised at DIG']), -- R (far behind)
('Newport', 3,
 'Run community planting sessions with residents to green small spaces on the main streets',
 'Planting sessions held', '6 sessions',
 'Area Care Supervisor', 'Residents; Middlesbrough Environment City',
 'Plants and tools; Area Care time',
 3, current_date - 100, current_date + 100, 0.5, 'ACTIVE', current_date - 11,
 array[17, 33],
 array['First planting session held',
       'Two of six sessions held; third postponed because of the weather']), -- A

-- Newport: Vulnerable Adults
('Newport', 4,
 'Set up a monthly vulnerable adults group for Newport where partners share concerns and agree a lead worker for each adult at risk',
 'Monthly meetings held', '4 meetings',
 'Team Manager, Adult Social Care', 'Cleveland Police; Thirteen Housing; Community Safety Wardens',
 'Staff time; the partners'' information sharing agreement',
 1, date '2021-10-04', date '2022-01-31', 1, 'ACTIVE', date '2022-01-28',
 array[50, 100],
 array['Group set up; terms of reference agreed',
       'Four monthly meetings held; a lead worker agreed for every adult discussed']), -- C
('Newport', 4,
 'Run a weekly welfare advice surgery at the Co-operative Buildings, with an interpreter booked when needed',
 'Surgeries held', '40 surgeries',
 'Welfare Rights Officer', 'Revenue and Benefits; interpretation service',
 'Welfare rights officer half a day a week',
 2, date '2022-01-10', date '2022-12-16', 1, 'ACTIVE', date '2022-12-09',
 array[25, 50, 75, 100],
 array['10 surgeries held',
       '21 surgeries held',
       '32 surgeries held',
       '44 surgeries held; target met']), -- C
('Newport', 4,
 'Refer adults at risk found by wardens, patrols and door-knocking to Adult Social Care within two working days',
 'Concerns referred within two working days', '95% of concerns',
 'Team Manager, Adult Social Care', 'Community Safety Wardens; Cleveland Police',
 'Referral route agreed with Adult Social Care',
 1, current_date - 120, current_date + 245, 1, 'ACTIVE', current_date - 13,
 array[15, 25, 35],
 array['Referral route agreed',
       'All concerns referred within two working days this month',
       'On track: 97% of concerns referred within two working days']), -- G
('Newport', 4,
 'Run outreach sessions with the substance misuse service where people who use drugs or alcohol are known to gather',
 'Outreach sessions held', '24 sessions',
 'Senior Practitioner, Adult Social Care', 'Substance misuse service; Community Safety Wardens',
 'Outreach worker time',
 2, current_date - 60, current_date + 120, 1, 'ACTIVE', current_date - 6,
 array[13, 29],
 array['Three outreach sessions held',
       'Seven of 24 sessions held; five people have started treatment']), -- G
('Newport', 4,
 'Hold scams and doorstep crime awareness sessions for older and vulnerable residents with Trading Standards',
 'Sessions held', '3 sessions',
 'Team Manager, Adult Social Care', 'Trading Standards; Cleveland Police',
 'Trading Standards officer time',
 1, current_date + 15, current_date + 45, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- Newport: Children, Families and School Readiness
('Newport', 5,
 'Promote Children''s Centre registration in several languages, with leaflets and WhatsApp messages in the community languages most spoken in the ward',
 'New Children''s Centre registrations from Newport families', '120 registrations',
 'Assistant Team Manager, School Readiness', 'West Middlesbrough Children''s Centre; Cohesion and Migration team; faith and community groups',
 'Translation; Children''s Centre staff time',
 1, date '2022-08-01', date '2023-03-31', 2, 'ACTIVE', date '2023-03-24',
 array[25, 50, 75, 100],
 array['Registration leaflet translated into five community languages',
       '34 new registrations from Newport families',
       '78 new registrations; WhatsApp messages in community languages working well',
       '124 new registrations; target met and figures sent for the report to the Scrutiny Panel']), -- C
('Newport', 5,
 'Co-ordinate the Holiday Activity Fund (HAF) provision with Feast of Fun and partners'' summer activities so that they do not duplicate',
 'One shared summer timetable; HAF places offered', 'One timetable; 100% of places offered',
 'Early Help Team Manager', 'Feast of Fun providers; Youth Service; schools',
 'HAF funding; staff time',
 3, date '2022-05-03', date '2022-08-31', 1, 'ACTIVE', date '2022-08-26',
 array[50, 100],
 array['HAF and Feast of Fun timetables brought together; two clashes removed',
       'Summer programme delivered from one timetable; every HAF place offered']), -- C
('Newport', 5,
 'Explain funded nursery places to families who do not speak English, using interpreters at Children''s Centre contacts and visits',
 'Eligible two-year-olds taking up a funded place', '75%',
 'Assistant Team Manager, School Readiness', 'Interpretation service; West Middlesbrough Children''s Centre; nurseries',
 'Interpretation service; staff time',
 2, current_date - 200, current_date + 165, 1, 'ACTIVE', current_date - 10,
 array[15, 30, 40, 50],
 array['Interpreter booked for calls to families who do not speak English',
       'Take-up rising; cultural barriers discussed at the sub-group',
       'Take-up at 62%',
       'Take-up at 66%; on track']), -- G
('Newport', 5,
 'Keep a signposting directory of all services and groups that support families in Newport, available to every partner through the Neighbourhood Manager',
 'Directory published and reviewed each quarter', 'Published; 4 quarterly reviews',
 'Neighbourhood Manager', 'Early Help team; community and voluntary groups',
 'Shared online document',
 3, current_date - 150, current_date + 30, 0.5, 'ACTIVE', current_date - 14,
 array[40, 60, 80],
 array['Directory published to all partners',
       'Reviewed; nine services added',
       'Third quarterly review done']), -- G
('Newport', 5,
 'Run Chat, Play, Read, Sing sessions at community venues in Newport so that families do not have to travel to Whinney Banks',
 'Sessions held', '20 sessions',
 'Assistant Team Manager, School Readiness', 'West Middlesbrough Children''s Centre; community venues',
 'Early years worker time',
 2, current_date - 120, current_date + 60, 1, 'ACTIVE', current_date - 5,
 array[20, 35, 50],
 array['Four sessions held',
       'Seven sessions held',
       '10 of 20 sessions held; changes of venue slowed progress']), -- A
('Newport', 5,
 'Run three Play and Learn Together courses for families whose children have had their two-year health review',
 'Courses completed', '3 courses',
 'Assistant Team Manager, School Readiness', 'Health Visiting service',
 'Early years worker time; venue',
 2, current_date - 230, current_date - 20, 1, 'ACTIVE', current_date - 16,
 array[33, 67],
 array['First course completed',
       'Second course completed; third not started as no venue was free; past due']), -- R (past due)

-- Newport: Community Resilience and Cohesion
('Newport', 6,
 'Support young people to design and host a Newport community awards event recognising residents, groups and businesses who helped others through the pandemic',
 'Awards event held, designed and hosted by young people', '1 event',
 'Community Development Officer', 'Youth Focus North East; local businesses',
 'Small grant; youth worker time',
 3, date '2021-10-18', date '2022-01-28', 1, 'ACTIVE', date '2022-01-21',
 array[30, 60, 100],
 array['Planning group of young people formed with Youth Focus North East',
       'Young people chose the categories and ran the nominations',
       'Awards evening designed and hosted by young people; businesses and volunteers recognised']), -- C
('Newport', 6,
 'Carry out the September 2022 wave of the residents'' survey on feeling safe, influence on decisions and community cohesion',
 'Survey completed and results reported', '1 survey wave reported',
 'Neighbourhood Manager', 'Community Safety Wardens; Thirteen Housing',
 'Warden time for the door-to-door survey; online form',
 1, date '2022-08-15', date '2022-10-31', 1, 'ACTIVE', date '2022-10-21',
 array[40, 100],
 array['Survey questions agreed; door-to-door survey with wardens under way',
       'Survey closed; results shared with the steering group']), -- C
('Newport', 6,
 'Hold a quarterly residents'' forum at the Co-operative Buildings where residents set priorities with the locality team and hear what was done',
 'Forums held', '4 forums',
 'Neighbourhood Manager', 'Thirteen Housing; Cleveland Police; community groups',
 'Meeting room; refreshments',
 1, current_date - 200, current_date + 165, 1, 'ACTIVE', current_date - 22,
 array[25, 50],
 array['First forum held; residents chose lighting, fly-tipping and youth provision as priorities',
       'Second forum held; progress on the priorities reported back']), -- G
('Newport', 6,
 'Bring community, faith and voluntary groups into the monthly community resilience group',
 'Groups attending regularly', '12 groups',
 'Community Development Officer', 'Community and faith groups; Together Middlesbrough & Cleveland',
 'Development officer time',
 3, current_date - 90, current_date + 90, 1, 'ACTIVE', current_date - 8,
 array[25, 42, 58],
 array['Three groups attending',
       'Five groups attending',
       'Seven of 12 groups now attend']), -- G
('Newport', 6,
 'Set up a third-party hate crime reporting point at the Co-operative Buildings and train locality staff to take reports',
 'Reporting point open and staff trained', '1 reporting point; 10 staff trained',
 'Community Cohesion Officer', 'Cleveland Police; Cohesion and Migration team',
 'Training from Cleveland Police',
 2, current_date - 100, current_date + 100, 1, 'ACTIVE', current_date - 10,
 array[20, 35],
 array['Reporting point agreed at the Co-operative Buildings',
       'Four of 10 staff trained; date for training the rest not yet set']), -- A
('Newport', 6,
 'Hold a street festival celebrating Newport''s communities',
 'Festival held', '1 festival',
 'Community Cohesion Officer', 'Cohesion and Migration team; community groups; local businesses',
 'Events budget; road closure',
 2, current_date - 180, current_date - 30, 1, 'CANCELLED', current_date - 120,
 array[15, 15],
 array['Partners met to plan a street festival on Newport Road',
       'Cancelled: a road closure could not be agreed; partners will hold smaller street events instead']), -- X

-- Newport: Health and Wellbeing
('Newport', 7,
 'Hold Covid vaccine pop-up clinics in Newport with the NHS vaccination team, with interpreters for families who do not speak English',
 'Pop-up clinics held', '10 pop-ups',
 'Public Health Practitioner', 'NHS vaccination team; Primary Care Network; interpretation service',
 'Community venues; vaccination team',
 3, date '2021-10-11', date '2022-03-31', 1, 'ACTIVE', date '2022-03-25',
 array[30, 60, 100],
 array['Three pop-ups held, with interpreters at each',
       'Six pop-ups held',
       'Ten pop-ups held; target met']), -- C
('Newport', 7,
 'Run cook-on-a-budget courses for parents',
 'Courses completed', '3 courses',
 'Public Health Practitioner', 'Early Help team; community venues',
 'Kitchen at a community venue; ingredients',
 1, date '2022-04-04', date '2022-12-16', 1, 'ACTIVE', date '2022-12-09',
 array[33, 67, 100],
 array['First course completed',
       'Second course completed',
       'Third course completed; 31 parents took part over the three courses']), -- C
('Newport', 7,
 'Run free weekly family physical activity sessions in local parks and halls',
 'Sessions held', '30 sessions',
 'Public Health Practitioner', 'Middlesbrough Football Club Foundation; Youth Service',
 'Coach time; hall hire',
 1, current_date - 100, current_date + 80, 1, 'ACTIVE', current_date - 4,
 array[20, 40, 57],
 array['Six sessions held',
       '12 sessions held',
       '17 of 30 sessions held']), -- G
('Newport', 7,
 'Agree a referral pathway from the locality team to GP practices'' social prescribers and mental health support',
 'Referral pathway agreed and in use', 'Pathway agreed; 30 referrals',
 'Public Health Practitioner', 'Primary Care Network; mental health services',
 'Staff time',
 2, current_date - 180, current_date + 60, 1, 'ACTIVE', current_date - 12,
 array[20, 35],
 array['Met the Primary Care Network; draft pathway shared',
       'Pathway not yet agreed; five referrals made so far; raised at DIG']), -- R (far behind)
('Newport', 7,
 'Hold seasonal flu and Covid booster pop-up clinics, with interpreters',
 'Pop-up clinics held', '4 pop-ups',
 'Public Health Practitioner', 'NHS vaccination team; interpretation service',
 'Community venues',
 3, current_date + 20, current_date + 110, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- Newport: Housing and Empty Homes
('Newport', 8,
 'Bring long-term empty homes in Newport back into use through owner contact, advice and empty homes loans',
 'Long-term empty homes brought back into use', '20 homes',
 'Empty Homes Officer', 'Thirteen Housing; Revenue and Benefits',
 'Empty homes officer time; empty homes loans',
 1, date '2021-10-04', date '2022-09-30', 2, 'ACTIVE', date '2022-09-23',
 array[25, 50, 75, 100],
 array['Four homes back in use',
       'Nine homes back in use',
       '14 homes back in use',
       '20 homes back in use; target met']), -- C
('Newport', 8,
 'Inspect privately rented homes reported for disrepair and require landlords to put serious (category 1) hazards right',
 'Reported homes inspected', '100% of reports',
 'Environmental Health Officer, Public Protection', 'Community Safety Wardens; Thirteen Housing',
 'Public Protection officer time',
 2, date '2022-01-04', date '2022-12-16', 1, 'ACTIVE', date '2022-12-09',
 array[30, 60, 100],
 array['Reports from wardens and tenants logged and inspected',
       '19 serious hazards put right',
       '34 serious hazards put right; every report inspected']), -- C
('Newport', 8,
 'Inspect houses in multiple occupation jointly with Public Protection and Thirteen Housing, starting with those linked to complaints',
 'Houses in multiple occupation inspected', '40 inspections',
 'Environmental Health Officer, Public Protection', 'Thirteen Housing; Cleveland Fire Brigade',
 'Officer time',
 2, current_date - 150, current_date + 215, 1, 'ACTIVE', current_date - 9,
 array[10, 25, 40],
 array['Four inspections done',
       '10 inspections done',
       '16 of 40 inspections done']), -- G
('Newport', 8,
 'Bring ten more long-term empty homes back into use, starting with those causing most complaints',
 'Long-term empty homes brought back into use', '10 homes',
 'Empty Homes Officer', 'Thirteen Housing; Revenue and Benefits',
 'Empty homes loans; enforcement powers',
 1, current_date - 200, current_date + 100, 1, 'ACTIVE', current_date - 15,
 array[20, 30, 50],
 array['Two homes back in use',
       'Three homes back in use',
       'Five of 10 homes back in use; two owners not yet traced']), -- A
('Newport', 8,
 'Hold shared ownership and home-buying information events with Thirteen Housing',
 'Events held', '3 events',
 'Neighbourhood Housing Manager', 'Thirteen Housing',
 'Venue; Thirteen sales team',
 3, current_date - 30, current_date + 150, 1, 'ACTIVE', current_date - 6,
 array[33],
 array['First of three information events held']), -- G

-- Newport: Employment, Skills and Financial Inclusion
('Newport', 9,
 'Hold a weekly jobs and benefits drop-in at the Co-operative Buildings with DWP work coaches and Routes to Work',
 'Drop-ins held', '45 drop-ins',
 'Work Coach Team Leader', 'DWP; Routes to Work',
 'Work coach and Routes to Work adviser half a day a week',
 1, date '2021-11-01', date '2022-10-28', 1, 'ACTIVE', date '2022-10-21',
 array[25, 50, 75, 100],
 array['12 drop-ins held',
       '24 drop-ins held; interpreter now available for part of each session',
       '36 drop-ins held',
       '47 drop-ins held; 38 residents into work or training over the year']), -- C
('Newport', 9,
 'Help households in crisis apply for the Household Support Fund and council tax support',
 'Households helped to apply', '200 households',
 'Financial Inclusion Officer', 'Revenue and Benefits; Thirteen Housing',
 'Officer time; a slot at the drop-in',
 2, date '2022-10-03', date '2023-03-31', 1, 'ACTIVE', date '2023-03-24',
 array[35, 70, 100],
 array['70 households helped to apply',
       '140 households helped',
       '205 households helped; target met']), -- C
('Newport', 9,
 'Run English for Speakers of Other Languages (ESOL) courses linked to job search',
 'Learners completing a course', '36 learners',
 'Routes to Work Team Leader', 'Adult learning service; DWP',
 'ESOL tutor; room at the Co-operative Buildings',
 1, current_date - 150, current_date + 30, 1, 'ACTIVE', current_date - 7,
 array[33, 55, 80],
 array['First course started with 12 learners',
       'Second course started',
       '29 of 36 learners have completed or are on a course']), -- G
('Newport', 9,
 'Offer debt advice appointments at the Co-operative Buildings for households in financial crisis',
 'Households given debt advice', '60 households',
 'Financial Inclusion Officer', 'Citizens Advice; Thirteen Housing',
 'Debt adviser one day a week',
 2, current_date - 60, current_date + 120, 1, 'ACTIVE', current_date - 5,
 array[15, 35],
 array['Nine households given debt advice',
       '21 of 60 households given debt advice']), -- G
('Newport', 9,
 'Hold a jobs fair at the Co-operative Buildings with local employers and training providers',
 'Residents attending', '60 residents',
 'Work Coach Team Leader', 'DWP; Routes to Work; local employers',
 'Meeting hall; interpreters',
 1, current_date + 30, current_date + 40, 1, 'ACTIVE', null, '{}', '{}'), -- N

-- Hemlington (roll-out): early actions in three plans
('Hemlington', 1,
 'Complete a demand analysis of crime and anti-social behaviour in Hemlington to set the priorities of the roll-out',
 'Demand analysis completed and agreed', '1 analysis',
 'Community Safety Manager', 'Cleveland Police; Thirteen Housing',
 'Police and council data; analyst time',
 1, date '2022-07-18', date '2022-10-28', 1, 'ACTIVE', date '2022-10-21',
 array[50, 100],
 array['Police and community safety data gathered for the ward',
       'Demand analysis completed: anti-social behaviour around the local shops and open spaces is the top priority']), -- C
('Hemlington', 1,
 'Run joint patrols of police, wardens and youth workers around the local shops and open spaces where anti-social behaviour is reported',
 'Joint patrols completed', '40 patrols',
 'Police Sergeant, Neighbourhood Policing Team', 'Community Safety Wardens; Youth Service',
 'Officer and warden shifts',
 1, current_date - 60, current_date + 120, 1, 'ACTIVE', current_date - 6,
 array[15, 30],
 array['Six joint patrols done',
       '12 of 40 joint patrols done']), -- G
('Hemlington', 1,
 'Set up a weekly joint briefing for police, wardens and Thirteen Housing in Hemlington',
 'Weekly briefings held', '28 weekly briefings',
 'Community Safety Manager', 'Cleveland Police; Community Safety Wardens; Thirteen Housing',
 'Meeting room; staff time',
 3, current_date - 100, current_date + 100, 1, 'ACTIVE', current_date - 9,
 array[18, 36],
 array['Five briefings held',
       '10 of 28 briefings held; several missed while the team was short-staffed']), -- A
('Hemlington', 3,
 'Hold litter picks with residents and young people in the open spaces picked out by the demand analysis',
 'Litter picks held', '8 litter picks',
 'Community Safety Warden', 'Residents; Youth Service; Thirteen Housing',
 'Litter pickers and bags from Area Care',
 3, current_date - 45, current_date + 135, 1, 'ACTIVE', current_date - 10,
 array[25],
 array['Two of eight litter picks done with residents and the Youth Service']), -- G
('Hemlington', 6,
 'Carry out a residents'' survey in Hemlington on feeling safe, influence on decisions and community cohesion',
 'Survey completed and results reported', '1 survey wave reported',
 'Community Development Officer', 'Community Safety Wardens; Thirteen Housing',
 'Warden time for the door-to-door survey; online form',
 1, current_date + 14, current_date + 75, 1, 'ACTIVE', null, '{}', '{}') -- N
),
target as (
    select d.*,
           p.id as plan_id,
           coalesce(nullif(split_part(p.objectives, chr(10), d.objective_no), ''), p.title) as objective,
           coalesce(d.steps[cardinality(d.steps)], 0) as completion,
           least(greatest(d.start_date - 3, (p.created_at at time zone 'Europe/London')::date),
                 current_date - 2) as created_on,
           case
               when d.locality = 'North Ormesby' and d.theme_position = 1 then 'police.lead'
               when d.locality in ('Newport', 'North Ormesby') and d.theme_position = 2 then 'socialcare.lead'
               when d.locality = 'Newport' then 'newport.manager'
               when d.locality = 'North Ormesby' then 'northormesby.manager'
               else 'head'
           end as recorder
    from demo d
    join locality l on l.name = d.locality
    join plan_theme t on t.position = d.theme_position
    join action_plan p on p.locality_id = l.id and p.plan_theme_id = t.id
    where not exists (select 1 from plan_action a where a.action_plan_id = p.id)
),
inserted as (
    insert into plan_action (action_plan_id, specific, measure, target_value, owner_post, partner, resources,
                             relevant_objective, start_date, due_date, weight, status, completion, created_at, version,
                             illustrative)
    select plan_id, specific, measure, target_value, owner_post, partner, resources,
           objective, start_date, due_date, weight, status, completion,
           (created_on + time '09:15') at time zone 'Europe/London',
           cardinality(steps), true
    from target
    order by plan_id, start_date, specific
    returning id, action_plan_id, specific
)
insert into action_history (plan_action_id, kind, recorded_at, recorded_by, old_completion, completion, weight,
                            status, start_date, due_date, commentary)
select i.id, h.kind, h.recorded_at, t.recorder, h.old_completion, h.completion, t.weight,
       h.status, t.start_date, t.due_date, h.commentary
from inserted i
join target t on t.plan_id = i.action_plan_id and t.specific = i.specific
cross join lateral (
    select 'CREATED' as kind,
           (t.created_on + time '09:15') at time zone 'Europe/London' as recorded_at,
           null::integer as old_completion,
           0 as completion,
           'ACTIVE' as status,
           'Action added to the plan' as commentary,
           0::bigint as step
    union all
    select case when t.status = 'CANCELLED' and s.step = cardinality(t.steps) then 'CANCELLED' else 'PROGRESS' end,
           (t.start_date + ((t.last_on - t.start_date) * s.step / cardinality(t.steps))::integer
                + time '10:00' + make_interval(mins => 35 * s.step::integer)) at time zone 'Europe/London',
           coalesce(t.steps[s.step::integer - 1], 0),
           s.completion,
           case when t.status = 'CANCELLED' and s.step = cardinality(t.steps) then 'CANCELLED' else 'ACTIVE' end,
           s.note,
           s.step
    from unnest(t.steps, t.notes) with ordinality as s (completion, note, step)
) h
order by i.id, h.step;

-- 6. Monthly plan reviews from late 2021 (Hemlington from its roll-out in 2022) to last month.
-- Each plan's last review is in the last calendar month, except Newport "Housing and Empty Homes"
-- (last reviewed three months ago) and North Ormesby "Vulnerable Adults" (two months ago), which are
-- review overdue. No review in August before last month (summer break). Hemlington plans that have no
-- actions yet were reviewed only in the last three months.
with plan_scope as (
    select p.id as plan_id, l.name as locality, t.position as theme_position,
           case
               when l.name in ('Newport', 'North Ormesby') then date '2021-11-01'
               when t.position in (1, 3, 6) then date '2022-08-01'
               else (date_trunc('month', current_date) - interval '3 months')::date
           end as first_month,
           (date_trunc('month', current_date) - interval '1 month'
               - case
                     when l.name = 'Newport' and t.position = 8 then interval '2 months'
                     when l.name = 'North Ormesby' and t.position = 4 then interval '1 month'
                     else interval '0 months'
                 end)::date as last_month,
           case
               when l.name = 'North Ormesby' and t.position = 1 then 'police.lead'
               when l.name in ('Newport', 'North Ormesby') and t.position = 2 then 'socialcare.lead'
               when l.name = 'Newport' then 'newport.manager'
               when l.name = 'North Ormesby' then 'northormesby.manager'
               else 'head'
           end as recorder
    from action_plan p
    join locality l on l.id = p.locality_id
    join plan_theme t on t.id = p.plan_theme_id
    where l.name in ('Newport', 'North Ormesby', 'Hemlington')
      and t.position between 1 and 9
      and not exists (select 1 from plan_review r where r.action_plan_id = p.id)
),
months as (
    select s.*, m::date as month_start,
           (extract(year from m) * 12 + extract(month from m))::integer as month_no
    from plan_scope s
    cross join lateral generate_series(s.first_month, s.last_month, interval '1 month') as m
    where extract(month from m) <> 8 or m::date = s.last_month
),
dated as (
    select mo.*,
           mo.month_start + (7 + mo.theme_position + case when mo.locality = 'North Ormesby' then 1 else 0 end) as day0
    from months mo
),
reviews as (
    select d.*,
           d.day0 + case extract(isodow from d.day0) when 6 then 2 when 7 then 1 else 0 end as reviewed_on
    from dated d
)
insert into plan_review (action_plan_id, reviewed_on, notes, recorded_by, recorded_at, illustrative)
select r.plan_id,
       r.reviewed_on,
       case
           when r.locality = 'Hemlington' and r.theme_position not in (1, 3, 6) then
               'Objectives confirmed at the Hemlington steering group; actions still to be agreed with partners'
           else (case r.theme_position
               when 1 then array['Actions reviewed with the Neighbourhood Policing Team; anti-social behaviour figures discussed',
                                 'Patrol and briefing arrangements checked; no changes needed',
                                 'Hotspots reviewed against the daily briefing log',
                                 'Progress updated; officer abstractions noted as a risk',
                                 'Resident feedback on feeling safe discussed; actions updated']
               when 2 then array['Actions reviewed with social work and early help colleagues',
                                 'Caseloads and children looked after figures discussed',
                                 'School links and joint visits reviewed; no escalations',
                                 'Progress updated; early help capacity noted as a pressure',
                                 'Exploitation risks reviewed with the Risk and Resilience team']
               when 3 then array['Fly-tipping and cleansing figures reviewed',
                                 'Alley projects and litter picks reviewed with residents'' feedback',
                                 'Enforcement cases reviewed; hotspots updated',
                                 'Progress updated; no escalations',
                                 'Environmental working group actions reviewed']
               when 4 then array['Vulnerable adults group actions reviewed',
                                 'Timeliness of referrals checked',
                                 'Drop-in attendance reviewed',
                                 'Progress updated; no escalations',
                                 'Training and referral routes reviewed']
               when 5 then array['Children''s Centre registrations reviewed',
                                 'School readiness and take-up of funded places reviewed',
                                 'Holiday activity co-ordination discussed with partners',
                                 'Progress updated; no escalations',
                                 'Changes to the signposting directory agreed']
               when 6 then array['Community forum priorities reviewed',
                                 'Community groups'' activity reviewed',
                                 'Progress updated; no escalations',
                                 'Cohesion issues raised by partners discussed',
                                 'Plans for engaging residents reviewed']
               when 7 then array['Health activity and uptake reviewed with Public Health',
                                 'Vaccination and screening uptake reviewed',
                                 'Progress updated; no escalations',
                                 'Self-harm and alcohol actions reviewed',
                                 'Links with the Primary Care Network discussed']
               when 8 then array['Licensing inspections and follow-ups reviewed',
                                 'Empty homes list reviewed',
                                 'Progress updated; no escalations',
                                 'Disrepair and hazard cases reviewed',
                                 'Home ownership and sales activity discussed with Thirteen Housing']
               else array['Drop-in numbers and outcomes reviewed',
                          'Support for households in financial crisis reviewed',
                          'Progress updated; no escalations',
                          'Training and work placements reviewed with Routes to Work',
                          'Cost-of-living support discussed']
           end)[((r.month_no + r.theme_position) % 5) + 1]
       end,
       r.recorder,
       (r.reviewed_on + time '15:30') at time zone 'Europe/London',
       true
from reviews r
order by r.plan_id, r.reviewed_on;
