-- Evaluation: the jury's grids per candidate (J2), the deliberation inputs (D2) and the outcome (D3, D4, D5).
-- entered_by / decided_by are jury_member ids: only the candidate's jury pair enters them.

-- Observation grid of one épreuve (J2): what the jury observed.
create table eval_observation (
    session_id   bigint       not null references exam_session (id) on delete cascade,
    candidate_id bigint       not null references candidate (id),
    epreuve_code varchar(30)  not null,
    observations text         not null,
    entered_by   bigint       not null references jury_member (id),
    entered_at   timestamptz  not null default now(),
    primary key (session_id, candidate_id, epreuve_code)
);

-- Final interview grid (J2): the interview's points and its conclusions (an input of D2).
create table eval_final_interview (
    session_id    bigint      not null references exam_session (id) on delete cascade,
    candidate_id  bigint      not null references candidate (id),
    project       text        not null default '',
    trade_culture text        not null default '',
    conclusions   text        not null default '',
    entered_by    bigint      not null references jury_member (id),
    entered_at    timestamptz not null default now(),
    primary key (session_id, candidate_id)
);

-- Synthesis grid (D3): mastered or not, for each competence of each certificate in scope.
create table eval_synthesis (
    session_id    bigint      not null references exam_session (id) on delete cascade,
    candidate_id  bigint      not null references candidate (id),
    competence_id bigint      not null references competence (id),
    mastered      boolean     not null,
    entered_by    bigint      not null references jury_member (id),
    entered_at    timestamptz not null default now(),
    primary key (session_id, candidate_id, competence_id)
);

-- CCP sessions (X1): the certificates the candidate sits; absent rows mean "every CCP of the title".
create table eval_certificate_sat (
    session_id     bigint not null references exam_session (id) on delete cascade,
    candidate_id   bigint not null references candidate (id),
    certificate_id bigint not null references certificate (id),
    primary key (session_id, candidate_id, certificate_id)
);

-- Deliberation (D2 inputs, D4 outcome, D5 recommendations), one row per candidate.
create table eval_deliberation (
    session_id      bigint      not null references exam_session (id) on delete cascade,
    candidate_id    bigint      not null references candidate (id),
    ecf_results     text        not null default '',
    msp_results     text        not null default '',
    dp_notes        text        not null default '',
    outcome         varchar(16) check (outcome in ('ABSENT', 'SUCCESS', 'PARTIAL_SUCCESS', 'FAILURE')),
    awarded_codes   text[]      not null default '{}',
    observations    text        not null default '',
    recommendations text        not null default '',
    absence_note    text        not null default '',
    updated_by      bigint      not null references jury_member (id),
    updated_at      timestamptz not null default now(),
    primary key (session_id, candidate_id)
);
