-- The territorial authority validates the transmitted reports, which releases the results (D9): a status between
-- TRANSMITTED and ARCHIVED.
alter table exam_session drop constraint exam_session_status_check;
alter table exam_session add constraint exam_session_status_check check (status in
    ('PLANNED', 'CONVENED', 'OPENED', 'IN_PROGRESS', 'DELIBERATION', 'REPORTS_SIGNED', 'TRANSMITTED', 'VALIDATED',
     'ARCHIVED', 'CANCELLED'));
