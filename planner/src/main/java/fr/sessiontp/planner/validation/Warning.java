package fr.sessiontp.planner.validation;

/** A soft warning (e.g. P3: a day that runs past 18:00), in French. */
public record Warning(String ruleId, String day, String message) {
    @Override
    public String toString() {
        return "[" + ruleId + "] " + message;
    }
}
