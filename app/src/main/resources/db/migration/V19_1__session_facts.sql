-- The facts of a session's life that its lifecycle gate asks about (issue 13): who recorded what, when. The code only
-- appends: a fact is never changed; a later fact (e.g. a send-back after a countersignature) says what followed.
create table session_fact (
    id          bigserial primary key,
    session_id  bigint       not null references exam_session (id),
    fact        varchar(40)  not null check (fact in ('SEAL_CHECKED', 'JURY_MEMBER_PRESENT', 'EPREUVES_STARTED',
                                                       'GENERAL_PV_COUNTERSIGNED', 'TRANSMITTED', 'SENT_BACK',
                                                       'VALIDATED')),
    subject_id  bigint,
    recorded_by varchar(200) not null,
    recorded_at timestamptz  not null
);
create index session_fact_session on session_fact (session_id, id);

