package fr.sessiontp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.sessiontp.TestClock;
import fr.sessiontp.closing.application.Closing;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.application.Reports;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A model-based property of the session's one guarded lifecycle: random sequences of the actions of a session's life
 * (convening, opening, reception, envelope check, status buttons, épreuves, DTE, grids, outcomes, signatures by every
 * jury member including one outside the pair, countersignature, transmission, validation, send-back, the days passing),
 * in any order and by the wrong people too, run through the real use cases against the real database. After every
 * step the invariants hold: no épreuves in progress (or later) without a recorded seal check (O3); no grid nor outcome
 * before the épreuves started (D3, D4); no change to the grids and outcomes after the general PV's countersignature
 * until a send-back (D8); no PV signed by someone outside the pair (D6, D7); no transmission before the session's end
 * (A1); no result but Absent for a candidate the exam day recorded absent (O2); no PV readable by the centre's staff
 * before every member of the pair has signed it (D1); a candidate may be recorded absent at any step. A refused
 * action is expected; any other failure (a 500) breaks the property. QuickTheories shrinks a failing sequence to the
 * shortest one it finds and prints it, with the seed.
 */
@SpringBootTest
class SessionLifeProperties {

    private static final long SEED = 20261204L;
    private static final int EXAMPLES = 16;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private int steps;
    private final Map<SessionStatus, Integer> reached = new java.util.EnumMap<>(SessionStatus.class);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Sessions sessions;
    @Autowired
    SessionGate gate;
    @Autowired
    OpeningDay opening;
    @Autowired
    JuryReception reception;
    @Autowired
    EvaluateCandidate evaluate;
    @Autowired
    DecideOutcome decide;
    @Autowired
    Reports reports;
    @Autowired
    Closing closing;

    /**
     * What can happen in a session's life; {@code who} picks a jury member (0, 1: the pair; 2: outside it). PROGRESS is
     * the next action of an ordinary life ({@link #ORDINARY_LIFE}), so that random sequences reach its later stages;
     * {@code who} 3 forgets that action if it is one of {@link #FORGETTABLE}.
     */
    enum Kind {
        CONVENE, OPEN, CHECK_IN, RECEPTION, SEAL_CHECK, UNSEALED, START_BY_BUTTON, START_EPREUVES, HAND_DTE, GRID,
        OUTCOME, SIGN_INDIVIDUAL, SIGN_GENERAL, COUNTERSIGN, TRANSMIT, VALIDATE, SEND_BACK, NEXT_DAY, BUTTON,
        MARK_ABSENT, PROGRESS
    }

    /** A session's ordinary life, from the day before its first day to the validation of its PVs. */
    static final List<Action> ORDINARY_LIFE = List.of(new Action(Kind.NEXT_DAY, 0), new Action(Kind.CONVENE, 0),
            new Action(Kind.OPEN, 0), new Action(Kind.CHECK_IN, 0), new Action(Kind.RECEPTION, 0),
            new Action(Kind.RECEPTION, 1), new Action(Kind.SEAL_CHECK, 0), new Action(Kind.START_EPREUVES, 0),
            new Action(Kind.HAND_DTE, 0), new Action(Kind.NEXT_DAY, 0), new Action(Kind.GRID, 0),
            new Action(Kind.OUTCOME, 0), new Action(Kind.SIGN_INDIVIDUAL, 0), new Action(Kind.SIGN_INDIVIDUAL, 1),
            new Action(Kind.SIGN_GENERAL, 0), new Action(Kind.SIGN_GENERAL, 1), new Action(Kind.COUNTERSIGN, 0),
            new Action(Kind.NEXT_DAY, 0), new Action(Kind.TRANSMIT, 0), new Action(Kind.VALIDATE, 0));

    /**
     * The steps of {@link #ORDINARY_LIFE} a hurried responsable or jury may forget, each one a gate must then hold: the
     * second member at the reception (S2), the seal check (O3), the DTE, the last day (D4), the grid (D3), a member's
     * signature (D6), the countersignature (D8), the day after the end (A1).
     */
    static final Set<Integer> FORGETTABLE = Set.of(5, 6, 8, 9, 10, 13, 16, 17);

    record Action(Kind kind, int who) {
        @Override
        public String toString() {
            return kind + (kind == Kind.RECEPTION || kind == Kind.GRID || kind == Kind.OUTCOME
                    || kind == Kind.SIGN_INDIVIDUAL || kind == Kind.SIGN_GENERAL || kind == Kind.BUTTON
                    || kind == Kind.PROGRESS
                    ? "(" + who + ")" : "");
        }
    }

    /**
     * Any action, three in four of them the next action of an ordinary life (a forgettable one forgotten one time in
     * four: who = 3).
     */
    static Gen<Action> actions() {
        int kinds = Kind.values().length - 1;
        return integers().between(0, 4 * kinds - 1).zip(integers().between(0, 3),
                (k, who) -> k < kinds ? new Action(Kind.values()[k], who % 3) : new Action(Kind.PROGRESS, who));
    }

