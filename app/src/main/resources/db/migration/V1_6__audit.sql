-- The append-only audit trail. Each entry's hash covers its content and the previous entry's hash.
create table audit_entry (
    seq           bigint       primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(100) not null,
    action        varchar(100) not null,
    rule_id       varchar(5),
    subject_type  varchar(50),
    subject_id    varchar(50),
    details       text         not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null unique
);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
