-- Demo scrutiny review and recommendations tracker (demo profile only).
--
-- Source: reference/002 (the executive's action plan of 12 July 2022, "Children & Young People's Social Care &
-- Services Scrutiny Panel – Locality Working from a Children's Services Perspective – Action Plan"), recommendations
-- a) to j) with the executive's response to each. The file is text extracted from a PDF table, so its columns are
-- interleaved and some words are split across lines or pages; each recommendation, comment, proposed action, post
-- title, budget cost and timescale below is put back together from it. Wording is kept as printed, slips included
-- (such as "based the outcome", "to ensure maximise reach", "promote and information sharing protocols"); only
-- line-break artefacts are mended ("roll- out" -> "roll-out", "acknowled ... ges" -> "acknowledges",
-- "£28.5k/ annum" -> "£28.5k/annum"). Where the extract has lost words, the comments at that recommendation say so.
--
-- How the paper's table becomes tracker rows:
--   * b) is one recommendation in two paragraphs, and the executive answered each paragraph separately (its own
--     comment, action, post, budget and timescale). The tracker keeps them as b(i) and b(ii); those labels are the
--     tracker's, the paper does not number them.
--   * g) is an opening sentence with two sub-parts, i) and ii). In the paper's table the comment ("This can only be
--     influenced not mandated") sits beside the opening sentence and one action (with its post, budget and
--     timescale) beside the two sub-parts together, so g holds the comment only and g(i) and g(ii) each hold that
--     same action.
--   * h) has a comment only: the paper gives it no action, post, budget or timescale.
--   * The "i)" between h) and j) is recommendation i, not a sub-part.
--   * Timescales keep the paper's words; a month and year ("December 2022", "Jan 2023", "by September 2022") also
--     gives the target date, the last day of that month. "To be determined by the Evaluation report" has no date.
--
-- The date of the final report is not in reference/: 26 April 2022 is the meeting at which the panel agreed its
-- draft final report and the recommendations for submission to the executive (the panel's published minutes of
-- that meeting, item 21/55).
--
-- The final report's date is not in reference/, so the review marks it illustrative (final_report_illustrative).
-- Statuses and progress updates from July 2022 to now are invented but modest, and name posts only; so are the day
-- numbers of target dates the paper gives as a month. Every recommendation is marked illustrative for them. They leave
-- exactly two items flagged whenever the demo database is built: j) (target date January 2023 passed, still in
-- progress: "Response overdue") and d) (the panel asked for a further report, due four weeks after the day this
-- file runs: "Report back due", with the default tracker.scrutiny.report-back-weeks of 6).
--
-- Idempotent (a Flyway repeatable migration runs again whenever this file changes): the review is added once
-- (ON CONFLICT on panel and topic); its recommendations, with their history, are added only while the review has
-- none, so a re-run never adds a second set. To see edits of this file in an existing demo database, start again
-- from empty (delete data/).

insert into scrutiny_review (panel, topic, final_report_on, response_on, created_at, created_by, final_report_illustrative)
values ($$Children and Young People's Social Care and Services Scrutiny Panel$$,
        $$Locality Working from a Children's Services Perspective$$,
        date '2022-04-26', date '2022-07-12', timestamptz '2022-04-26 17:00:00+01', 'scrutiny', true)
on conflict (panel, topic) do nothing;