    @Test
    void theSessionsLifeKeepsItsInvariantsWhateverTheOrderOfItsActions() {
        long started = System.nanoTime();
        try {
            qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(100)
                    .forAll(lists().of(actions()).ofSizeBetween(10, 30))
                    .checkAssert(this::run);
        } catch (AssertionError e) {
            System.out.println("SessionLifeProperties failed with seed " + SEED + ": " + e.getMessage());
            throw e;
        } finally {
            TestClock.reset();
            System.out.printf("SessionLifeProperties: %d examples, %d steps, %d ms; last status reached: %s%n", EXAMPLES,
                    steps, (System.nanoTime() - started) / 1_000_000, reached);
        }
    }

    /** One session's life: a fresh session of one pair and one candidate, the day before its first day. */
    private void run(List<Action> actions) {
        Life life = new Life();
        for (Action action : actions) {
            steps++;
            life.apply(action);
            life.checkInvariants(actions, action);
        }
        reached.merge(sessions.session(life.session).orElseThrow().summary().status(), 1, Integer::sum);
    }

    private final class Life {

        final EvaluationFixtures f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND");
        final long session = f.sessionId;
        final long candidate = f.candidates.get(0);
        final CurrentUser[] jury;
        final CurrentUser manager;
        final CurrentUser authority;
        LocalDate today = EvaluationFixtures.START.minusDays(1);
        int progress;
        String snapshotAtCountersignature;

        Life() {
            // one candidate and one pair: the members of the second pair are outside it
            jdbc.sql("delete from enrolment where session_id = :s and candidate_id <> :c").param("s", session)
                    .param("c", candidate).update();
            jdbc.sql("delete from jury_pair where id = :p").param("p", f.pair2).update();
            jury = new CurrentUser[] {f.current(Role.JURY, f.juryA), f.current(Role.JURY, f.juryB),
                    f.current(Role.JURY, f.juryC)};
            manager = f.current(Role.SESSION_MANAGER, f.managerId);
            authority = f.current(Role.AUTHORITY, null);
            TestClock.setDay(today);
        }

        void apply(Action action) {
            attempt(() -> act(action));
        }

        /** Runs an action; a refusal (a rule, a bad input, someone without access) is expected and changes nothing. */
        private void attempt(Runnable action) {
            try {
                action.run();
            } catch (RuleViolationException | InputRejectedException | NoSuchElementException refused) {
                // refused, as the page would show it
            }
        }

        private void act(Action action) {
            long[] members = {f.juryA, f.juryB, f.juryC};
            switch (action.kind()) {
                case PROGRESS -> {
                    // the next action of an ordinary life; who = 3 forgets it when it may be forgotten
                    if (progress < ORDINARY_LIFE.size()) {
                        boolean forgotten = action.who() == 3 && FORGETTABLE.contains(progress);
                        Action next = ORDINARY_LIFE.get(progress++);
                        if (!forgotten) {
                            act(next);
                        }
                    }
                }
                case CONVENE -> gate.convene(session);
                case OPEN -> opening.open(session);
                case CHECK_IN -> opening.checkIn(session, candidate, true, true, true);
                case MARK_ABSENT -> opening.markAbsent(session, candidate);
                case RECEPTION -> {
                    Step.of(RuleId.J1).forEach(step -> attempt(() -> reception.recordItem(session, step)));
                    reception.confirmNoLink(session, members[action.who()]);
                }
                case SEAL_CHECK -> opening.checkEnvelopes(session, true, candidate, null);
                case UNSEALED -> opening.checkEnvelopes(session, false, candidate, "Pli jury décacheté");
                case START_BY_BUTTON -> sessions.changeStatusByHand(session, SessionStatus.IN_PROGRESS, null);
                case START_EPREUVES -> opening.startEpreuves(session);
                case HAND_DTE -> opening.handDte(session, "MSP", candidate, null);
                case GRID -> evaluate.synthesis(jury[action.who()], session, candidate, Map.of(f.competence(0, 0), true,
                        f.competence(0, 1), true, f.competence(1, 0), true, f.competence(1, 1), true));
                case OUTCOME -> decide.confirm(jury[action.who()], session, candidate, Outcome.SUCCESS, f.ccpCodes,
                        "Travail soigné", "");
                case SIGN_INDIVIDUAL -> sign(jury[action.who()], ReportKind.INDIVIDUAL, candidate);
                case SIGN_GENERAL -> sign(jury[action.who()], ReportKind.GENERAL, null);
                case COUNTERSIGN -> {
                    attempt(() -> countersign(ReportKind.INDIVIDUAL, candidate));
                    countersign(ReportKind.GENERAL, null);
                    snapshotAtCountersignature = evaluationSnapshot();
                }
                case TRANSMIT -> closing.transmit(manager, session);
                case VALIDATE -> closing.validate(authority, session);
                case SEND_BACK -> {
                    closing.sendBack(authority, session, "Observation manquante");
                    snapshotAtCountersignature = null;
                }
                case NEXT_DAY -> {
                    today = today.plusDays(1);
                    TestClock.setDay(today);
                }
                case BUTTON -> sessions.changeStatusByHand(session,
                        List.of(SessionStatus.DELIBERATION, SessionStatus.REPORTS_SIGNED, SessionStatus.TRANSMITTED)
                                .get(action.who()), null);
            }
        }

