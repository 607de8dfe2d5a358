-- Versions of a title's référentiel d'évaluation (RE). A title keeps its identity (code, accreditations,
-- habilitations); each import of its RE adds a version holding its certificates, competences, épreuves and jury
-- tasks. A session keeps the version current when it was created (exam_session.re_version_id), so re-importing a
-- title never changes the épreuves, durations or competences of a session already planned.
create table re_version (
    id          bigserial primary key,
    title_id    bigint       not null references title (id),
    number      int          not null check (number > 0),   -- 1, 2, 3… in the order of import
    label       varchar(40)  not null,                      -- the RE's own version label, e.g. "RE du 12/03/2024"
    imported_at timestamptz  not null default now(),
    imported_by varchar(100),
    unique (title_id, number),
    unique (title_id, label)
);

alter table title add column current_version_id bigint references re_version (id);

insert into re_version (title_id, number, label) select id, 1, re_version from title;
update title t set current_version_id = v.id from re_version v where v.title_id = t.id;

-- A title inserted without a version (the title form, the demo) gets its first version from its re_version label.
create function title_first_re_version() returns trigger language plpgsql as $$
declare
    v bigint;
begin
    if new.current_version_id is null then
        insert into re_version (title_id, number, label) values (new.id, 1, new.re_version) returning id into v;
        update title set current_version_id = v where id = new.id;
    end if;
    return null;
end $$;
create trigger title_first_re_version after insert on title for each row execute function title_first_re_version();

-- The RE's content belongs to one version; a row inserted without one belongs to the title's current version.
alter table certificate add column re_version_id bigint references re_version (id);
alter table epreuve_template add column re_version_id bigint references re_version (id);
alter table jury_task_template add column re_version_id bigint references re_version (id);
update certificate c set re_version_id = t.current_version_id from title t where t.id = c.title_id;
update epreuve_template e set re_version_id = t.current_version_id from title t where t.id = e.title_id;
update jury_task_template j set re_version_id = t.current_version_id from title t where t.id = j.title_id;

create function re_content_current_version() returns trigger language plpgsql as $$
begin
    if new.re_version_id is null then
        select current_version_id into new.re_version_id from title where id = new.title_id;
    end if;
    return new;
end $$;
create trigger certificate_re_version before insert on certificate
    for each row execute function re_content_current_version();
create trigger epreuve_template_re_version before insert on epreuve_template
    for each row execute function re_content_current_version();
create trigger jury_task_template_re_version before insert on jury_task_template
    for each row execute function re_content_current_version();

alter table certificate alter column re_version_id set not null;
alter table epreuve_template alter column re_version_id set not null;
alter table jury_task_template alter column re_version_id set not null;

-- a certificate code is unique within a version (each version repeats its title's codes)
alter table certificate drop constraint certificate_code_key;
alter table certificate drop constraint certificate_title_id_position_key;
alter table certificate add constraint certificate_version_code_key unique (re_version_id, code);
alter table certificate add constraint certificate_version_position_key unique (re_version_id, position);
create index certificate_code_idx on certificate (upper(code));
alter table epreuve_template drop constraint epreuve_template_title_id_session_type_code_key;
alter table epreuve_template add constraint epreuve_template_version_type_code_key unique (re_version_id, session_type, code);
alter table jury_task_template drop constraint jury_task_template_title_id_session_type_code_key;
alter table jury_task_template add constraint jury_task_template_version_type_code_key unique (re_version_id, session_type, code);

-- what the RE tells the jury to look at in an épreuve: the points of the technical interview, of the correction of
-- a production, of the final interview (the jury's guides, J2)
alter table epreuve_template add column guidance text[] not null default '{}';

-- the RE version a session is planned with: the title's current one when the session is created or its title changed
alter table exam_session add column re_version_id bigint references re_version (id);
update exam_session s set re_version_id = t.current_version_id from title t where t.id = s.title_id;

create function session_re_version() returns trigger language plpgsql as $$
begin
    if new.re_version_id is null or (tg_op = 'UPDATE' and new.title_id <> old.title_id) then
        select current_version_id into new.re_version_id from title where id = new.title_id;
    end if;
    return new;
end $$;
create trigger exam_session_re_version before insert or update of title_id on exam_session
    for each row execute function session_re_version();
