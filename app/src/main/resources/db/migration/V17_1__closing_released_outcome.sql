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

-- sessions released before this table existed
insert into released_outcome (session_id, centre_id, title_id, report_version_id, candidates, successes,
                              partial_successes, failures, absences, released_at)
select s.id, s.centre_id, s.title_id, g.id, count(l.position),
       count(*) filter (where l.outcome = 'SUCCESS'), count(*) filter (where l.outcome = 'PARTIAL_SUCCESS'),
       count(*) filter (where l.outcome = 'FAILURE'), count(*) filter (where l.outcome = 'ABSENT'),
       coalesce(s.status_changed_at, now())
from exam_session s
  join lateral (select v.id from report_version v where v.session_id = s.id and v.kind = 'GENERAL'
                order by v.version desc limit 1) g on true
  left join report_line l on l.report_version_id = g.id
where s.status in ('VALIDATED', 'ARCHIVED')
group by s.id, s.centre_id, s.title_id, g.id, s.status_changed_at;
