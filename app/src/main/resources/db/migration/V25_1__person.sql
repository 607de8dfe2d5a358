-- One person model (S4, S5): a person (names, e-mail, the centre they belong to or none) is who holds a role. Each
-- trainer, proctor, session manager and jury member record references its person; two records of the same person
-- are the same human being, so the S4 and S5 conflicts follow from the person, not from links typed by hand.
create table person (
    id         bigserial primary key,
    centre_id  bigint       references centre (id),   -- null: a person of no centre (e.g. a jury member of the region)
    last_name  varchar(100) not null,
    first_name varchar(100) not null,
    email      varchar(200)
);
create index person_centre on person (centre_id, last_name, first_name);
create index person_email on person (lower(email));

alter table trainer add column person_id bigint references person (id);
alter table session_manager add column person_id bigint references person (id);
alter table proctor add column person_id bigint references person (id);
alter table jury_member add column person_id bigint references person (id);

-- Existing records: one person each, except the proctors linked by hand to a trainer (S4) or to a session manager
-- (S5), who become that person; a session manager linked to a proctor who is also a trainer is that trainer.
do $$
declare
    r   record;
    pid bigint;
begin
    for r in select * from trainer order by id loop
        insert into person (centre_id, last_name, first_name, email)
        values (r.centre_id, r.last_name, r.first_name, r.email) returning id into pid;
        update trainer set person_id = pid where id = r.id;
    end loop;

    for r in select * from session_manager order by id loop
        pid := null;
        select t.person_id into pid from proctor p join trainer t on t.id = p.trainer_id
        where p.manager_id = r.id
          and not exists (select 1 from session_manager m where m.person_id = t.person_id)
        order by p.id limit 1;
        if pid is null then
            insert into person (centre_id, last_name, first_name, email)
            values (r.centre_id, r.last_name, r.first_name, r.email) returning id into pid;
        end if;
        update session_manager set person_id = pid where id = r.id;
    end loop;

    for r in select * from proctor order by id loop
        pid := null;
        if r.trainer_id is not null then
            select person_id into pid from trainer where id = r.trainer_id;
        elsif r.manager_id is not null then
            select person_id into pid from session_manager where id = r.manager_id;
        end if;
        if pid is not null and exists (select 1 from proctor p where p.person_id = pid) then
            pid := null; -- two proctors linked to the same record stay two persons
        end if;
        if pid is null then
            insert into person (centre_id, last_name, first_name, email)
            values (r.centre_id, r.last_name, r.first_name, r.email) returning id into pid;
        end if;
        update proctor set person_id = pid where id = r.id;
    end loop;

    for r in select * from jury_member order by id loop
        insert into person (centre_id, last_name, first_name, email)
        values (null, r.last_name, r.first_name, r.email) returning id into pid;
        update jury_member set person_id = pid where id = r.id;
    end loop;
end
$$;

-- The identity lives in the person only.
alter table trainer alter column person_id set not null;
alter table session_manager alter column person_id set not null;
alter table proctor alter column person_id set not null;
alter table jury_member alter column person_id set not null;
create unique index trainer_person on trainer (person_id);
create unique index session_manager_person on session_manager (person_id);
create unique index proctor_person on proctor (person_id);
create unique index jury_member_person on jury_member (person_id);

alter table trainer drop column last_name, drop column first_name, drop column email;
alter table session_manager drop column last_name, drop column first_name, drop column email;
alter table proctor drop column last_name, drop column first_name, drop column email,
    drop column trainer_id, drop column manager_id;
alter table jury_member drop column last_name, drop column first_name, drop column email;
