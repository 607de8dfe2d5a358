package fr.sessiontp.planner;

import fr.sessiontp.planner.bench.Generator;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planner.validation.Validator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Random valid problems: every solution the planner calls feasible passes the independent validator. */
class PlannerProperties {

    @Property(tries = 12)
    void everySolutionPassesTheValidator(@ForAll @IntRange(min = 2, max = 14) int candidates,
                                         @ForAll @IntRange(min = 1, max = 3) int pairs,
                                         @ForAll boolean office, @ForAll boolean hazards,
                                         @ForAll @IntRange(min = 0, max = 1000) int seed) {
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
