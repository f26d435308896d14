-- Whether a pack carries the chapter "Changes since the last pack" (issue 14): chosen when it is produced, kept so
-- that producing it again and issuing it lay out the same chapters.
alter table pack add column with_changes boolean not null default false;
