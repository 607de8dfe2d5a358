-- People: session managers, trainers, proctors, jury members (habilitations, declared links), candidates.
create table session_manager (
    id         bigserial primary key,
    centre_id  bigint       not null references centre (id),
    last_name  varchar(100) not null,
    first_name varchar(100) not null,
    email      varchar(200)
);

create table trainer (
    id         bigserial primary key,
    centre_id  bigint       not null references centre (id),
    last_name  varchar(100) not null,
    first_name varchar(100) not null,
    email      varchar(200)
);

create table proctor (
    id         bigserial primary key,
    centre_id  bigint       not null references centre (id),
    last_name  varchar(100) not null,
    first_name varchar(100) not null,
    email      varchar(200),
    trainer_id bigint       references trainer (id),   -- set when the proctor is also a trainer (S4)
    manager_id bigint       references session_manager (id) -- set when the proctor is also a responsable (S5)
);

create table jury_member (
    id         bigserial primary key,
    last_name  varchar(100) not null,
    first_name varchar(100) not null,
    email      varchar(200) not null unique,
    profession varchar(200) not null,              -- jury members are professionals of the trade (X2)
    region     varchar(60)  not null
);

create table habilitation (
    id             bigserial primary key,
    jury_member_id bigint not null references jury_member (id),
    title_id       bigint not null references title (id),
    valid_from     date   not null,
    valid_until    date   not null,
    check (valid_until >= valid_from)
);

create table candidate (
    id                 bigserial primary key,
    centre_id          bigint       not null references centre (id),
    identifier         varchar(30)  not null,         -- the candidate's identifier on the PV
    birth_name         varchar(100) not null,
    usage_name         varchar(100),
    first_names        varchar(150) not null,
    birth_date         date,
    email              varchar(200),
    access_route       varchar(12)  not null check (access_route in ('TRAINING', 'VAE', 'EQUIVALENCE')),
    extra_time_percent int          not null default 0 check (extra_time_percent between 0 and 100), -- X3
    adjustment_note    varchar(500),
    trainer_id         bigint       references trainer (id),
    unique (centre_id, identifier)
);

create table jury_link (
    id             bigserial primary key,
    jury_member_id bigint       not null references jury_member (id),
    candidate_id   bigint       not null references candidate (id),
    nature         varchar(300) not null,             -- personal or professional link, as declared (S3)
    declared_at    timestamptz  not null default now(),
    unique (jury_member_id, candidate_id)
);
