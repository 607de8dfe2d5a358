-- The session lifecycle (issue 5): planned → convened → opened → in progress → deliberation → reports signed →
-- transmitted → archived, or cancelled. Old values: OPEN becomes OPENED, CLOSED becomes ARCHIVED.
update exam_session set status = 'OPENED' where status = 'OPEN';
update exam_session set status = 'ARCHIVED' where status = 'CLOSED';
alter table exam_session add constraint exam_session_status_check check (status in
    ('PLANNED', 'CONVENED', 'OPENED', 'IN_PROGRESS', 'DELIBERATION', 'REPORTS_SIGNED', 'TRANSMITTED', 'ARCHIVED',
     'CANCELLED'));
alter table exam_session add column status_reason varchar(1000);
alter table exam_session add column status_changed_at timestamptz;
