-- Referential: titles, their CCP/CCS blocks, competences, épreuves and jury tasks per session type (the RE).
create table title (
    id              bigserial primary key,
    code            varchar(20)  not null unique,          -- TP-00402
    name            varchar(200) not null,
    re_version      varchar(40)  not null,                 -- version of the référentiel d'évaluation
    valid_from      date         not null,
    valid_until     date,
    requires_outfit boolean      not null default false,   -- professional outfit checked at reception (O1)
    trainer_allowed_on_platform boolean not null default false, -- the RE allows the trainer on the plateau (S4)
    check (valid_until is null or valid_until >= valid_from)
);

create table certificate (
    id        bigserial primary key,
    title_id  bigint       not null references title (id),
    kind      varchar(3)   not null check (kind in ('CCP', 'CCS')),
    code      varchar(20)  not null unique,                -- CP-002500
    name      varchar(300) not null,
    position  int          not null,
    unique (title_id, position)
);

create table competence (
    id             bigserial primary key,
    certificate_id bigint       not null references certificate (id),
    label          varchar(300) not null,
    position       int          not null,
    unique (certificate_id, position)
);

create table epreuve_template (
    id              bigserial primary key,
    title_id        bigint       not null references title (id),
    session_type    varchar(5)   not null check (session_type in ('TITLE', 'CCP', 'CCS')),
    code            varchar(30)  not null,                 -- the planner's épreuve id, e.g. MSP1
    label           varchar(300) not null,
    kind            varchar(40)  not null,
    minutes         int          not null check (minutes > 0),
    grouping        varchar(10)  not null check (grouping in ('ALL', 'GROUP', 'INDIVIDUAL')),
    group_size      int          check (group_size is null or group_size > 0),
    presence        varchar(12)  not null check (presence in ('JURY', 'SURVEILLANT')),
    room_kind       varchar(30)  not null,
    after_epreuves  text[]       not null default '{}',
    after_jury_tasks text[]      not null default '{}',
    position        int          not null,
    unique (title_id, session_type, code),
    check (not (grouping = 'ALL' and presence = 'JURY'))
);

create table jury_task_template (
    id              bigserial primary key,
    title_id        bigint       not null references title (id),
    session_type    varchar(5)   not null check (session_type in ('TITLE', 'CCP', 'CCS')),
    code            varchar(30)  not null,                 -- BRIEFING, CORRECTION, DELIBERATION…
    label           varchar(300) not null,
    kind            varchar(30)  not null,
    minutes         int          not null check (minutes > 0),
    room_kind       varchar(30)  not null,
    after_epreuves  text[]       not null default '{}',
    before_epreuves text[]       not null default '{}',
    position        int          not null,
    unique (title_id, session_type, code)
);
