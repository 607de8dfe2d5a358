-- Centre set-up by the platform administrator and the centre's ADMIN: the centre's contact person and phone, and
-- the centre's own calendar, which planning uses instead of the defaults of sessiontp.planning.* (P3).
alter table centre add column contact_name varchar(200);
alter table centre add column phone varchar(30);

create table centre_calendar (
    centre_id    bigint primary key references centre (id),
    day_start    time not null,
    lunch_start  time not null,
    lunch_end    time not null,
    day_end      time not null,   -- épreuves end by this time (P3)
    jury_day_end time not null,   -- the jury's tasks (correction, deliberation) end by this time
    check (day_start < lunch_start and lunch_start < lunch_end and lunch_end < day_end and day_end <= jury_day_end)
);