-- g(i) and g(ii) share the one action the paper gives beside them both.
with g_action as (
    select $$Drawing on the work of the Prevention and Partnership Board the Children's Trust will bring together relevant community and voluntary organisations to establish where necessary and promote and information sharing protocols in locality working areas to support
• Access to a signposting directory,
• The co-ordination of programmes of activities and events to support children and families$$ as action
),
review as (
    select v.id
    from scrutiny_review v
    where v.panel = $$Children and Young People's Social Care and Services Scrutiny Panel$$
      and v.topic = $$Locality Working from a Children's Services Perspective$$
      and not exists (select 1 from scrutiny_recommendation r where r.scrutiny_review_id = v.id)
),
added as (
    insert into scrutiny_recommendation (scrutiny_review_id, reference, sort_key, text, response_comment, proposed_action,
                                         responsible_post, budget_text, budget_amount, timescale_text, target_date,
                                         report_back_on, status, created_at, illustrative)
    select review.id, v.reference, v.sort_key, v.text, v.response_comment, v.proposed_action, v.responsible_post,
           v.budget_text, v.budget_amount, v.timescale_text, v.target_date, v.report_back_on, v.status,
           timestamptz '2022-07-12 10:00:00+01', true
    from review
    cross join (values
        ('a', 100,
         $$The Panel supports the continuation of Locality Working in both Newport and North Ormesby and further supports the roll-out of the model to other areas of the town based on priority need, to be determined through demand analysis, community surveys and led by the evaluation report for consideration by the Executive.$$,
         $$The success of Locality working In Newport and North Ormesby is being evaluated however a decision has been made to roll the model out to Hemlington due to the level of crime and Anti-Social Behaviour in the area.$$,
         $$Determine the roll-out of the model of Locality Working into other areas of the town based the outcome of the evaluation report, demand analysis and community surveys.$$,
         'Director of Environment', 'No additional budget required', null::numeric,
         'To be determined by the Evaluation report', null::date, null::date, 'IN_PROGRESS'),
        -- b), first paragraph. The recommendation's text runs on to the paper's next row ("working area to ensure
        -- sufficient staffing allocations to meet demand."); the budget cell is split over two rows.
        ('b(i)', 201,
         $$In supporting the Locality Working model in Middlesbrough, the Panel recommends that discussions with senior managers and directors of finance within all public sector partner organisations takes place with a view to appropriately and proportionately funding each locality working area to ensure sufficient staffing allocations to meet demand.$$,
         $$The Children's Trust had an extraordinary meeting informing partner agencies about Locality Working so there is already some background knowledge about this model of working$$,
         $$Facilitate a workshop for senior representatives from partner agencies including voluntary agencies to determine the partnership's ambition to develop a joint approach to Locality Working.$$,
         'Head of Stronger Communities', 'No additional budget required', null, 'December 2022', date '2022-12-31', null, 'COMPLETED'),
        -- b), second paragraph. GARBLED in the extract: its two columns read "The Panel would further appropriate core
        -- structur within the locality teams Neighbourhood Manager and deputised for during absence/holidays." and
        -- "es are in place to ensure that rs are fully supported". Put together, that leaves out two pieces the
        -- extract does not contain: "recommend that" after "further", and "periods of" before "absence/holidays";
        -- both are as the panel's recommendation is worded in its published minutes.
        ('b(ii)', 202,
         $$The Panel would further recommend that appropriate core structures are in place within the locality teams to ensure that Neighbourhood Managers are fully supported and deputised for during periods of absence/holidays.$$,
         $$This part of the recommendation came from the fact that one of the locality managers was not available for a proportion of the time that panel considered Locality Working and therefore did not attend to present to members. An absence was considered to be of potential detriment to the particular project.$$,
         $$The Head of Stronger Communities responsibility for Locality Working ensures that there are robust cover arrangements when a Neighbourhood Manager is absent from a particular project.$$,
         'Head of Stronger Communities', 'No additional budget required', null, 'August 2022', date '2022-08-31', null, 'COMPLETED'),
        -- c) GARBLED in the extract: the recommendation's two columns are interleaved line by line ("The Panel
        -- acknowled / numbers of early help / Newport and North O / ..." then "cases in both / rmesby and notes / ...").
        -- Two pieces are missing altogether: "ges the high" (end of the first line) and "ideration be given to" (after
        -- "further analysis, cons"); the extract's "recommend ... is that" is read as "recommends that". The missing
        -- words are as the panel's recommendation is worded in its published minutes. The comment's bracket "(and soon
        -- in Hemlington" is never closed in the paper, and the budget cell ends with a stray "costs'" and no closing
        -- bracket: both kept as printed. No budget amount: the paper commits no additional budget, and £28.5k a year is
        -- the cost of each additional worker only if more resource is asked for; its words say so.
        ('c', 300,
         $$The Panel acknowledges the high numbers of early help cases in both Newport and North Ormesby and notes the views of the Early Help Practitioners that they feel there are not enough practitioners to meet demand. The Panel therefore recommends that, subject to further analysis, consideration be given to the number of Early Help workers allocated to each area.$$,
         $$One of the Early Help workers reporting to Scrutiny commented that EH capacity was needed. However, resources are finite and demands on EH have grown considerably throughout the town. NB the Youth Service provision in Newport and North Ormesby (and soon in Hemlington has now enhanced the EH provision. In addition across the town the amount of EH work held by the partnership at level 2 has significantly increased. EH is not just the local authority but an overall offer. This will need to be scheduled into the project plan for each locality area development$$,
         $$Early Help resources are allocated to Locality Working areas in proportion with the area's demand and the overall existing EH resource.$$,
         'Head of Prevention',
         $$No additional budget required for consideration purposes. (However, if additional resource is requested each additional worker would cost £28.5k/annum plus costs'$$,
         null, 'To be considered for existing partnerships by September 2022', date '2022-09-30', null, 'COMPLETED'),
        -- d) The paper's timescale column has a stray "M" beside the comment row and "March 2023" beside the action
        -- row: read as the one timescale, March 2023. The report back to the panel was first due with that timescale;
        -- the demo's progress updates then set a further report back relative to today (see the history below).
        ('d', 400,
         $$The Panel notes the impact data in respect of Children's Social Care Services within the localities and that the number of children looked after remains high. The Panel acknowledges that, whilst social workers have been in place for some time in the locality areas, they have only fairly recently been moved into one team to ensure consistency of approach and management oversight. The Panel, therefore, recommends that impact continues to be monitored and reported to the Panel in six months' time.$$,
         $$If the figure is reported to Panel in 6 months that will only provide a 4 month monitoring period due to the lead time for submitting reports therefore a longer timescale is proposed.$$,
         $$The number of children and young people in the care of the local authority who have a home address in a particular locality working area is tracked for a further six months and presented to scrutiny.$$,
         'Head of Children Looked After and Permanence', 'No additional finances required', null, 'March 2023',
         date '2023-03-31', current_date + 28, 'COMPLETED'),
        -- e) In the paper the action comes before the comment.
        ('e', 500,
         $$That Early Help Practitioners and the Social Workers be introduced to appropriate staff within each of the areas' schools to build up relationships and discuss children/families requiring support through regular dialogue and that the work of the locality teams is promoted and regularly discussed with school leadership teams.$$,
         $$Whilst school leaders can be encouraged and supported to have these discussions the local authority is not in a position to mandate them to do so.$$,
         $$Early help practitioners, social workers and school staff build on existing working relationships and working practices to improve outcomes for children with a social worker and supported by Early Help.$$,
         'Head of Achievement', 'No additional finances required', null, 'October 2023', date '2023-10-31', null, 'COMPLETED'),
        -- f) The action names a report back to the panel by May 2023: kept as the report-back date, 31 May 2023.
        ('f', 600,
         $$That school readiness and children's centre registrations continue to be monitored and promoted in a range of languages to ensure maximise reach and take up of nursery places to ensure that children are ready for school to optimise their learning potential.$$,
         null,
         $$School readiness and children's centre registrations continue to be monitored and promoted in a range of languages to ensure maximum reach and take up of nursery places to ensure that children are ready for school to optimise their learning potential and report to the Scrutiny Panel by May 2023$$,
         'Head of Achievement', 'No additional finances required', null, 'April 2023', date '2023-04-30', date '2023-05-31',
         'COMPLETED'),
        -- g) GARBLED in the extract: the opening sentence breaks off at a page break after "appropriate information
        -- sharing takes", and the next page starts with sub-part i). The rest of the sentence (probably "place" and
        -- a lead-in to the sub-parts) is not in the extract, so it is shown as "[…]" rather than guessed.
        ('g', 700,
         $$That relevant community and voluntary organisations, including schools, are equally involved in the locality teams and that appropriate information sharing takes […]$$,
         'This can only be influenced not mandated', null, null, null, null, null, null, null, 'COMPLETED'),
        ('g(i)', 701,
         $$That access to a 'signposting directory' of all services and organisations available to support families within the localities is available to all partners via the Neighbourhood Manager/a designated co-ordinator.$$,
         null,
         (select action from g_action),
         'Director of Education and Partnerships', 'No additional finances required', null, 'December 2022',
         date '2022-12-31', null, 'COMPLETED'),
        ('g(ii)', 702,
         $$That programmes of activities and events designed to support children and families are planned, discussed and co-ordinated in advance between partners within the localities to avoid unnecessary duplication and ensure those who need help and support receive it. (For example, that the Holiday Activity Fund (HAF) provision is co-ordinated in conjunction with Feast of Fun activity to maximise appropriate take-up and avoid duplication).$$,
         null,
         (select action from g_action),
         'Director of Education and Partnerships', 'No additional finances required', null, 'December 2022',
         date '2022-12-31', null, 'COMPLETED'),
        ('h', 800,
         $$That stronger links are made, through Public Health colleagues if and where appropriate, between primary care and acute care providers including GPs, mental health provision, midwife and health visiting services with improved referral pathways to Early Help and Children's Social Care Services where appropriate.$$,
         $$No issues or challenges have been raised but if so they would be managed as 'Business as usual'.$$,
         null, null, null, null, null, null, null, 'COMPLETED'),
        ('i', 900,
         $$Ensure that all partners are familiar with Middlesbrough's threshold of need document when making referrals to children's social care to improve the quality of referrals and ensure that the correct level of support can be determined and provided as quickly as possible and that the document be readily accessible via the Neighbourhood Manager/designated Co-ordinator.$$,
         $$Ofsted has not identified any issues with thresholds and if any are raised in the future they will be managed as 'Business as usual'.$$,
         'Provide additional training on thresholds to Neighbourhood Managers',
         'Head of Prevention', 'No additional budget required', null, 'December 2022', date '2022-12-31', null, 'COMPLETED'),
        -- j) The action is a report to scrutiny by the timescale, January 2023: kept as the report-back date too.
        ('j', 1000,
         $$The Panel considers that Locality Working in Middlesbrough should be better promoted and clearly branded to ensure that all partners, and the community, are aware of how it operates, who is involved and how to make contact. The Wigan Deal is a good example of this where each priority area has an 'our part' (the borough's public sector organisations and partners) and a 'your part' (residents) so that the principles of working together to achieve joint ambitions is realised with each partner aware of what is expected of them.$$,
         null,
         $$That the Locality Working Steering Group considers the branding and promoting of Locality Working across Middlesbrough and submits a report to scrutiny with its proposals.$$,
         'Director of Environment', 'No additional budget required', null, 'Jan 2023', date '2023-01-31', date '2023-01-31',
         'IN_PROGRESS')
    ) as v (reference, sort_key, text, response_comment, proposed_action, responsible_post, budget_text, budget_amount,
            timescale_text, target_date, report_back_on, status)
    returning id, reference, response_comment, proposed_action, responsible_post, budget_text, budget_amount,
              timescale_text, target_date
)
-- Each recommendation's history: added with the response on 12 July 2022 (not started), then the progress updates.
-- The last entry of each is the recommendation's state now (as inserted above).
insert into scrutiny_recommendation_history (scrutiny_recommendation_id, kind, recorded_at, recorded_by, update_on, note,
                                             old_status, status, response_comment, proposed_action, responsible_post,
                                             budget_text, budget_amount, timescale_text, target_date, report_back_on)
