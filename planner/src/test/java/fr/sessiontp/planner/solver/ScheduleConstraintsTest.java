package fr.sessiontp.planner.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import fr.sessiontp.planner.solver.Facts.CandidateFact;
import fr.sessiontp.planner.solver.Facts.JuryMemberFact;
import fr.sessiontp.planner.solver.Facts.Precedence;
import fr.sessiontp.planner.solver.Facts.PrecedenceKind;
import fr.sessiontp.planner.solver.Facts.RoomFact;
import fr.sessiontp.planner.solver.Facts.Settings;
import fr.sessiontp.planner.solver.Facts.SurveillantFact;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

/** One ConstraintVerifier test per constraint (rule ID in the name where there is one). */
class ScheduleConstraintsTest {
    private static final Settings SET = new Settings(450, 1080, 1140, 750, 810, 5, 0);
    private static final Settings SET_CHANGEOVER = new Settings(450, 1080, 1140, 750, 810, 5, 10);
    private static final RoomFact SALLE = new RoomFact(0, "SALLE-1", "SALLE", 12, false);
    private static final RoomFact SALLE2 = new RoomFact(1, "SALLE-2", "SALLE", 12, false);
    private static final RoomFact JURY_ROOM = new RoomFact(2, "JURY-A", "JURY", 1, true);
    private static final SurveillantFact S1 = new SurveillantFact(0, "S1", false, bits());
    private static final SurveillantFact TRAINER = new SurveillantFact(1, "S2", false, bits(0));
    private static final SurveillantFact RESP = new SurveillantFact(2, "R1", true, bits());

    private final ConstraintVerifier<ScheduleConstraints, Schedule> verifier =
            ConstraintVerifier.build(new ScheduleConstraints(), Schedule.class, SittingEntity.class);

    private static BitSet bits(int... values) {
        BitSet b = new BitSet();
        for (int v : values) b.set(v);
        return b;
    }

    private static int counter;

    /** A SURVEILLANT épreuve sitting. */
    static SittingEntity proctored(int[] cands, int start, int duration, RoomFact room, SurveillantFact s,
                                   Settings set) {
        int[] durations = new int[cands.length];
        java.util.Arrays.fill(durations, duration);
        SittingEntity e = new SittingEntity("E" + (counter++), false, 0, "QP", "SALLE", -1, cands, new int[0],
                new BitSet(), duration, durations, Integer.MAX_VALUE, true, set);
        e.setStart(start);
        e.setRoom(room);
        e.setSurveillant(s);
        return e;
    }

    static SittingEntity proctored(int[] cands, int start, int duration) {
        return proctored(cands, start, duration, SALLE, S1, SET);
    }

    /** A JURY épreuve sitting with pair 0 (members 0 and 1). */
    static SittingEntity withJury(int[] cands, int start, int duration, BitSet unavailable) {
        int[] durations = new int[cands.length];
        java.util.Arrays.fill(durations, duration);
        SittingEntity e = new SittingEntity("J" + (counter++), false, 1, "EF", "JURY", 0, cands, new int[]{0, 1},
                unavailable, duration, durations, 1, false, SET);
        e.setStart(start);
        e.setRoom(JURY_ROOM);
        e.setSurveillant(SurveillantFact.NONE);
        return e;
    }

    static SittingEntity task(int start, int duration, RoomFact room) {
        SittingEntity e = new SittingEntity("T" + (counter++), true, 0, "CORRECTION", "JURY", 0, new int[0],
                new int[]{0, 1}, new BitSet(), duration, new int[0], Integer.MAX_VALUE, false, SET);
        e.setStart(start);
        e.setRoom(room);
        e.setSurveillant(SurveillantFact.NONE);
        return e;
    }

    @Test
    void P5_X3_sittingLastsItsDuration() {
        SittingEntity s = proctored(new int[]{0, 1}, 480, 60);
        SittingEntity extra = new SittingEntity("X", false, 0, "QP", "SALLE", -1, new int[]{0, 1}, new int[0],
                new BitSet(), 60, new int[]{60, 80}, Integer.MAX_VALUE, true, SET);
        extra.setStart(480);
        extra.setRoom(SALLE);
        extra.setSurveillant(S1);
        verifier.verifyThat(ScheduleConstraints::sittingLastsItsDuration).given(s).penalizesBy(0);
        verifier.verifyThat(ScheduleConstraints::sittingLastsItsDuration).given(extra).penalizesBy(20);
    }

    @Test
    void sittingInsideDayBounds() {
        verifier.verifyThat(ScheduleConstraints::sittingInsideDayBounds)
                .given(proctored(new int[]{0}, 420, 60)).penalizesBy(30);
        verifier.verifyThat(ScheduleConstraints::sittingInsideDayBounds)
                .given(proctored(new int[]{0}, 1440 + 1050, 60)).penalizesBy(30);
        verifier.verifyThat(ScheduleConstraints::sittingInsideDayBounds)
                .given(task(1080, 60, JURY_ROOM)).penalizesBy(0); // juryDayEnd 19:00
        verifier.verifyThat(ScheduleConstraints::sittingInsideDayBounds)
                .given(proctored(new int[]{0}, 482, 60)).penalizesBy(1); // off the granularity
    }

