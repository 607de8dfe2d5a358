package fr.sessiontp.planner.replan;

import fr.sessiontp.planner.format.Solution.Sitting;

import java.util.List;

/** A sitting that moved (or lost candidates): before → after, with the people concerned. */
public record SittingChange(Sitting before, Sitting after, List<String> people, String message) {
    public SittingChange {
        people = List.copyOf(people);
    }
}