        /** The jury member signs the latest version of the PV, prepared by them first if there is none. */
        private void sign(CurrentUser who, ReportKind kind, Long candidateId) {
            long version = latest(kind).orElseGet(() -> reports.prepare(who, session, kind, candidateId));
            reports.sign(who, version, true, reports.view(who, version).version().contentSha256());
        }

        private void countersign(ReportKind kind, Long candidateId) {
            long version = latest(kind).orElseThrow();
            reports.sign(manager, version, true, reports.view(manager, version).version().contentSha256());
        }

        private java.util.Optional<Long> latest(ReportKind kind) {
            return jdbc.sql("select max(id) from report_version where session_id = :s and kind = :k")
                    .param("s", session).param("k", kind.name()).query(Long.class).optional();
        }

        void checkInvariants(List<Action> actions, Action after) {
            String context = "after " + after + " in " + actions;
            SessionStatus status = sessions.session(session).orElseThrow().summary().status();
            boolean sealed = count("select count(*) from conduct_envelope_check where session_id = :s and sealed") > 0;
            boolean sealFact = count("select count(*) from session_fact where session_id = :s and fact = 'SEAL_CHECKED'") > 0;
            boolean started = count("select count(*) from session_fact where session_id = :s and fact = 'EPREUVES_STARTED'") > 0;
            if (List.of(SessionStatus.IN_PROGRESS, SessionStatus.DELIBERATION, SessionStatus.REPORTS_SIGNED,
                    SessionStatus.TRANSMITTED, SessionStatus.VALIDATED, SessionStatus.ARCHIVED).contains(status)) {
                assertThat(sealed && sealFact).as("O3: %s without a recorded seal check, %s", status, context).isTrue();
            }
            long evaluated = count("select count(*) from eval_synthesis where session_id = :s")
                    + count("select count(*) from eval_deliberation where session_id = :s");
            if (evaluated > 0) {
                assertThat(started).as("D3/D4: a grid or an outcome before the épreuves started, %s", context).isTrue();
            }
            if (snapshotAtCountersignature != null) {
                assertThat(evaluationSnapshot()).as("D8: grids or outcomes changed after the countersignature, %s",
                        context).isEqualTo(snapshotAtCountersignature);
            }
            List<Long> outsiders = jdbc.sql("""
                            select s.person_id from report_signature s join report_version v on v.id = s.report_version_id
                            where v.session_id = :s and s.signer_kind = 'JURY' and s.person_id not in (:a, :b)""")
                    .param("s", session).param("a", f.juryA).param("b", f.juryB).query(Long.class).list();
            assertThat(outsiders).as("D6/D7: a PV signed outside the pair, %s", context).isEmpty();
            // O2: a candidate the exam day recorded absent has no result other than Absent
            List<String> outcomes = jdbc.sql("""
                            select coalesce(d.outcome, '-') from eval_deliberation d
                            join conduct_checkin c on c.session_id = d.session_id and c.candidate_id = d.candidate_id
                            where d.session_id = :s and not c.present""")
                    .param("s", session).query(String.class).list();
            assertThat(outcomes).as("O2: a result other than Absent for a candidate recorded absent, %s", context)
                    .allMatch(o -> o.equals("-") || o.equals("ABSENT"));
            // D1: the centre's staff read no PV before every member of the pair has signed it
            List<Long> notSignedByThePair = jdbc.sql("""
                            select v.id from report_version v where v.session_id = :s and (
                              select count(distinct s.person_id) from report_signature s
                              where s.report_version_id = v.id and s.signer_kind = 'JURY') < 2""")
                    .param("s", session).query(Long.class).list();
            for (long version : notSignedByThePair) {
                assertThatThrownBy(() -> closing.sealedPdf(manager, session, version))
                        .as("D1: the staff read PV version %d before the pair signed it, %s", version, context)
                        .isInstanceOf(NoSuchElementException.class);
            }
            List<java.sql.Timestamp> transmissions = jdbc.sql(
                            "select transmitted_at from report_transmission where session_id = :s")
                    .param("s", session).query(java.sql.Timestamp.class).list();
            for (java.sql.Timestamp at : transmissions) {
                assertThat(at.toInstant().atZone(PARIS).toLocalDate()).as("A1: transmitted before the end, %s", context)
                        .isAfter(EvaluationFixtures.END);
            }
        }

        private String evaluationSnapshot() {
            return jdbc.sql("""
                            select coalesce(string_agg(competence_id || ':' || mastered || '@' || entered_at, ','
                                   order by competence_id), '') from eval_synthesis where session_id = :s""")
                    .param("s", session).query(String.class).single()
                    + "|" + jdbc.sql("""
                            select coalesce(string_agg(candidate_id || ':' || coalesce(outcome, '-') || '@' || updated_at,
                                   ',' order by candidate_id), '') from eval_deliberation where session_id = :s""")
                    .param("s", session).query(String.class).single();
        }

        private long count(String sql) {
            return jdbc.sql(sql).param("s", session).query(Long.class).single();
        }
    }
}
