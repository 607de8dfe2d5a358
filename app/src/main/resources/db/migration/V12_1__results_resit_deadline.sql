-- Re-sit deadlines (X6): after a partial success or a failure, a trained candidate may sit again within one year of
-- the session's end. One row per candidate and session, written when the authority validates the session's reports
-- (the results are then official), from the countersigned general PV; names and codes are copied so that the
-- centre-wide list is one query. A row is closed (resat_session_id) when the candidate has validated results again
-- for the same title at a later session.
create table resit_deadline (
    id                 bigserial    primary key,
    centre_id          bigint       not null references centre (id),
    session_id         bigint       not null references exam_session (id),
    session_number     varchar(20)  not null,
    title_id           bigint       not null references title (id),
    title_code         varchar(20)  not null,
    candidate_id       bigint       not null,
    identifier         varchar(30)  not null,
    candidate_name     varchar(300) not null,
    outcome            varchar(16)  not null check (outcome in ('PARTIAL_SUCCESS', 'FAILURE')),
    awarded_codes      text[]       not null default '{}',
    session_end        date         not null,
    deadline           date         not null,
    report_version_id  bigint       not null,
    resat_session_id   bigint       references exam_session (id),
    recorded_at        timestamptz  not null default now(),
    unique (session_id, candidate_id)
);
create index resit_deadline_open on resit_deadline (centre_id, deadline) where resat_session_id is null;
create index resit_deadline_candidate on resit_deadline (candidate_id, title_id) where resat_session_id is null;
