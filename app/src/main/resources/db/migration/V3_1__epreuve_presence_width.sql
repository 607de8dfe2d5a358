-- 'SURVEILLANT' (11 characters) did not fit in presence varchar(10): every proctored épreuve was refused.
alter table epreuve_template alter column presence type varchar(12);