    @Test
    void sittingNotOverLunch() {
        verifier.verifyThat(ScheduleConstraints::sittingNotOverLunch)
                .given(proctored(new int[]{0}, 720, 60)).penalizesBy(30);
        verifier.verifyThat(ScheduleConstraints::sittingNotOverLunch)
                .given(proctored(new int[]{0}, 690, 60)).penalizesBy(0); // ends exactly at 12:30
    }

    @Test
    void O6_sittingNotBeforeNow() {
        SittingEntity s = proctored(new int[]{0}, 540, 60);
        s.setNotBefore(600);
        verifier.verifyThat(ScheduleConstraints::sittingNotBeforeNow).given(s).penalizesBy(60);
    }

    @Test
    void roomOfRequestedKindAndSize() {
        verifier.verifyThat(ScheduleConstraints::roomOfRequestedKindAndSize)
                .given(proctored(new int[]{0}, 480, 60, JURY_ROOM, S1, SET)).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::roomOfRequestedKindAndSize)
                .given(withJury(new int[]{0, 1}, 480, 20, new BitSet())).penalizesBy(2); // individual: 1 too many
        verifier.verifyThat(ScheduleConstraints::roomOfRequestedKindAndSize)
                .given(proctored(new int[]{0, 1}, 480, 60)).penalizesBy(0);
    }

    @Test
    void P7_juryTaskInConfidentialRoom() {
        verifier.verifyThat(ScheduleConstraints::juryTaskInConfidentialRoom)
                .given(task(480, 60, SALLE)).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::juryTaskInConfidentialRoom)
                .given(task(480, 60, JURY_ROOM)).penalizesBy(0);
    }

    @Test
    void oneSittingPerRoomAtATime() {
        verifier.verifyThat(ScheduleConstraints::oneSittingPerRoomAtATime)
                .given(proctored(new int[]{0}, 480, 60), proctored(new int[]{1}, 525, 60)).penalizesBy(15);
        verifier.verifyThat(ScheduleConstraints::oneSittingPerRoomAtATime)
                .given(proctored(new int[]{0}, 480, 60), proctored(new int[]{1}, 540, 60)).penalizesBy(0);
    }

    @Test
    void personNotInTwoSittingsAtOnce() {
        verifier.verifyThat(ScheduleConstraints::personNotInTwoSittingsAtOnce)
                .given(proctored(new int[]{0, 1}, 480, 60, SALLE, S1, SET),
                        proctored(new int[]{1}, 510, 60, SALLE2, S1, SET)).penalizesBy(30);
        verifier.verifyThat(ScheduleConstraints::personNotInTwoSittingsAtOnce)
                .given(withJury(new int[]{0}, 480, 20, new BitSet()), task(490, 60, JURY_ROOM)).penalizesBy(10);
        // changeover: 5 min between two rooms instead of 10
        verifier.verifyThat(ScheduleConstraints::personNotInTwoSittingsAtOnce)
                .given(proctored(new int[]{0}, 480, 60, SALLE, S1, SET_CHANGEOVER),
                        proctored(new int[]{0}, 545, 60, SALLE2, S1, SET_CHANGEOVER)).penalizesBy(5);
        verifier.verifyThat(ScheduleConstraints::personNotInTwoSittingsAtOnce)
                .given(proctored(new int[]{0}, 480, 60, SALLE, S1, SET_CHANGEOVER),
                        proctored(new int[]{0}, 540, 60, SALLE, S1, SET_CHANGEOVER)).penalizesBy(0);
    }

    @Test
    void surveillantNotInTwoSittingsAtOnce() {
        verifier.verifyThat(ScheduleConstraints::surveillantNotInTwoSittingsAtOnce)
                .given(proctored(new int[]{0}, 480, 60, SALLE, S1, SET),
                        proctored(new int[]{1}, 500, 60, SALLE2, S1, SET)).penalizesBy(40);
    }

    @Test
    void surveillantPresent() {
        verifier.verifyThat(ScheduleConstraints::surveillantPresent)
                .given(proctored(new int[]{0}, 480, 60, SALLE, SurveillantFact.NONE, SET)).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::surveillantPresent)
                .given(withJury(new int[]{0}, 480, 20, new BitSet())).penalizesBy(0);
    }

    @Test
    void S4_surveillantNotTrainerOfCandidate() {
        verifier.verifyThat(ScheduleConstraints::surveillantNotTrainerOfCandidate)
                .given(proctored(new int[]{0, 1}, 480, 60, SALLE, TRAINER, SET)).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::surveillantNotTrainerOfCandidate)
                .given(proctored(new int[]{1}, 480, 60, SALLE, TRAINER, SET)).penalizesBy(0);
    }

    @Test
    void S5_responsableNeverSurveillant() {
        verifier.verifyThat(ScheduleConstraints::responsableNeverSurveillant)
                .given(proctored(new int[]{0}, 480, 60, SALLE, RESP, SET)).penalizesBy(1);
    }

    @Test
    void juryMemberAvailable() {
        JuryMemberFact j0 = new JuryMemberFact(0, "J1", bits(1));
        JuryMemberFact j1 = new JuryMemberFact(1, "J2", bits());
        verifier.verifyThat(ScheduleConstraints::juryMemberAvailable)
                .given(j0, j1, withJury(new int[]{0}, 1440 + 480, 20, bits(1))).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::juryMemberAvailable)
                .given(j0, j1, withJury(new int[]{0}, 480, 20, bits(1))).penalizesBy(0);
    }

    @Test
    void S3_candidateNotEvaluatedByLinkedJuryMember() {
        CandidateFact linked = new CandidateFact(0, "C1", bits(1));
        CandidateFact free = new CandidateFact(1, "C2", bits(3));
        verifier.verifyThat(ScheduleConstraints::candidateNotEvaluatedByLinkedJuryMember)
                .given(linked, free, withJury(new int[]{0}, 480, 20, new BitSet()),
                        withJury(new int[]{1}, 500, 20, new BitSet())).penalizesBy(1);
    }

    private void verifyPrecedence(PrecedenceKind kind, java.util.function.BiFunction<ScheduleConstraints,
            ai.timefold.solver.core.api.score.stream.ConstraintFactory, ai.timefold.solver.core.api.score.stream.Constraint> c) {
        SittingEntity before = proctored(new int[]{0}, 480, 60);
        SittingEntity after = proctored(new int[]{0}, 520, 60);
        Precedence p = new Precedence(before.getId(), after.getId(), kind);
        verifier.verifyThat(c).given(p, before, after).penalizesBy(20);
        SittingEntity later = proctored(new int[]{0}, 540, 60);
        verifier.verifyThat(c).given(new Precedence(before.getId(), later.getId(), kind), before, later)
                .penalizesBy(0);
    }

    @Test
    void epreuveAfterEpreuve() {
        verifyPrecedence(PrecedenceKind.EPREUVE_AFTER_EPREUVE, ScheduleConstraints::epreuveAfterEpreuve);
    }

    @Test
    void epreuveAfterJuryTask() {
        verifyPrecedence(PrecedenceKind.EPREUVE_AFTER_TASK, ScheduleConstraints::epreuveAfterJuryTask);
    }

    @Test
    void juryTaskAfterEpreuves() {
        verifyPrecedence(PrecedenceKind.TASK_AFTER_EPREUVE, ScheduleConstraints::juryTaskAfterEpreuves);
    }

    @Test
    void juryTaskBeforeEpreuves() {
        verifyPrecedence(PrecedenceKind.TASK_BEFORE_EPREUVE, ScheduleConstraints::juryTaskBeforeEpreuves);
    }

    @Test
    void movedSittings() {
        SittingEntity moved = proctored(new int[]{0}, 540, 60);
        moved.setPrevious(480, "SALLE-1");
        SittingEntity kept = proctored(new int[]{1}, 600, 60);
        kept.setPrevious(600, "SALLE-1");
        verifier.verifyThat(ScheduleConstraints::movedSittings).given(moved, kept).penalizesBy(1);
    }

    @Test
    void daysUsed() {
        verifier.verifyThat(ScheduleConstraints::daysUsed)
                .given(proctored(new int[]{0}, 480, 60), proctored(new int[]{0}, 600, 60),
                        proctored(new int[]{0}, 1440 + 480, 60)).penalizesBy(2);
    }

    @Test
    void juryDays() {
        List<JuryMemberFact> members = List.of(new JuryMemberFact(0, "J1", bits()), new JuryMemberFact(1, "J2", bits()));
        verifier.verifyThat(ScheduleConstraints::juryDays)
                .given(members.get(0), members.get(1), withJury(new int[]{0}, 480, 20, new BitSet()),
                        task(600, 60, JURY_ROOM), withJury(new int[]{1}, 1440 + 480, 20, new BitSet()),
                        proctored(new int[]{2}, 2 * 1440 + 480, 60))
                .penalizesBy(4);
    }

    @Test
    void juryMinutes() {
        verifier.verifyThat(ScheduleConstraints::juryMinutes)
                .given(new JuryMemberFact(0, "J1", bits()), new JuryMemberFact(1, "J2", bits()),
                        withJury(new int[]{0}, 480, 20, new BitSet()), task(600, 60, JURY_ROOM))
                .penalizesBy(2 * (660 - 480));
    }

    @Test
    void lastDayAndEnd() {
        verifier.verifyThat(ScheduleConstraints::lastDayAndEnd)
                .given(proctored(new int[]{0}, 480, 60), proctored(new int[]{0}, 1440 + 600, 60))
                .penalizesBy(1440 + 660);
    }

    @Test
    void candidateIdleMinutes() {
        verifier.verifyThat(ScheduleConstraints::candidateIdleMinutes)
                .given(new CandidateFact(0, "C1", bits()), new CandidateFact(1, "C2", bits()),
                        proctored(new int[]{0, 1}, 480, 60), proctored(new int[]{0}, 600, 60),
                        proctored(new int[]{1}, 1440 + 600, 60))
                .penalizesBy(60);
    }
}
