package fr.sessiontp.planner;

import fr.sessiontp.planner.bench.Generator;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

/** Random valid problems: every solution the planner calls feasible passes the independent validator. */
class PlannerProperties {

    /** A generated problem's shape. */
    record Shape(int candidates, int pairs, boolean office, boolean hazards, int seed) {
    }

    @Test
    void everySolutionPassesTheValidator() {
        Theories.qt(12, 20)
                .forAll(integers().between(2, 14).zip(integers().between(1, 3), booleans().all(), booleans().all(),
                        integers().between(0, 1000), Shape::new))
                .checkAssert(shape -> everySolutionPassesTheValidator(shape.candidates(), shape.pairs(), shape.office(),
                        shape.hazards(), shape.seed()));
    }

    private void everySolutionPassesTheValidator(int candidates, int pairs, boolean office, boolean hazards, int seed) {
        Problem p = Generator.generate(new Generator.Spec(office ? Generator.Kind.OFFICE : Generator.Kind.WORKSHOP,
                candidates, pairs, hazards, seed));
        PlanResult r = new Planner().plan(p, PlanOptions.defaults().withTimeLimit(Duration.ofMillis(1200))
                .withUnimprovedLimit(Duration.ofMillis(500)).withSeed(seed), null);
        if (r.feasible()) {
            ValidationReport v = new Validator().validate(p, r.solution());
            assertThat(v.violations()).isEmpty();
            assertThat(v.metrics()).isEqualTo(r.metrics());
        } else {
            assertThat(r.infeasibleReasons()).isNotEmpty();
        }
    }
}
