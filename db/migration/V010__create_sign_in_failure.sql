-- Failed sign-ins per username, for throttling (shared by every app node). Cleared on a successful sign-in.
create table sign_in_failure (
    id          bigint generated always as identity primary key,
    username    varchar(100) not null,
    failed_at   timestamptz  not null default now()
);

create index ix_sign_in_failure_username on sign_in_failure (username, failed_at desc);
