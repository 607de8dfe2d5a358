-- The platform administrator: sets up centres and their first accounts (no centre, person or region).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('PLATFORM_ADMIN', 'ADMIN', 'SESSION_MANAGER', 'JURY', 'PROCTOR', 'TRAINER', 'AUTHORITY'));