select a.id, e.kind, e.recorded_at, 'scrutiny', e.update_on, e.note, e.old_status, e.status, a.response_comment,
       a.proposed_action, a.responsible_post, a.budget_text, a.budget_amount, a.timescale_text, a.target_date,
       e.report_back_on
from added a
join (
    select r.reference, 'ADDED' as kind, timestamptz '2022-07-12 10:00:00+01' as recorded_at, null::date as update_on,
           null as note, null as old_status, 'NOT_STARTED' as status,
           case r.reference when 'd' then date '2023-03-31' when 'f' then date '2023-05-31' when 'j' then date '2023-01-31' end
               as report_back_on
    from (values ('a'), ('b(i)'), ('b(ii)'), ('c'), ('d'), ('e'), ('f'), ('g'), ('g(i)'), ('g(ii)'), ('h'), ('i'), ('j'))
         as r (reference)
    union all
    select p.reference, p.kind, p.recorded_at, p.update_on, p.note, p.old_status, p.status, p.report_back_on
    from (values
        ('h', 'PROGRESS', timestamptz '2022-07-12 11:00:00+01', date '2022-07-12',
         $$No action proposed: the response records that no issues or challenges have been raised, and any that are will be managed as business as usual. Closed.$$,
         'NOT_STARTED', 'COMPLETED', null::date),
        ('b(ii)', 'PROGRESS', timestamptz '2022-08-30 16:00:00+01', date '2022-08-30',
         $$Cover arrangements agreed: when a Neighbourhood Manager is absent, the other pilot area's Neighbourhood Manager deputises, with the Head of Stronger Communities overseeing both.$$,
         'NOT_STARTED', 'COMPLETED', null),
        ('d', 'PROGRESS', timestamptz '2022-09-20 16:00:00+01', date '2022-09-20',
         $$Tracking started: the number of children looked after who have a home address in each locality working area is counted every month.$$,
         'NOT_STARTED', 'IN_PROGRESS', date '2023-03-31'),
        ('c', 'PROGRESS', timestamptz '2022-09-27 16:00:00+01', date '2022-09-27',
         $$Early Help resources for the existing partnerships considered against each area's demand and the overall Early Help resource; the allocation is scheduled into each locality's project plan.$$,
         'NOT_STARTED', 'COMPLETED', null),
        ('a', 'PROGRESS', timestamptz '2022-10-18 16:00:00+01', date '2022-10-18',
         $$Locality working is starting in Hemlington, as decided before the response. Roll-out to further areas waits for the evaluation report, the demand analysis and the community surveys.$$,
         'NOT_STARTED', 'IN_PROGRESS', null),
        ('j', 'PROGRESS', timestamptz '2022-11-08 16:00:00+00', date '2022-11-08',
         $$The Locality Working Steering Group discussed branding and promotion, with the Wigan Deal as an example; proposals are being drafted.$$,
         'NOT_STARTED', 'IN_PROGRESS', date '2023-01-31'),
        ('f', 'PROGRESS', timestamptz '2022-11-15 16:00:00+00', date '2022-11-15',
         $$Children's Centre registrations are being promoted in several languages in both pilot areas; school readiness and registrations are monitored each term.$$,
         'NOT_STARTED', 'IN_PROGRESS', date '2023-05-31'),
        ('b(i)', 'PROGRESS', timestamptz '2022-11-22 16:00:00+00', date '2022-11-22',
         $$Workshop held with senior representatives of partner agencies, voluntary agencies included, on the partnership's ambition for a joint approach to Locality Working.$$,
         'NOT_STARTED', 'COMPLETED', null),
        ('i', 'PROGRESS', timestamptz '2022-12-06 16:00:00+00', date '2022-12-06',
         $$Training on the threshold of need document delivered to the Neighbourhood Managers, who keep the document available to partners.$$,
         'NOT_STARTED', 'COMPLETED', null),
        ('g(i)', 'PROGRESS', timestamptz '2022-12-13 16:00:00+00', date '2022-12-13',
         $$A signposting directory of services and organisations supporting families is available to all partners through the Neighbourhood Managers.$$,
         'NOT_STARTED', 'COMPLETED', null),
        ('g(ii)', 'PROGRESS', timestamptz '2022-12-13 16:05:00+00', date '2022-12-13',
         $$Partners in each locality plan holiday activities together; Holiday Activity Fund provision is co-ordinated with Feast of Fun from the Christmas 2022 programme.$$,
         'NOT_STARTED', 'COMPLETED', null),
        ('g', 'PROGRESS', timestamptz '2022-12-13 16:10:00+00', date '2022-12-13',
         $$Both parts delivered through the Children's Trust (see g(i) and g(ii)). Schools and voluntary organisations are encouraged to take part; they cannot be required to.$$,
         'NOT_STARTED', 'COMPLETED', null),
        ('e', 'PROGRESS', timestamptz '2023-01-24 16:00:00+00', date '2023-01-24',
         $$Early help practitioners and social workers introduced to staff of the schools in both pilot areas; school leaders encouraged to discuss the locality teams' work at their leadership meetings.$$,
         'NOT_STARTED', 'IN_PROGRESS', null),
        ('j', 'PROGRESS', timestamptz '2023-02-14 16:00:00+00', date '2023-02-14',
         $$The report to scrutiny has not been submitted yet: the branding proposals wait for the evaluation report.$$,
         'IN_PROGRESS', 'IN_PROGRESS', date '2023-01-31'),
        ('d', 'PROGRESS', timestamptz '2023-03-20 16:00:00+00', date '2023-03-20',
         $$Six months of figures presented to the panel.$$,
         'IN_PROGRESS', 'COMPLETED', date '2023-03-31'),
        ('f', 'PROGRESS', timestamptz '2023-05-22 16:00:00+01', date '2023-05-22',
         $$School readiness and Children's Centre registration figures reported to the panel.$$,
         'IN_PROGRESS', 'COMPLETED', date '2023-05-31'),
        ('e', 'PROGRESS', timestamptz '2023-10-17 16:00:00+01', date '2023-10-17',
         $$Regular dialogue between the locality teams and the schools' leadership teams is part of existing working practice in both areas.$$,
         'IN_PROGRESS', 'COMPLETED', null),
        ('d', 'PROGRESS', (current_date - 14 + time '16:00')::timestamptz, current_date - 14,
         $$The panel asked for the figures again, to see the trend since the social workers were brought into one team. A further report back is due at the panel's next meeting.$$,
         'COMPLETED', 'COMPLETED', date '2023-03-31'),
        ('d', 'RESPONSE', (current_date - 14 + time '16:05')::timestamptz, null, null,
         'COMPLETED', 'COMPLETED', current_date + 28)
    ) as p (reference, kind, recorded_at, update_on, note, old_status, status, report_back_on)
) e on e.reference = a.reference;
