-- Closing (A1, X7, D9): the transmissions of the signed PVs to the territorial authority, with the PV versions sent
-- and their sealed SHA-256 (the centre keeps its copy), and the authority's decisions (validated, or sent back with a
-- reason). Append-only, like the PVs themselves.

create table report_transmission (
    id                  bigserial    primary key,
    session_id          bigint       not null references exam_session (id),
    region              varchar(60)  not null,
    transmitted_at      timestamptz  not null,
    transmitted_by_id   bigint       not null references app_user (id),
    transmitted_by      varchar(200) not null,
    due_date            date         not null,
    on_time             boolean      not null
);
create index report_transmission_session on report_transmission (session_id, transmitted_at desc);

create table report_transmission_item (
    transmission_id    bigint      not null references report_transmission (id),
    report_version_id  bigint      not null references report_version (id),
    kind               varchar(10) not null,
    candidate_id       bigint,
    version            int         not null,
    content_sha256     char(64)    not null,
    sealed_sha256      char(64)    not null,
    primary key (transmission_id, report_version_id)
);

create table authority_decision (
    id               bigserial    primary key,
    transmission_id  bigint       not null references report_transmission (id),
    session_id       bigint       not null references exam_session (id),
    decision         varchar(10)  not null check (decision in ('VALIDATED', 'SENT_BACK')),
    reason           text,
    decided_at       timestamptz  not null,
    decided_by_id    bigint       not null references app_user (id),
    decided_by       varchar(200) not null,
    check (decision = 'VALIDATED' or length(trim(coalesce(reason, ''))) > 0)
);
create index authority_decision_session on authority_decision (session_id, decided_at desc);

create function closing_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: a transmission or a decision is never changed', tg_table_name;
end;
$$;
create trigger report_transmission_append_only before update or delete or truncate on report_transmission
    for each statement execute function closing_is_append_only();
create trigger report_transmission_item_append_only before update or delete or truncate on report_transmission_item
    for each statement execute function closing_is_append_only();
create trigger authority_decision_append_only before update or delete or truncate on authority_decision
    for each statement execute function closing_is_append_only();

-- The authority's lists and regional dashboard: sessions of a region's centres by status and end date, and the
-- latest general PV of a session.
create index if not exists centre_region on centre (region, id);
create index if not exists exam_session_centre_status_end on exam_session (centre_id, status, end_date);
create index if not exists report_version_general_latest on report_version (session_id, version desc)
    where kind = 'GENERAL';
