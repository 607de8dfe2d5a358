-- Outcome counts of each session whose results are released (D9), written once, in the transaction where the authority
-- validates, from the latest general PV. The regional dashboard's success rates add these rows up instead of reading
-- every PV line of the region (about 75,000 lines for one region of the national data set).
create table released_outcome (
    session_id          bigint       primary key references exam_session (id),
    centre_id           bigint       not null references centre (id),
    title_id            bigint       not null references title (id),
    report_version_id   bigint       not null references report_version (id),
    candidates          int          not null,
    successes           int          not null,
    partial_successes   int          not null,
    failures            int          not null,
    absences            int          not null,
    released_at         timestamptz  not null
);
create index released_outcome_centre on released_outcome (centre_id);

create trigger released_outcome_append_only before update or delete or truncate on released_outcome
    for each statement execute function closing_is_append_only();

-- The one definition of the counts, per session, from its latest general PV: the validation, the back-fill below and
-- the national data set generator insert from it (a filter on session_id reaches inside the grouping).
create view released_outcome_source as
select s.id as session_id, s.centre_id, s.title_id, g.id as report_version_id, count(l.position) as candidates,
       count(*) filter (where l.outcome = 'SUCCESS') as successes,
       count(*) filter (where l.outcome = 'PARTIAL_SUCCESS') as partial_successes,
       count(*) filter (where l.outcome = 'FAILURE') as failures,
       count(*) filter (where l.outcome = 'ABSENT') as absences
from exam_session s
  join lateral (select v.id from report_version v where v.session_id = s.id and v.kind = 'GENERAL'
                order by v.version desc limit 1) g on true
  left join report_line l on l.report_version_id = g.id
group by s.id, s.centre_id, s.title_id, g.id;

-- sessions released before this table existed
insert into released_outcome (session_id, centre_id, title_id, report_version_id, candidates, successes,
                              partial_successes, failures, absences, released_at)
select o.session_id, o.centre_id, o.title_id, o.report_version_id, o.candidates, o.successes, o.partial_successes,
       o.failures, o.absences, coalesce(s.status_changed_at, now())
from released_outcome_source o join exam_session s on s.id = o.session_id
where s.status in ('VALIDATED', 'ARCHIVED');
