-- Demo wards for roll-out planning (issue 15), demo profile only: Middlesbrough's 20 wards (2015 boundaries).
-- What the papers give: North Ormesby is "the most deprived ward in Middlesbrough" and 7.54% of its children and young
-- people receive early help, 3.83% are children in need, 6.62% are looked after (reference/001, presentation
-- 17 January 2022). Everything else here is ILLUSTRATIVE and marked so (ward.illustrative, ward_figure.illustrative):
-- populations, the other wards' deprivation ranks and percentages, and every quarterly crime and anti-social behaviour
-- rate (shaped so the pilots improve after 8 October 2019 a little faster than the rest, for the evaluation view).
-- Idempotent: wards, measures and figures that exist are left as they are.

insert into ward (name, population, children, illustrative)
values ('Acklam', 7600, 1500, true), ('Ayresome', 6900, 1600, true), ('Berwick Hills & Pallister', 9100, 2300, true),
       ('Brambles & Thorntree', 8400, 2200, true), ('Central', 9700, 1900, true), ('Coulby Newham', 9800, 2000, true),
       ('Hemlington', 6900, 1700, true), ('Kader', 6300, 1300, true), ('Ladgate', 6200, 1400, true),
       ('Linthorpe', 8600, 1500, true), ('Longlands & Beechwood', 8300, 2100, true), ('Marton East', 6100, 1200, true),
       ('Marton West', 6000, 1100, true), ('Newport', 9200, 2300, true), ('North Ormesby', 5100, 1500, true),
       ('Nunthorpe', 5600, 1100, true), ('Park', 8800, 1700, true), ('Park End & Beckfield', 8900, 2300, true),
       ('Stainton & Thornton', 3000, 600, true), ('Trimdon', 6600, 1400, true)
on conflict (name) do nothing;

update ward w set locality_id = l.id
from locality l
where l.ward = w.name and w.locality_id is null
  and not exists (select 1 from ward other where other.locality_id = l.id);

insert into ward_measure (code, name, unit, need_direction, period_months, source, position)
values ('deprivation-rank', 'Deprivation rank in Middlesbrough (1 = most deprived)', 'RANK', 'LOWER_MEANS_MORE_NEED', 12,
        'English Indices of Deprivation 2019, wards ranked within Middlesbrough', 10),
       ('crime-rate', 'Crime per 1,000 residents', 'RATE_PER_1000', 'HIGHER_MEANS_MORE_NEED', 3, 'Cleveland Police', 20),
       ('asb-rate', 'Anti-social behaviour incidents per 1,000 residents', 'RATE_PER_1000', 'HIGHER_MEANS_MORE_NEED', 3,
        'Cleveland Police', 30),
       ('looked-after', 'Children looked after (% of children)', 'PERCENTAGE', 'HIGHER_MEANS_MORE_NEED', 12,
        'Children''s Social Care', 40),
       ('early-help', 'Children and young people receiving early help (%)', 'PERCENTAGE', 'HIGHER_MEANS_MORE_NEED', 12,
        'Early Help', 50),
       ('children-in-need', 'Children in need (% of children)', 'PERCENTAGE', 'HIGHER_MEANS_MORE_NEED', 12,
        'Children''s Social Care', 60)
on conflict (code) do nothing;

