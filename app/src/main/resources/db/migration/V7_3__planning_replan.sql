-- On the exam day: candidates withdrawn (absent) from the rest of the session, and the changes of the last re-planning.
alter table deroule add column withdrawn text;   -- candidate ids of the problem, comma-separated
alter table deroule add column changes text;     -- French lines: what changed and for whom
