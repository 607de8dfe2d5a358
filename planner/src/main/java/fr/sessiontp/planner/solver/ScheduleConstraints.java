package fr.sessiontp.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import fr.sessiontp.planner.solver.Facts.CandidateFact;
import fr.sessiontp.planner.solver.Facts.JuryMemberFact;
import fr.sessiontp.planner.solver.Facts.Precedence;
import fr.sessiontp.planner.solver.Facts.PrecedenceKind;

/**
 * The constraints of FORMAT.md as Timefold constraint streams. Hard constraints are penalised by the
 * size of the breach (minutes, or 1 per case); soft levels follow the lexicographic objective.
 * Constraint 1 ("every present candidate sits every épreuve exactly once") holds by construction: the
 * model has exactly one sitting per candidate and épreuve, and one task sitting per active pair.
 */
public class ScheduleConstraints implements ConstraintProvider {

    static final BendableLongScore HARD = BendableLongScore.ofHard(Schedule.HARD_LEVELS, Schedule.SOFT_LEVELS, 0, 1);
    static final int MOVED = 0;
    static final int DAYS_USED = 1;
    static final int JURY_DAYS = 2;
    static final int JURY_MINUTES = 3;
    static final int LAST_END = 4;
    static final int IDLE = 5;

    static BendableLongScore soft(int level) {
        return BendableLongScore.ofSoft(Schedule.HARD_LEVELS, Schedule.SOFT_LEVELS, level, 1);
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[]{
                sittingLastsItsDuration(f),
                sittingInsideDayBounds(f),
                sittingNotOverLunch(f),
                sittingNotBeforeNow(f),
                roomOfRequestedKindAndSize(f),
                juryTaskInConfidentialRoom(f),
                oneSittingPerRoomAtATime(f),
                personNotInTwoSittingsAtOnce(f),
                surveillantNotInTwoSittingsAtOnce(f),
                surveillantPresent(f),
                surveillantNotTrainerOfCandidate(f),
                responsableNeverSurveillant(f),
                juryMemberAvailable(f),
                candidateNotEvaluatedByLinkedJuryMember(f),
                epreuveAfterEpreuve(f),
                epreuveAfterJuryTask(f),
                juryTaskAfterEpreuves(f),
                juryTaskBeforeEpreuves(f),
                movedSittings(f),
                daysUsed(f),
                juryDays(f),
                juryMinutes(f),
                lastDayAndEnd(f),
                candidateIdleMinutes(f)
        };
    }

    // ------------------------------------------------------------------ hard

