-- A pack keeps the numbered XHTML its PDF was laid out from, for its web view (the same numbers as the PDF).
alter table pack_file drop constraint ck_pack_file_kind;
alter table pack_file add constraint ck_pack_file_kind check (kind in ('PDF', 'ZIP', 'HTML'));
