-- Electronic seal keys of the centres (documents module). A centre has at most one active key; a retired key
-- (retired_at set) is kept with its certificate so that documents sealed with it can still be traced to it.
-- The private key is never stored in clear: AES-256-GCM with a key derived from the configuration secret
-- sessiontp.documents.seal-secret, which is not in the database.
create table document_seal_key (
    id                    bigserial primary key,
    centre_id             bigint       not null references centre (id),
    key_algorithm         varchar(20)  not null,            -- RSA
    key_size              int          not null,            -- 3072
    signature_algorithm   varchar(30)  not null,            -- SHA256withRSA
    certificate_der       bytea        not null,            -- self-signed X.509 certificate, DER
    certificate_sha256    char(64)     not null unique,     -- lower-case hex of SHA-256(certificate_der)
    private_key_encrypted bytea        not null,            -- 12-byte nonce || AES-256-GCM(PKCS#8 private key) || tag
    secret_fingerprint    char(16)     not null,            -- identifies the configuration secret the key was encrypted with
    not_before            timestamptz  not null,
    not_after             timestamptz  not null,
    created_at            timestamptz  not null,
    retired_at            timestamptz
);

create unique index document_seal_key_one_active on document_seal_key (centre_id) where retired_at is null;
