-- Users and their role. A user acts for one centre (staff), one person (jury member, proctor,
-- trainer, session manager) or one region (the territorial authority).
create table app_user (
    id            bigserial primary key,
    username      varchar(100) not null unique,
    password_hash varchar(200) not null,
    role          varchar(20)  not null check (role in ('ADMIN', 'SESSION_MANAGER', 'JURY', 'PROCTOR', 'TRAINER', 'AUTHORITY')),
    display_name  varchar(200) not null,
    centre_id     bigint       references centre (id),
    person_id     bigint,
    region        varchar(60),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);
