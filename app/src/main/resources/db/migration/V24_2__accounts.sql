-- Accounts (#14.4): a user is invited by e-mail with a one-time link that expires, sets their password, may ask for a
-- new one by the same kind of link; an administrator disables and enables accounts. Only the SHA-256 of a link's token
-- is stored: the token itself is in the e-mail (or handed over) and nowhere else.
alter table app_user add column email varchar(200);
alter table app_user add column password_set boolean not null default true;
create index app_user_email on app_user (lower(email));
create index app_user_centre_role on app_user (centre_id, role);

create table account_token (
    id            bigserial    primary key,
    user_id       bigint       not null references app_user (id),
    purpose       varchar(10)  not null check (purpose in ('INVITATION', 'RESET')),
    token_sha256  char(64)     not null unique,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    used_at       timestamptz,
    created_by    varchar(100) not null,
    check (expires_at > created_at)
);
create index account_token_user on account_token (user_id) where used_at is null;
