-- Procès-verbaux (D6-D10): frozen versions, their lines, and the signatures with the sealed PDF of each step.
-- All three tables are append-only: a correction is a new version that supersedes the previous one.

create table report_version (
    id                  bigserial    primary key,
    session_id          bigint       not null references exam_session (id),
    kind                varchar(10)  not null check (kind in ('INDIVIDUAL', 'GENERAL')),
    candidate_id        bigint       references candidate (id),
    version             int          not null check (version > 0),
    supersedes_id       bigint       references report_version (id),
    session_number      varchar(20)  not null,
    session_type        varchar(5)   not null,
    title_id            bigint       not null references title (id),
    title_code          varchar(20)  not null,
    title_name          varchar(200) not null,
    centre_id           bigint       not null references centre (id),
    centre_name         varchar(200) not null,
    centre_address      varchar(400) not null,
    centre_city         varchar(100) not null,
    start_date          date         not null,
    end_date            date         not null,
    jury_composition    text         not null,
    manager_last_name   varchar(100) not null,
    manager_first_name  varchar(100) not null,
    content_sha256      char(64)     not null,
    created_at          timestamptz  not null default now(),
    created_by          varchar(100) not null,
    check ((kind = 'INDIVIDUAL') = (candidate_id is not null))
);
create unique index report_version_unique on report_version (session_id, kind, coalesce(candidate_id, 0), version);

create table report_line (
    report_version_id bigint       not null references report_version (id),
    position          int          not null,
    candidate_id      bigint       not null references candidate (id),
    identifier        varchar(30)  not null,
    birth_name        varchar(100) not null,
    usage_name        varchar(100) not null default '',
    first_names       varchar(150) not null,
    access_route      varchar(12)  not null,
    pair_position     int,
    outcome           varchar(16)  not null,
    awarded_codes     text[]       not null default '{}',
    observations      text         not null default '',
    recommendations   text         not null default '',
    absence_note      text         not null default '',
    primary key (report_version_id, position)
);

-- One row per signature act (D6, D7) or countersignature (D8), with the sealed PDF as it stood after it.
create table report_signature (
    id                bigserial    primary key,
    report_version_id bigint       not null references report_version (id),
    seq               int          not null,
    signer_kind       varchar(10)  not null check (signer_kind in ('JURY', 'MANAGER')),
    person_id         bigint       not null,
    user_id           bigint       not null,
    signer_name       varchar(200) not null,
    signed_at         timestamptz  not null,
    content_sha256    char(64)     not null,
    sealed_pdf        bytea        not null,
    sealed_sha256     char(64)     not null,
    dreets_notice     text,
    unique (report_version_id, seq),
    unique (report_version_id, signer_kind, person_id)
);

create function report_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: a signed report never changes, a correction is a new version', tg_table_name;
end;
$$;

create trigger report_version_append_only before update or delete or truncate on report_version
    for each statement execute function report_is_append_only();
create trigger report_line_append_only before update or delete or truncate on report_line
    for each statement execute function report_is_append_only();
create trigger report_signature_append_only before update or delete or truncate on report_signature
    for each statement execute function report_is_append_only();
