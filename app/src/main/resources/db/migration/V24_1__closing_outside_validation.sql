-- D9: the authority's validation reaches SessionTP by one of two paths, both recorded. Most regional services work in
-- CERES: the centre records the validation it received outside SessionTP (date, reference, the notification as a PDF),
-- which releases the results like the authority's validation in its own space. Append-only, like the decisions.
alter table authority_decision add column path varchar(20) not null default 'AUTHORITY_IN_APP'
    check (path in ('AUTHORITY_IN_APP', 'RECORDED_BY_CENTRE'));

create table outside_validation (
    id                 bigserial    primary key,
    decision_id        bigint       not null unique references authority_decision (id),
    session_id         bigint       not null references exam_session (id),
    received_on        date         not null,
    reference          varchar(100) not null check (length(trim(reference)) > 0),
    file_name          varchar(200) not null,
    notification_pdf   bytea        not null,
    notification_sha256 char(64)    not null,
    recorded_at        timestamptz  not null,
    recorded_by_id     bigint       not null references app_user (id),
    recorded_by        varchar(200) not null
);
create index outside_validation_session on outside_validation (session_id);

create trigger outside_validation_append_only before update or delete or truncate on outside_validation
    for each statement execute function closing_is_append_only();
