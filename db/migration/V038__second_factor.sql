-- Second factor: the authenticator app's shared secret, encrypted by the app (AES-GCM with tracker.mfa.encryption-key),
-- when it was set up, and the last 30-second step a code was accepted for, so each code signs in once, on any node
-- (a conditional update refuses the same step again).
alter table user_account add column totp_secret text;
alter table user_account add column totp_enrolled_at timestamptz;
alter table user_account add column totp_last_step bigint;

-- Recovery codes: ten given at set-up, each usable once; kept as salted Argon2id hashes like passwords (about 50 bits
-- each, under the 112 bits ASVS V6.5.2 asks of an unsalted hash), never readable again.
create table recovery_code (
    id bigserial primary key,
    user_account_id bigint not null references user_account (id) on delete cascade,
    code_hash text not null,
    used_at timestamptz
);
create index ix_recovery_code_user on recovery_code (user_account_id);
