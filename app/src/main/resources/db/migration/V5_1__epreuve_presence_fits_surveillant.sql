-- epreuve_template.presence accepts 'SURVEILLANT' (11 characters) but was declared varchar(10): widen it,
-- unless an earlier migration already did.
do $$
begin
    if (select character_maximum_length from information_schema.columns
        where table_schema = current_schema() and table_name = 'epreuve_template' and column_name = 'presence') < 11 then
        alter table epreuve_template alter column presence type varchar(20);
    end if;
end
$$;
