-- Signing in with the council's identity provider finds the account by its email address, so an address names at
-- most one account (compared without regard to case, as the sign-in compares it). Fails on existing duplicates:
-- give one of the accounts another address first.
create unique index uq_user_account_email on user_account (lower(email));
