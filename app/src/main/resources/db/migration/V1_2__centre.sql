-- Accredited centres, their accreditations per title and their rooms.
create table centre (
    id          bigserial primary key,
    name        varchar(200) not null,
    address     varchar(300) not null,
    postal_code varchar(10)  not null,
    city        varchar(100) not null,
    region      varchar(60)  not null,     -- the DREETS region the centre reports to
    email       varchar(200)
);

create table accreditation (
    id                 bigserial primary key,
    centre_id          bigint       not null references centre (id),
    title_id           bigint       not null references title (id),
    number             varchar(40)  not null,
    valid_from         date         not null,
    valid_until        date         not null,
    manager_last_name  varchar(100) not null, -- the responsable named on the agrément (S7)
    manager_first_name varchar(100) not null,
    unique (centre_id, title_id, number),
    check (valid_until >= valid_from)
);

create table room (
    id           bigserial primary key,
    centre_id    bigint       not null references centre (id),
    code         varchar(30)  not null,
    name         varchar(100) not null,
    kind         varchar(30)  not null,    -- SALLE, ATELIER, INFORMATIQUE, JURY…
    capacity     int          not null check (capacity > 0),
    confidential boolean      not null default false,
    unique (centre_id, code)
);
