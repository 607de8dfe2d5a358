package fr.sessiontp.planner.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import fr.sessiontp.planner.format.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** French explanation of a score: which constraint is broken or costly, and by how much. */
public final class Explanations {

    /** Number in FORMAT.md (hard constraint 1–7, or objective term 1–5; 0 for re-planning) and rule ID. */
    public record Info(boolean hard, int number, String ruleId) {
    }

    public static final Map<String, Info> CONSTRAINTS = Map.ofEntries(
            Map.entry("sittingLastsItsDuration", new Info(true, 2, "P5")),
            Map.entry("sittingInsideDayBounds", new Info(true, 2, null)),
            Map.entry("sittingNotOverLunch", new Info(true, 2, null)),
            Map.entry("sittingNotBeforeNow", new Info(true, 0, "O6")),
            Map.entry("roomOfRequestedKindAndSize", new Info(true, 3, null)),
            Map.entry("juryTaskInConfidentialRoom", new Info(true, 3, "P7")),
            Map.entry("oneSittingPerRoomAtATime", new Info(true, 3, null)),
            Map.entry("personNotInTwoSittingsAtOnce", new Info(true, 4, null)),
            Map.entry("surveillantNotInTwoSittingsAtOnce", new Info(true, 4, null)),
            Map.entry("surveillantPresent", new Info(true, 5, null)),
            Map.entry("surveillantNotTrainerOfCandidate", new Info(true, 5, "S4")),
            Map.entry("responsableNeverSurveillant", new Info(true, 5, "S5")),
            Map.entry("juryMemberAvailable", new Info(true, 5, null)),
            Map.entry("candidateNotEvaluatedByLinkedJuryMember", new Info(true, 6, "S3")),
            Map.entry("epreuveAfterEpreuve", new Info(true, 7, null)),
            Map.entry("epreuveAfterJuryTask", new Info(true, 7, null)),
            Map.entry("juryTaskAfterEpreuves", new Info(true, 7, null)),
            Map.entry("juryTaskBeforeEpreuves", new Info(true, 7, null)),
            Map.entry("movedSittings", new Info(false, 0, "O6")),
            Map.entry("daysUsed", new Info(false, 1, null)),
            Map.entry("juryDays", new Info(false, 2, null)),
            Map.entry("juryMinutes", new Info(false, 3, null)),
            Map.entry("lastDayAndEnd", new Info(false, 4, null)),
            Map.entry("candidateIdleMinutes", new Info(false, 5, null)));

    private Explanations() {
    }

    /** Lines for every broken hard constraint, then every objective term (1 to 5, in order), in French. */
    public static List<String> lines(ScoreAnalysis<BendableLongScore> analysis, List<String> days) {
        List<String> hard = new ArrayList<>();
        List<String> soft = new ArrayList<>();
        Map<String, Long> terms = new java.util.HashMap<>();
        for (ConstraintAnalysis<BendableLongScore> ca : analysis.constraintAnalyses()) {
            BendableLongScore score = ca.score();
            String name = ca.constraintName();
            Info info = CONSTRAINTS.get(name);
            if (info == null) continue;
            if (!info.hard() && info.number() > 0) {
                long amount = 0;
                for (int i = 0; i < Schedule.SOFT_LEVELS; i++) amount -= score.softScore(i);
                terms.put(name, amount);
                continue;
            }
            if (score.isZero()) continue;
            String label = Messages.get("constraint." + name);
            if (info.hard()) {
                long amount = -score.hardScore(0);
                hard.add(Messages.get("explain.hard", info.number(), info.ruleId() == null ? "" : ", " + info.ruleId(),
                        label, ca.matchCount(), amount));
            } else {
                long amount = 0;
                for (int i = 0; i < Schedule.SOFT_LEVELS; i++) amount -= score.softScore(i);
                soft.add(Messages.get("explain.moved", label, amount));
            }
        }
        hard.sort(String::compareTo);
        List<String> out = new ArrayList<>(hard);
        out.addAll(soft);
        for (Objective.Term t : Objective.Term.values()) {
            long amount = terms.getOrDefault(t.key(), 0L);
            String value = String.valueOf(amount);
            if (t == Objective.Term.LAST_END) {
                int day = (int) (amount / Instance.DAY);
                value = (day < days.size() ? days.get(day) : "-") + " "
                        + fr.sessiontp.planner.format.Times.format((int) (amount % Instance.DAY));
            }
            out.add(Messages.get("explain.soft", t.ordinal() + 1, Messages.get("constraint." + t.key()), value));
        }
        return out;
    }
}
