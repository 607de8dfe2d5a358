package fr.sessiontp.planner.replan;

/** One change to announce to one person (candidate, jury member or surveillant), in French. */
public record PersonChange(String person, String activity, String message) {
}
