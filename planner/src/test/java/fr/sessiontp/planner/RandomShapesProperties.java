package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.SolutionWriter;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Random problems of varied shapes (random épreuves, groupings, orders, tasks, links, fixed pairs,
 * trainers, unavailable jury): the planner never throws, a feasible result passes the validator, an
 * infeasible one gives French reasons.
 */
class RandomShapesProperties {

    @Test
    void plannerIsRobustOnRandomShapes() {
        Theories.qt(15, 20).forAll(longs().between(0, 100_000)).checkAssert(this::plannerIsRobustOn);
    }

    private void plannerIsRobustOn(long seed) {
        Problem p = RandomShapes.problem(seed);
        PlanResult r = new Planner().plan(p, PlanOptions.defaults().withTimeLimit(Duration.ofMillis(400))
                .withUnimprovedLimit(Duration.ofMillis(200)).withSeed(seed), null);
        if (r.feasible()) {
            assertThat(new Validator().validate(p, r.solution()).violations()).isEmpty();
            // what is written can be read back
            String json = new SolutionWriter().write(r.solution());
            assertThat(new fr.sessiontp.planner.format.SolutionReader().read(json).ok()).isTrue();
        } else {
            assertThat(r.infeasibleReasons()).isNotEmpty();
        }
    }
}
