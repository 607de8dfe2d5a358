-- The exam days (issue 5): what the responsable records on site, per session.

-- O1/O2: each candidate's check-in on day one (present with the checks made, or absent).
create table conduct_checkin (
    session_id          bigint       not null references exam_session (id) on delete cascade,
    candidate_id        bigint       not null references candidate (id),
    present             boolean      not null,
    convocation_checked boolean      not null default false,
    identity_checked    boolean      not null default false,
    outfit_checked      boolean,
    recorded_at         timestamptz  not null default now(),
    recorded_by         varchar(100) not null,
    primary key (session_id, candidate_id)
);

-- O3/O4: the sealed envelopes, checked with a witness among the present candidates, then their content.
create table conduct_envelope_check (
    session_id           bigint primary key references exam_session (id) on delete cascade,
    sealed               boolean      not null,
    witness_candidate_id bigint       not null references candidate (id),
    note                 varchar(1000),
    checked_at           timestamptz  not null default now(),
    content_matches      boolean,
    content_note         varchar(1000),
    content_checked_at   timestamptz
);

-- O7 instructions, J1 reception items, J3 durations reminded: steps done once per session.
create table conduct_step (
    session_id bigint       not null references exam_session (id) on delete cascade,
    step       varchar(40)  not null,
    done_at    timestamptz  not null default now(),
    done_by    varchar(100) not null,
    primary key (session_id, step)
);

-- J1/S3: each jury member confirms having no link with the candidates they evaluate.
create table conduct_jury_confirmation (
    session_id     bigint      not null references exam_session (id) on delete cascade,
    jury_member_id bigint      not null references jury_member (id),
    confirmed_at   timestamptz not null default now(),
    primary key (session_id, jury_member_id)
);

-- O5: DTE candidat handed to a candidate at the start of an épreuve, DTE jury to a jury member.
create table conduct_dte_handout (
    id             bigserial primary key,
    session_id     bigint      not null references exam_session (id) on delete cascade,
    epreuve_code   varchar(30) not null,
    candidate_id   bigint      references candidate (id),
    jury_member_id bigint      references jury_member (id),
    handed_at      timestamptz not null default now(),
    check ((candidate_id is null) <> (jury_member_id is null))
);

-- O6: a late candidate, admitted or refused; the épreuve ends at its planned time.
create table conduct_late_arrival (
    id           bigserial primary key,
    session_id   bigint      not null references exam_session (id) on delete cascade,
    candidate_id bigint      not null references candidate (id),
    epreuve_code varchar(30) not null,
    arrived_at   time        not null,
    planned_end  time        not null,
    admitted     boolean     not null,
    recorded_at  timestamptz not null default now()
);

-- S1: who acts as responsable on site, from when (the responsable, or the substitute taking over).
create table conduct_manager_presence (
    id          bigserial primary key,
    session_id  bigint      not null references exam_session (id) on delete cascade,
    manager_id  bigint      not null references session_manager (id),
    from_time   time        not null,
    recorded_at timestamptz not null default now()
);

-- S6: proctors briefed on the mission and the incident procedure, and their sittings.
create table conduct_proctor_briefing (
    session_id bigint      not null references exam_session (id) on delete cascade,
    proctor_id bigint      not null references proctor (id),
    briefed_at timestamptz not null default now(),
    primary key (session_id, proctor_id)
);

create table conduct_sitting (
    id           bigserial primary key,
    session_id   bigint      not null references exam_session (id) on delete cascade,
    proctor_id   bigint      not null references proctor (id),
    epreuve_code varchar(30) not null,
    started_at   timestamptz not null default now()
);

-- X5: fraud and incidents, per candidate, signed by witnesses.
create table conduct_incident (
    id                  bigserial primary key,
    session_id          bigint        not null references exam_session (id) on delete cascade,
    candidate_id        bigint        not null references candidate (id),
    kind                varchar(10)   not null check (kind in ('INCIDENT', 'FRAUD')),
    description         varchar(4000) not null,
    witnesses           varchar(1000) not null,
    witnesses_confirmed boolean       not null,
    occurred_at         timestamptz   not null default now(),
    recorded_by         varchar(100)  not null
);
create index conduct_incident_candidate on conduct_incident (session_id, candidate_id);

-- J2: topics drawn by lot.
create table conduct_topic_draw (
    id           bigserial primary key,
    session_id   bigint        not null references exam_session (id) on delete cascade,
    epreuve_code varchar(30)   not null,
    topics       text[]        not null,
    drawn_topic  varchar(500)  not null,
    drawn_at     timestamptz   not null default now()
);

-- O8: the candidate's information sheet (used to mail the diploma).
alter table candidate add column postal_address varchar(300);
alter table candidate add column postal_code    varchar(10);
alter table candidate add column city           varchar(100);
alter table candidate add column phone          varchar(30);
