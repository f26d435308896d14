-- The moment a pack's figures were read as of (the end of its day, or the moment it was produced when its day was
-- today), so that issuing can lay the same figures out again with "Issued <date> by <name>" instead of "DRAFT".
alter table pack add column produced_cutoff timestamptz;
