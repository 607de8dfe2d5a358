-- Indexes for a national data set (docs/benchmarks.md, "National scale"): foreign keys that pages and scopes look up
-- from the other side, which PostgreSQL does not index by itself.

-- a jury member's sessions (JURY scope of the home page and of every session page), a proctor's sessions
create index if not exists jury_pair_member_a on jury_pair (member_a_id);
create index if not exists jury_pair_member_b on jury_pair (member_b_id);
create index if not exists session_proctor_proctor on session_proctor (proctor_id);

-- a jury member's habilitations (loaded with every list of jury members)
create index if not exists habilitation_jury_member on habilitation (jury_member_id, title_id);
-- the jury members habilitated for a title (the session page's choice of jury members)
create index if not exists habilitation_title on habilitation (title_id, jury_member_id);

-- a candidate's enrolments, outcomes and declared links (re-sits, results, links check)
create index if not exists enrolment_candidate on enrolment (candidate_id);
create index if not exists eval_deliberation_candidate on eval_deliberation (candidate_id);
create index if not exists jury_link_candidate on jury_link (candidate_id);
create index if not exists candidate_trainer on candidate (trainer_id);

-- the authority's region, and the session lists ordered by date (first page without sorting the whole scope)
create index if not exists centre_region on centre (region);
create index if not exists exam_session_start on exam_session (start_date desc, number);

-- per-session rows of the exam days that had no index starting with the session
create index if not exists conduct_dte_handout_session on conduct_dte_handout (session_id);
create index if not exists conduct_late_arrival_session on conduct_late_arrival (session_id);
create index if not exists conduct_manager_presence_session on conduct_manager_presence (session_id);
create index if not exists conduct_sitting_session on conduct_sitting (session_id);
create index if not exists conduct_topic_draw_session on conduct_topic_draw (session_id);
