-- X5: the incidents and frauds written up on the exam day for a candidate, with their witnesses, as the PV prints them
-- (one text per incident), frozen with the rest of the line. Earlier lines have none.
alter table report_line add column incidents text[] not null default '{}';