-- Yearly figures: deprivation rank (2019) and the children's percentages (year from April 2021). people_count is the
-- number of children behind a percentage, so a small one can be suppressed.
with yearly (ward, rank, looked_after, early_help, in_need) as (
    values ('North Ormesby', 1, 6.62, 7.54, 3.83), ('Newport', 2, 4.10, 6.20, 3.10), ('Central', 3, 2.90, 4.80, 2.60),
           ('Berwick Hills & Pallister', 4, 3.60, 5.90, 3.30), ('Brambles & Thorntree', 5, 3.90, 6.40, 3.40),
           ('Longlands & Beechwood', 6, 2.70, 4.60, 2.50), ('Park End & Beckfield', 7, 2.50, 4.90, 2.40),
           ('Hemlington', 8, 2.80, 4.40, 2.70), ('Ayresome', 9, 1.90, 3.60, 1.90), ('Park', 10, 1.60, 3.10, 1.70),
           ('Trimdon', 11, 1.40, 2.90, 1.50), ('Ladgate', 12, 1.20, 2.60, 1.30), ('Kader', 13, 0.90, 2.10, 1.00),
           ('Linthorpe', 14, 0.80, 1.90, 0.90), ('Acklam', 15, 0.60, 1.60, 0.80), ('Coulby Newham', 16, 0.70, 1.70, 0.80),
           ('Marton East', 17, 0.40, 1.10, 0.50), ('Stainton & Thornton', 18, 0.50, 0.90, 0.50),
           ('Marton West', 19, 0.30, 0.80, 0.40), ('Nunthorpe', 20, 0.20, 0.60, 0.30)
), figures (ward, code, period, value, from_paper) as (
    select ward, 'deprivation-rank', date '2019-01-01', rank::numeric, ward = 'North Ormesby' from yearly
    union all select ward, 'looked-after', date '2021-04-01', looked_after, ward = 'North Ormesby' from yearly
    union all select ward, 'early-help', date '2021-04-01', early_help, ward = 'North Ormesby' from yearly
    union all select ward, 'children-in-need', date '2021-04-01', in_need, ward = 'North Ormesby' from yearly
)
insert into ward_figure (ward_id, ward_measure_id, period, value, people_count, illustrative, source_note)
select w.id, m.id, f.period, f.value,
       case when m.unit = 'PERCENTAGE' then round(f.value * w.children / 100)::integer end,
       not f.from_paper,
       case when f.from_paper then 'Presentation to the panel, 17 January 2022' end
from figures f
join ward w on w.name = f.ward
join ward_measure m on m.code = f.code
on conflict do nothing;

-- Quarterly crime and anti-social behaviour rates, April 2018 to June 2022 (17 quarters), all illustrative: a level
-- per ward, a seasonal wobble, a slow fall everywhere and a faster one in the pilots from October 2019.
with levels (ward, crime, asb) as (
    values ('North Ormesby', 58.0, 31.0), ('Newport', 44.0, 22.0), ('Central', 61.0, 24.0),
           ('Berwick Hills & Pallister', 33.0, 17.0), ('Brambles & Thorntree', 35.0, 18.5),
           ('Longlands & Beechwood', 29.0, 14.0), ('Park End & Beckfield', 27.0, 13.5), ('Hemlington', 38.0, 21.0),
           ('Ayresome', 24.0, 11.0), ('Park', 23.0, 10.5), ('Trimdon', 21.0, 9.5), ('Ladgate', 19.0, 8.5),
           ('Kader', 15.0, 6.5), ('Linthorpe', 22.0, 8.0), ('Acklam', 13.0, 5.5), ('Coulby Newham', 16.0, 7.0),
           ('Marton East', 10.0, 4.0), ('Stainton & Thornton', 9.0, 3.5), ('Marton West', 8.0, 3.0),
           ('Nunthorpe', 7.0, 2.5)
), quarters as (
    select q, (date '2018-04-01' + make_interval(months => 3 * q))::date as period from generate_series(0, 16) q
), figures (ward, code, period, value) as (
    select l.ward, m.code, q.period,
           round(((case m.code when 'crime-rate' then l.crime else l.asb end)
                 * (1 + 0.05 * sin(q.q * 1.7 + length(l.ward)))
                 * (1 - 0.004 * q.q)
                 * (case when l.ward in ('Newport', 'North Ormesby') and q.period >= date '2019-10-01'
                         then 1 - 0.012 * ((extract(year from age(q.period, date '2019-10-01')) * 12
                                           + extract(month from age(q.period, date '2019-10-01'))) / 3 + 1)
                         else 1 end))::numeric, 1)
    from levels l cross join quarters q cross join (values ('crime-rate'), ('asb-rate')) m (code)
)
insert into ward_figure (ward_id, ward_measure_id, period, value, illustrative)
select w.id, m.id, f.period, f.value, true
from figures f
join ward w on w.name = f.ward
join ward_measure m on m.code = f.code
on conflict do nothing;
