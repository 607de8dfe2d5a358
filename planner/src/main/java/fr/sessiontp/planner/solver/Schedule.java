package fr.sessiontp.planner.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import fr.sessiontp.planner.solver.Facts.CandidateFact;
import fr.sessiontp.planner.solver.Facts.JuryMemberFact;
import fr.sessiontp.planner.solver.Facts.Precedence;
import fr.sessiontp.planner.solver.Facts.RoomFact;
import fr.sessiontp.planner.solver.Facts.SurveillantFact;

import java.util.List;

/**
 * The Timefold planning solution. Score: one hard level (constraints 1–7 of FORMAT.md) and six soft
 * levels in lexicographic order: moved sittings (re-planning only), daysUsed, juryDays, juryMinutes,
 * (lastDay, lastEnd) as one absolute end time, candidateIdleMinutes.
 */
@PlanningSolution
public class Schedule {
    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 6;

    @ProblemFactCollectionProperty
    private List<RoomFact> rooms;
    @ProblemFactCollectionProperty
    private List<SurveillantFact> surveillants;
    @ProblemFactCollectionProperty
    private List<JuryMemberFact> juryMembers;
    @ProblemFactCollectionProperty
    private List<CandidateFact> candidates;
    @ProblemFactCollectionProperty
    private List<Precedence> precedences;
    @PlanningEntityCollectionProperty
    private List<SittingEntity> sittings;
    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    public Schedule() {
    }

    public Schedule(List<RoomFact> rooms, List<SurveillantFact> surveillants, List<JuryMemberFact> juryMembers,
                    List<CandidateFact> candidates, List<Precedence> precedences, List<SittingEntity> sittings) {
        this.rooms = rooms;
        this.surveillants = surveillants;
        this.juryMembers = juryMembers;
        this.candidates = candidates;
        this.precedences = precedences;
        this.sittings = sittings;
    }

    public List<RoomFact> getRooms() {
        return rooms;
    }

    public List<SurveillantFact> getSurveillants() {
        return surveillants;
    }

    public List<JuryMemberFact> getJuryMembers() {
        return juryMembers;
    }

    public List<CandidateFact> getCandidates() {
        return candidates;
    }

    public List<Precedence> getPrecedences() {
        return precedences;
    }

    public List<SittingEntity> getSittings() {
        return sittings;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