    /**
     * FORMAT.md constraint 2, rules P5 and X3: an épreuve sitting lasts the longest of its candidates'
     * durations, extra time included (a task lasts its minutes).
     */
    Constraint sittingLastsItsDuration(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> s.getDuration() != s.requiredDuration())
                .penalizeLong(HARD, s -> Math.abs(s.getDuration() - s.requiredDuration()))
                .asConstraint("sittingLastsItsDuration");
    }

    /**
     * FORMAT.md constraint 2: on a listed day, between dayStart and dayEnd (juryDayEnd for jury tasks),
     * on the granularity.
     */
    Constraint sittingInsideDayBounds(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> overflow(s) > 0)
                .penalizeLong(HARD, SittingEntity -> overflow(SittingEntity))
                .asConstraint("sittingInsideDayBounds");
    }

    static int overflow(SittingEntity s) {
        var set = s.getSettings();
        int limit = s.isTask() ? set.juryDayEnd() : set.dayEnd();
        int o = Math.max(0, set.dayStart() - s.startMinute()) + Math.max(0, s.endMinute() - limit);
        if (s.startMinute() % set.granularity() != 0) o += 1;
        return o;
    }

    /** FORMAT.md constraint 2: nothing that involves a person overlaps lunch. */
    Constraint sittingNotOverLunch(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> s.getSettings().overLunch(s.startMinute(), s.endMinute()))
                .penalizeLong(HARD, s -> Math.min(s.endMinute(), s.getSettings().lunchEnd())
                        - Math.max(s.startMinute(), s.getSettings().lunchStart()))
                .asConstraint("sittingNotOverLunch");
    }

    /**
     * Re-planning (rule O6 for late candidates): a sitting not yet begun starts after "now", and after
     * the arrival of a late candidate it includes. Not a constraint of FORMAT.md: 0 outside re-planning.
     */
    Constraint sittingNotBeforeNow(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> !s.isPinned() && s.getStart() < s.getNotBefore())
                .penalizeLong(HARD, s -> s.getNotBefore() - s.getStart())
                .asConstraint("sittingNotBeforeNow");
    }

    /** FORMAT.md constraint 3: the room's kind is the one asked for; grouping and capacity are respected. */
    Constraint roomOfRequestedKindAndSize(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> !s.getRoom().kind().equals(s.getRoomKind()) || s.size() > s.getRoom().capacity()
                        || s.size() > s.getGroupLimit())
                .penalizeLong(HARD, s -> 1 + Math.max(0, s.size() - Math.min(s.getRoom().capacity(), s.getGroupLimit())))
                .asConstraint("roomOfRequestedKindAndSize");
    }

    /** FORMAT.md constraint 3, rule P7: jury tasks are held only in confidential rooms. */
    Constraint juryTaskInConfidentialRoom(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> s.isTask() && !s.getRoom().confidential())
                .penalizeLong(HARD, s -> 1)
                .asConstraint("juryTaskInConfidentialRoom");
    }

    /** FORMAT.md constraint 3: one sitting per room at a time (jury tasks occupy their room too). */
    Constraint oneSittingPerRoomAtATime(ConstraintFactory f) {
        return f.forEachUniquePair(SittingEntity.class,
                        Joiners.equal(s -> s.getRoom().index()),
                        Joiners.overlapping(SittingEntity::getStart, SittingEntity::absEnd))
                .penalizeLong(HARD, (a, b) -> a.clashWith(b, 0))
                .asConstraint("oneSittingPerRoomAtATime");
    }

    /**
     * FORMAT.md constraint 4: no candidate or jury member is in two sittings at once, and the
     * changeover gap is kept between consecutive sittings in different rooms.
     */
    Constraint personNotInTwoSittingsAtOnce(ConstraintFactory f) {
        return f.forEachUniquePair(SittingEntity.class,
                        Joiners.overlapping(SittingEntity::getStart,
                                s -> s.absEnd() + s.getSettings().changeover()))
                .filter((a, b) -> a.sharesPersonWith(b) && a.personClashWith(b, a.getSettings().changeover()) > 0)
                .penalizeLong(HARD, (a, b) -> a.personClashWith(b, a.getSettings().changeover()))
                .asConstraint("personNotInTwoSittingsAtOnce");
    }

    /** FORMAT.md constraint 4: a surveillant is in one sitting at a time, changeover included. */
    Constraint surveillantNotInTwoSittingsAtOnce(ConstraintFactory f) {
        return f.forEachUniquePair(SittingEntity.class,
                        Joiners.equal(s -> s.getSurveillant().index()),
                        Joiners.overlapping(SittingEntity::getStart,
                                s -> s.absEnd() + s.getSettings().changeover()))
                .filter((a, b) -> !a.getSurveillant().none()
                        && a.clashWith(b, a.getSettings().changeover()) > 0)
                .penalizeLong(HARD, (a, b) -> a.clashWith(b, a.getSettings().changeover()))
                .asConstraint("surveillantNotInTwoSittingsAtOnce");
    }

    /** FORMAT.md constraint 5: a SURVEILLANT sitting has one surveillant (a JURY sitting none). */
    Constraint surveillantPresent(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> s.isNeedsSurveillant() == s.getSurveillant().none())
                .penalizeLong(HARD, s -> 1)
                .asConstraint("surveillantPresent");
    }

    /** FORMAT.md constraint 5, rule S4: a surveillant never proctors a candidate they trained. */
    Constraint surveillantNotTrainerOfCandidate(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> s.getSurveillant().trainsAnyOf(s.getCandidateSet()))
                .penalizeLong(HARD, s -> 1)
                .asConstraint("surveillantNotTrainerOfCandidate");
    }

    /** FORMAT.md constraint 5, rule S5: the responsable de session is never the surveillant. */
    Constraint responsableNeverSurveillant(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> s.getSurveillant().responsable())
                .penalizeLong(HARD, s -> 1)
                .asConstraint("responsableNeverSurveillant");
    }

    /** FORMAT.md constraint 5: a jury member never attends on a day they are unavailable. */
    Constraint juryMemberAvailable(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .join(JuryMemberFact.class, Joiners.filtering((s, j) -> s.hasJury(j.index())
                        && j.unavailableDays().get(s.day())))
                .penalizeLong(HARD, (s, j) -> 1)
                .asConstraint("juryMemberAvailable");
    }

    /**
     * FORMAT.md constraint 6, rule S3: a candidate is never evaluated by a jury member with whom they
     * have a declared link.
     */
    Constraint candidateNotEvaluatedByLinkedJuryMember(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .join(CandidateFact.class, Joiners.filtering((s, c) -> s.hasCandidate(c.index())
                        && intersects(c, s)))
                .penalizeLong(HARD, (s, c) -> 1)
                .asConstraint("candidateNotEvaluatedByLinkedJuryMember");
    }

    private static boolean intersects(CandidateFact c, SittingEntity s) {
        for (int j : s.getJury()) if (c.linkedMembers().get(j)) return true;
        return false;
    }

    /** FORMAT.md constraint 7: a candidate finishes every épreuve listed in {@code after} first. */
    Constraint epreuveAfterEpreuve(ConstraintFactory f) {
        return precedence(f, PrecedenceKind.EPREUVE_AFTER_EPREUVE, "epreuveAfterEpreuve");
    }

    /** FORMAT.md constraint 7: the candidate's pair finishes the {@code afterJuryTasks} first. */
    Constraint epreuveAfterJuryTask(ConstraintFactory f) {
        return precedence(f, PrecedenceKind.EPREUVE_AFTER_TASK, "epreuveAfterJuryTask");
    }

    /** FORMAT.md constraint 7: a task starts after the pair's candidates finished its {@code afterEpreuves}. */
    Constraint juryTaskAfterEpreuves(ConstraintFactory f) {
        return precedence(f, PrecedenceKind.TASK_AFTER_EPREUVE, "juryTaskAfterEpreuves");
    }

    /** FORMAT.md constraint 7: no candidate of the pair starts a {@code beforeEpreuves} épreuve before the task ends. */
    Constraint juryTaskBeforeEpreuves(ConstraintFactory f) {
        return precedence(f, PrecedenceKind.TASK_BEFORE_EPREUVE, "juryTaskBeforeEpreuves");
    }

    private static Constraint precedence(ConstraintFactory f, PrecedenceKind kind, String name) {
        return f.forEach(Precedence.class)
                .filter(p -> p.kind() == kind)
                .join(SittingEntity.class, Joiners.equal(Precedence::beforeId, SittingEntity::getId))
                .join(SittingEntity.class, Joiners.equal((p, b) -> p.afterId(), SittingEntity::getId))
                .filter((p, b, a) -> b.absEnd() > a.getStart())
                .penalizeLong(HARD, (p, b, a) -> b.absEnd() - a.getStart())
                .asConstraint(name);
    }

    // ------------------------------------------------------------------ soft (objective)

    /** Re-planning: each sitting moved from its previous day, time or room is a change to announce. */
    Constraint movedSittings(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .filter(s -> s.getPreviousStart() != null && (!s.getPreviousStart().equals(s.getStart())
                        || !s.getPreviousRoom().equals(s.getRoom().id())))
                .penalizeLong(soft(MOVED), s -> 1)
                .asConstraint("movedSittings");
    }

    /** Objective term 1 of FORMAT.md: days on which anything is scheduled. */
    Constraint daysUsed(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .groupBy(SittingEntity::day)
                .penalizeLong(soft(DAYS_USED), d -> 1)
                .asConstraint(Objective.Term.DAYS_USED.key());
    }

    /** Objective term 2 of FORMAT.md: days attended, summed over jury members. */
    Constraint juryDays(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .join(JuryMemberFact.class, Joiners.filtering((s, j) -> s.hasJury(j.index())))
                .groupBy((s, j) -> j, (s, j) -> s.day())
                .penalizeLong(soft(JURY_DAYS), (j, d) -> 1)
                .asConstraint(Objective.Term.JURY_DAYS.key());
    }

    /** Objective term 3 of FORMAT.md: per jury member and day, last end minus first start. */
    Constraint juryMinutes(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .join(JuryMemberFact.class, Joiners.filtering((s, j) -> s.hasJury(j.index())))
                .groupBy((s, j) -> j, (s, j) -> s.day(),
                        ConstraintCollectors.min((SittingEntity s, JuryMemberFact j) -> s.getStart()),
                        ConstraintCollectors.max((SittingEntity s, JuryMemberFact j) -> s.absEnd()))
                .penalizeLong(soft(JURY_MINUTES), (j, d, first, last) -> Objective.span(first, last))
                .asConstraint(Objective.Term.JURY_MINUTES.key());
    }

    /** Objective term 4 of FORMAT.md: (lastDay, lastEnd) as one absolute time, day × 1440 + end. */
    Constraint lastDayAndEnd(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .groupBy(ConstraintCollectors.max(SittingEntity::absEnd))
                .penalizeLong(soft(LAST_END), Objective::lastEnd)
                .asConstraint(Objective.Term.LAST_END.key());
    }

    /** Objective term 5 of FORMAT.md: per candidate and day, last end minus first start minus time in sittings. */
    Constraint candidateIdleMinutes(ConstraintFactory f) {
        return f.forEach(SittingEntity.class)
                .join(CandidateFact.class, Joiners.filtering((s, c) -> s.hasCandidate(c.index())))
                .groupBy((s, c) -> c, (s, c) -> s.day(),
                        ConstraintCollectors.compose(
                                ConstraintCollectors.min((SittingEntity s, CandidateFact c) -> s.getStart()),
                                ConstraintCollectors.max((SittingEntity s, CandidateFact c) -> s.candidateEnd(c.index())),
                                ConstraintCollectors.sum((SittingEntity s, CandidateFact c) -> s.candidateDuration(c.index())),
                                (first, last, busy) -> Objective.idle(first, last, busy)))
                .penalizeLong(soft(IDLE), (c, d, idle) -> idle)
                .asConstraint(Objective.Term.CANDIDATE_IDLE.key());
    }
}
