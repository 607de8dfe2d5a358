-- Each audit entry belongs to a centre (or, with no centre, to the platform): a centre's staff reads only its own.
-- chain_version says how the entry's hash was computed: 1 for the entries written before this migration (their hash
-- does not cover the centre), 2 for the entries written since (their hash covers the centre too).
alter table audit_entry add column centre_id bigint references centre (id);
alter table audit_entry add column chain_version smallint not null default 1;

-- Attach the existing entries: by their subject when it has a centre, otherwise by the centre of the user who acted.
-- The append-only trigger is lifted for this one update of the new column; the hash-covered fields are untouched, so
-- the chain still verifies.
alter table audit_entry disable trigger audit_entry_no_update_or_delete;

update audit_entry a set centre_id = case a.subject_type
        when 'centre'          then (select c.id from centre c where c.id::text = a.subject_id)
        when 'session'         then (select s.centre_id from exam_session s where s.id::text = a.subject_id)
        when 'candidate'       then (select c.centre_id from candidate c where c.id::text = a.subject_id)
        when 'trainer'         then (select t.centre_id from trainer t where t.id::text = a.subject_id)
        when 'proctor'         then (select p.centre_id from proctor p where p.id::text = a.subject_id)
        when 'session_manager' then (select m.centre_id from session_manager m where m.id::text = a.subject_id)
        when 'report'          then (select r.centre_id from report_version r where r.id::text = a.subject_id)
        when 'room'            then (select r.centre_id from room r where r.id::text = a.subject_id)
        when 'api_token'       then (select t.centre_id from api_token t where t.id::text = a.subject_id)
    end;
update audit_entry a set centre_id = u.centre_id
from app_user u
where a.centre_id is null and u.username = a.actor and u.centre_id is not null;

alter table audit_entry enable trigger audit_entry_no_update_or_delete;

alter table audit_entry alter column chain_version set default 2;
create index audit_entry_centre on audit_entry (centre_id, seq desc);
