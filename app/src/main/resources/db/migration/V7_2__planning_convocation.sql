-- Convocations sent to candidates by e-mail (PDF attached), each sending tracked: SENT, FAILED, RESENT.
create table convocation (
    id              bigserial primary key,
    session_id      bigint       not null references exam_session (id) on delete cascade,
    candidate_id    bigint       not null references candidate (id),
    recipient       varchar(200),
    status          varchar(10)  not null check (status in ('SENT', 'FAILED', 'RESENT')),
    attempts        int          not null default 1,
    last_error      text,
    first_sent_at   timestamptz,
    last_attempt_at timestamptz  not null default now(),
    lead_warning    text,                                -- X4: sent later than the lead time
    unique (session_id, candidate_id)
);
