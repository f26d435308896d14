-- Marks for what the demo data invents (the panel papers do not give it), so every page that shows such an item can
-- say "Illustrative". Only the demo data (db/demo) sets them; anything recorded through the application is never
-- marked, so production data never shows the mark.
--   * plan_action: the action, its SMART details and its whole progress history;
--   * plan_review: the review (its date and notes);
--   * scrutiny_recommendation: its status, its progress updates and the day numbers of target and report-back dates
--     the paper gives as a month (the recommendation's text and the executive's response are the paper's);
--   * scrutiny_review.final_report_illustrative: the date of the final report;
--   * indicator: its tolerance, and its frequency where the papers do not give one;
--   * locality: its start date and partner organisations;
--   * indicator_series_note.illustrative: what the note says is invented (such as a figure's date where the papers
--     give only the meeting at which it was presented).
alter table plan_action add column illustrative boolean not null default false;
alter table plan_review add column illustrative boolean not null default false;
alter table scrutiny_recommendation add column illustrative boolean not null default false;
alter table scrutiny_review add column final_report_illustrative boolean not null default false;
alter table indicator add column tolerance_illustrative boolean not null default false;
alter table indicator add column frequency_illustrative boolean not null default false;
alter table locality add column illustrative boolean not null default false;

-- A note that holds for every figure of one indicator in one locality, such as which service's area the figures
-- cover (a Children's Centre that also serves other wards), shown wherever those figures are.
create table indicator_series_note (
    indicator_id   bigint         not null references indicator (id),
    locality_id    bigint         not null references locality (id),
    note           varchar(1000)  not null,
    illustrative   boolean        not null default false,
    constraint pk_indicator_series_note primary key (indicator_id, locality_id)
);
