-- Exam sessions, enrolments, jury pairs and staffing.
create table exam_session (
    id            bigserial primary key,
    centre_id     bigint      not null references centre (id),
    title_id      bigint      not null references title (id),
    type          varchar(5)  not null check (type in ('TITLE', 'CCP', 'CCS')),
    number        varchar(20) not null unique,           -- the session number, e.g. 375846
    start_date    date        not null,
    end_date      date        not null,
    status        varchar(20) not null default 'PLANNED',
    manager_id    bigint      not null references session_manager (id),
    substitute_id bigint      references session_manager (id),
    version       int         not null default 0,
    check (end_date >= start_date),
    check (substitute_id is null or substitute_id <> manager_id)
);
create index exam_session_centre on exam_session (centre_id, start_date);

create table jury_pair (
    id          bigserial primary key,
    session_id  bigint not null references exam_session (id) on delete cascade,
    member_a_id bigint not null references jury_member (id),
    member_b_id bigint not null references jury_member (id),
    position    int    not null,
    unique (session_id, position),
    check (member_a_id <> member_b_id)
);

create table enrolment (
    session_id   bigint      not null references exam_session (id) on delete cascade,
    candidate_id bigint      not null references candidate (id),
    jury_pair_id bigint      references jury_pair (id) on delete set null,
    enrolled_at  timestamptz not null default now(),
    primary key (session_id, candidate_id)
);

create table session_proctor (
    session_id bigint not null references exam_session (id) on delete cascade,
    proctor_id bigint not null references proctor (id),
    primary key (session_id, proctor_id)
);
