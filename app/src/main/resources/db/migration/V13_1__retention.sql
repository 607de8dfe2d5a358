-- Retention of the session file (dossier de session) after the session: A2 (evaluation grids and ECF booklets kept
-- 5 years from the session's end, then purged), A3 (candidates' productions, unused DTEs and every other document
-- destroyed at the close, the destruction recorded), A4 (every copy of the DP returned to the candidate; one copy kept
-- only with the candidate's written authorisation).

-- One row per archived session: the file the centre keeps, and when the A2 purge destroyed its kept documents.
-- The purge job takes due rows with FOR UPDATE SKIP LOCKED, so two instances never purge the same session.
create table retention_file (
    session_id  bigint       primary key references exam_session (id) on delete cascade,
    end_date    date         not null,
    archived_at timestamptz  not null default now(),
    purged_at   timestamptz,
    purged_by   varchar(100)
);
create index retention_file_due on retention_file (end_date, session_id) where purged_at is null;

-- Documents the centre records as kept in the session file (A2: the ECF booklet received for a candidate).
-- A3's policy refuses any other kind; the A2 purge stamps destroyed_at.
create table retention_kept_document (
    id           bigserial    primary key,
    session_id   bigint       not null references exam_session (id) on delete cascade,
    candidate_id bigint       references candidate (id),
    kind         varchar(30)  not null check (kind in ('ECF_BOOKLET')),
    reference    varchar(200) not null default '',
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null default now(),
    destroyed_at timestamptz
);
create unique index retention_kept_document_once on retention_kept_document (session_id, kind, coalesce(candidate_id, 0));

-- A4: the return of the DP to each candidate, and the copy kept with the candidate's written authorisation.
create table retention_portfolio_return (
    session_id              bigint       not null references exam_session (id) on delete cascade,
    candidate_id            bigint       not null references candidate (id),
    returned_on             date         not null,
    copy_kept               boolean      not null default false,
    authorisation_date      date,
    authorisation_reference varchar(200),
    recorded_by             varchar(100) not null,
    recorded_at             timestamptz  not null default now(),
    primary key (session_id, candidate_id),
    check (not copy_kept or (authorisation_date is not null and coalesce(authorisation_reference, '') <> ''))
);

-- The destruction register (A2 purge, A3 close): append-only, one row per session, kind and candidate (null for a
-- session-wide kind), recorded once whatever the number of runs.
create table retention_destruction (
    id           bigserial    primary key,
    session_id   bigint       not null references exam_session (id) on delete cascade,
    kind         varchar(30)  not null check (kind in ('EVALUATION_GRIDS', 'ECF_BOOKLET', 'CANDIDATE_PRODUCTION',
                                                       'UNUSED_DTE', 'OTHER_DOCUMENTS')),
    candidate_id bigint       references candidate (id),
    item_count   int,
    rule_id      varchar(4)   not null check (rule_id in ('A2', 'A3')),
    destroyed_at timestamptz  not null default now(),
    destroyed_by varchar(100) not null
);
create unique index retention_destruction_once on retention_destruction (session_id, kind, coalesce(candidate_id, 0));
