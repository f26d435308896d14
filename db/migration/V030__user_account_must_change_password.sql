-- A password an administrator set (a new account, or a reset) must be changed by its user at first sign-in.
alter table user_account add column must_change_password boolean not null default false;
