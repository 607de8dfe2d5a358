-- Bearer tokens with which a centre's other systems call the REST API (/api). Only the SHA-256 of the secret is
-- kept: the secret itself is shown once, to the ADMIN who creates the token. A token acts for its centre only.
create table api_token (
    id            bigserial    primary key,
    centre_id     bigint       not null references centre (id),
    name          varchar(100) not null,
    secret_hash   char(64)     not null unique,
    secret_prefix varchar(12)  not null,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(100),
    last_used_at  timestamptz
);

create index api_token_centre on api_token (centre_id, created_at desc);
