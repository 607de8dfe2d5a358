-- The events of the jury calendars (ICS) already handed out: a sitting keeps its UID from one export to the next, and
-- its SEQUENCE grows each time what it says (day, times, room, label, people) changes, so that a calendar that
-- imports the plan again updates the event instead of adding a second one (RFC 5545, 3.8.7.4).
create table planning_calendar_event (
    session_id  bigint       not null references exam_session (id) on delete cascade,
    uid         varchar(200) not null primary key,
    fingerprint varchar(64)  not null,
    sequence    integer      not null default 0
);
create index planning_calendar_event_session on planning_calendar_event (session_id);
