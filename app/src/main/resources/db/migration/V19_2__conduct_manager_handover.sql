-- S1 (issue 13): who acts as responsable on site, from when to when, and who handed over to whom. A presence is
-- closed by the next one (a hand-over: the previous responsable's until_time is the new one's from_time) or by its
-- end; each is recorded by a named user on a day.
alter table conduct_manager_presence add column on_day date;
alter table conduct_manager_presence add column until_time time;
alter table conduct_manager_presence add column handed_over_by bigint references session_manager (id);
alter table conduct_manager_presence add column recorded_by varchar(200);
alter table conduct_manager_presence add column ended_by varchar(200);
