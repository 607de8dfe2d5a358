-- The regional jury directory (X2): a centre proposes a jury member for a title, the authority of the member's
-- region decides (habilitates or refuses); habilitations record who granted them; jury members' unavailable days.
create table jury_proposal (
    id             bigserial primary key,
    jury_member_id bigint       not null references jury_member (id),
    centre_id      bigint       not null references centre (id),
    title_id       bigint       not null references title (id),
    note           varchar(500),
    proposed_by    varchar(100) not null,
    proposed_at    timestamptz  not null default now(),
    decision       varchar(10) check (decision in ('ACCEPTED', 'REFUSED')),
    decided_by     varchar(100),
    decided_at     timestamptz,
    decision_note  varchar(500),
    check ((decision is null) = (decided_by is null) and (decision is null) = (decided_at is null))
);
create index jury_proposal_member on jury_proposal (jury_member_id);
create index jury_proposal_pending on jury_proposal (centre_id) where decision is null;

-- Who granted (or last changed) a habilitation; null for those recorded before the directory.
alter table habilitation add column granted_by varchar(100), add column granted_at timestamptz;

create index jury_member_region on jury_member (lower(region));

-- Days a jury member cannot attend, entered by the member or by a centre's staff for them (planning passes them to
-- the planner: unavailableDays).
create table jury_unavailability (
    id             bigserial primary key,
    jury_member_id bigint       not null references jury_member (id),
    day            date         not null,
    entered_by     varchar(100) not null,
    centre_id      bigint       references centre (id), -- the centre that entered it; null when the member did
    entered_at     timestamptz  not null default now(),
    unique (jury_member_id, day)
);
