package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.format.Times;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed example at its proven optimum: 2 days, 2 jury days, 1,200 jury minutes, 18:00, 990 idle minutes. */
class OptimumTest {

    @Test
    void seedReachesTheProvenOptimumOnEveryTerm() {
        Problem p = TestFiles.problem("seed-tsmi.json");
        PlanResult r = new Planner().plan(p, PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withSeed(1),
                null);
        assertThat(r.feasible()).isTrue();
        assertThat(r.metrics()).isEqualTo(new Metrics(2, 2, 1200, "2026-03-10", Times.parse("18:00"), 990));
        assertThat(r.firstFeasibleMillis()).isLessThan(1000);
    }
}
