-- The executive's decision on a recommendation (accepted, partly accepted or rejected, with reasons) and the panel's
-- agreement to close it (the meeting, in words, and the date it agreed), kept on the recommendation and, like the
-- rest of its state, in every history row. A rejected response is what the status Not accepted means, so the two go
-- together; a recommendation recorded before the decision was (decision null) may be Not accepted without one.
alter table scrutiny_recommendation
    add column decision          varchar(20),
    add column decision_reasons  varchar(4000),
    add column closure_meeting   varchar(300),
    add column closure_agreed_on date,
    add constraint ck_scrutiny_recommendation_decision
        check (decision is null or decision in ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED')),
    -- Partly accepted and rejected responses say why.
    add constraint ck_scrutiny_recommendation_decision_reasons
        check (decision is null or decision = 'ACCEPTED' or decision_reasons is not null),
    add constraint ck_scrutiny_recommendation_decision_status
        check ((decision = 'REJECTED') = (status = 'NOT_ACCEPTED') or decision is null),
    -- The panel's agreement is the meeting and the date together, and only a closed recommendation has one.
    add constraint ck_scrutiny_recommendation_closure
        check ((closure_meeting is null) = (closure_agreed_on is null)
               and (closure_meeting is null or status in ('COMPLETED', 'NOT_ACCEPTED')));

alter table scrutiny_recommendation_history
    add column decision          varchar(20),
    add column decision_reasons  varchar(4000),
    add column closure_meeting   varchar(300),
    add column closure_agreed_on date,
    add constraint ck_scrutiny_history_decision
        check (decision is null or decision in ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED')),
    add constraint ck_scrutiny_history_decision_reasons
        check (decision is null or decision = 'ACCEPTED' or decision_reasons is not null),
    add constraint ck_scrutiny_history_closure
        check ((closure_meeting is null) = (closure_agreed_on is null)
               and (closure_meeting is null or status in ('COMPLETED', 'NOT_ACCEPTED')));
