package fr.sessiontp.planner.replan;

import fr.sessiontp.planner.PlanResult;

import java.util.List;

/** The new déroulé and what changed, per sitting and per person. */
public record ReplanResult(PlanResult result, List<SittingChange> sittingChanges, List<PersonChange> personChanges) {
    public ReplanResult {
        sittingChanges = List.copyOf(sittingChanges);
        personChanges = List.copyOf(personChanges);
    }
}
