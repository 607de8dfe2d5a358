-- Planning jobs (the déroulé planner runs in the background) and the stored déroulé of each session.
create table planning_job (
    id               bigserial primary key,
    session_id       bigint      not null references exam_session (id) on delete cascade,
    queue            varchar(60) not null default 'default',
    status           varchar(10) not null default 'QUEUED'
                     check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'STOPPED')),
    problem_json     text        not null,
    pinned_json      text,                               -- sittings pinned by hand (a solution JSON), or null
    requested_by     varchar(100) not null,
    stop_requested   boolean     not null default false,
    worker           varchar(100),
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    heartbeat_at     timestamptz,
    finished_at      timestamptz,
    progress_metrics varchar(300),                       -- best metrics so far
    progress_feasible boolean,
    progress_millis  bigint,
    message          text
);
create index planning_job_queue on planning_job (queue, status, id);
create index planning_job_session on planning_job (session_id, id);

create table deroule (
    session_id      bigint primary key references exam_session (id) on delete cascade,
    job_id          bigint      references planning_job (id) on delete set null,
    problem_json    text        not null,
    solution_json   text        not null,
    pinned_json     text,
    feasible        boolean     not null,
    days_used       int         not null,
    jury_days       int         not null,
    jury_minutes    int         not null,
    last_day        varchar(10),
    last_end        int         not null,
    candidate_idle_minutes int  not null,
    explanation     text        not null default '',
    solving_millis  bigint,
    updated_at      timestamptz not null default now(),
    version         int         not null default 0
);
