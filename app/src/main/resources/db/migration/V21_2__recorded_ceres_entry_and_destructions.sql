-- Facts recorded by a named person instead of derived from the session's status.

-- A1, X7: the entry of the session's results in CERES — who recorded it, when, the day it was entered and the CERES
-- reference. Append-only: a later entry (after a correction) is a new row; the closing page shows the latest.
create table ceres_entry (
    id              bigserial    primary key,
    session_id      bigint       not null references exam_session (id),
    entered_on      date         not null,
    ceres_reference varchar(50)  not null check (length(trim(ceres_reference)) > 0),
    recorded_at     timestamptz  not null,
    recorded_by_id  bigint       not null references app_user (id),
    recorded_by     varchar(200) not null
);
create index ceres_entry_session on ceres_entry (session_id, id desc);
create trigger ceres_entry_append_only before update or delete or truncate on ceres_entry
    for each statement execute function closing_is_append_only();

-- A3: each destruction as the person who records it states it — the day, how, what — and their name. Rows written
-- before (recorded automatically at the archive) keep these columns empty.
alter table retention_destruction add column destroyed_on date;
alter table retention_destruction add column method varchar(200);
alter table retention_destruction add column description varchar(500);
alter table retention_destruction add column destroyed_by_name varchar(200);
