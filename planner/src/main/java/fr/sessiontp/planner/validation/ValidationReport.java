package fr.sessiontp.planner.validation;

import fr.sessiontp.planner.format.Solution.Metrics;

import java.util.List;

/** The validator's verdict: violations of hard constraints, soft warnings and the metrics. */
public record ValidationReport(List<Violation> violations, List<Warning> warnings, Metrics metrics) {
    public ValidationReport {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }
}
