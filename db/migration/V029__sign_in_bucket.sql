-- Sign-in throttling: Bucket4j's token buckets (one row a client address or username), shared by every app node.
-- Replaces sign_in_failure, whose per-username lock told an attacker which usernames exist.
create table sign_in_bucket (
    id          varchar(200) primary key,
    state       bytea,
    expires_at  bigint
);

create index ix_sign_in_bucket_expires_at on sign_in_bucket (expires_at);

drop table sign_in_failure;
