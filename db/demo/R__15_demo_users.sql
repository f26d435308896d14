-- Demo users (demo profile only). Every password is demo-locality-2022 (bcrypt, cost 10).
insert into user_account (username, display_name, post_title, role, locality_id, password_hash)
values
    ('admin', 'Demo Administrator', 'Systems Administrator', 'ADMINISTRATOR', null,
     '{bcrypt}$2a$10$BtJeXqixpCtRDMv8HXN/eOO1hr0RHwO03b563ccHyxGVnAzZ9sY0e'),
    ('head', 'Demo Head of Service', 'Head of Stronger Communities', 'HEAD_OF_SERVICE', null,
     '{bcrypt}$2a$10$BtJeXqixpCtRDMv8HXN/eOO1hr0RHwO03b563ccHyxGVnAzZ9sY0e'),
    ('scrutiny', 'Demo Scrutiny Officer', 'Democratic Services Officer (Scrutiny)', 'SCRUTINY_OFFICER', null,
     '{bcrypt}$2a$10$BtJeXqixpCtRDMv8HXN/eOO1hr0RHwO03b563ccHyxGVnAzZ9sY0e'),
    ('newport.manager', 'Demo Newport Manager', 'Neighbourhood Manager, Newport', 'NEIGHBOURHOOD_MANAGER',
     (select id from locality where name = 'Newport'),
     '{bcrypt}$2a$10$BtJeXqixpCtRDMv8HXN/eOO1hr0RHwO03b563ccHyxGVnAzZ9sY0e'),
    ('northormesby.manager', 'Demo North Ormesby Manager', 'Neighbourhood Manager, North Ormesby', 'NEIGHBOURHOOD_MANAGER',
     (select id from locality where name = 'North Ormesby'),
     '{bcrypt}$2a$10$BtJeXqixpCtRDMv8HXN/eOO1hr0RHwO03b563ccHyxGVnAzZ9sY0e'),
    ('police.lead', 'Demo Police Lead', 'Police Sergeant, Cleveland Police (Making People Feel Safe, North Ormesby)',
     'PLAN_LEAD', null, '{bcrypt}$2a$10$BtJeXqixpCtRDMv8HXN/eOO1hr0RHwO03b563ccHyxGVnAzZ9sY0e'),
    ('socialcare.lead', 'Demo Social Care Lead', 'Senior Social Worker, Review Team (Better Outcomes for Children)',
     'PLAN_LEAD', null, '{bcrypt}$2a$10$BtJeXqixpCtRDMv8HXN/eOO1hr0RHwO03b563ccHyxGVnAzZ9sY0e'),
    ('viewer', 'Demo Panel Member', 'Member, Children and Young People''s Social Care and Services Scrutiny Panel',
     'VIEWER', null, '{bcrypt}$2a$10$BtJeXqixpCtRDMv8HXN/eOO1hr0RHwO03b563ccHyxGVnAzZ9sY0e')
on conflict do nothing;

-- Demo email addresses (example.org never delivers; the demo profile writes mail to data/mail instead of sending it).
update user_account set email = username || '@example.org' where email is null and username in
    ('admin', 'head', 'scrutiny', 'newport.manager', 'northormesby.manager', 'police.lead', 'socialcare.lead', 'viewer');

-- Every demo user has an authenticator app holding the fixed secret JBSWY3DPEHPK3PXP (the README gives it), so anyone
-- trying the demo can add it to their own app and sign in. Encrypted with the demo profile's key.
update user_account set totp_secret = 'V/idVFLb/k9+qZdUA+Ay0KfhK5z0Ru4weIOJOUPRMR/P/PROD5ONU/assyQ=',
    totp_enrolled_at = timestamptz '2026-11-01 09:00:00+00'
where totp_secret is null and username in
    ('admin', 'head', 'scrutiny', 'newport.manager', 'northormesby.manager', 'police.lead', 'socialcare.lead', 'viewer');
