-- epreuve_template.presence accepts 'SURVEILLANT' (11 characters) but was declared varchar(10): widen it.
alter table epreuve_template alter column presence type varchar(20);
