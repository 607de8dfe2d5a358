package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.ProblemReader;
import fr.sessiontp.planner.format.ReadResult;
import fr.sessiontp.planner.format.SolutionWriter;
import fr.sessiontp.planner.validation.Validator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random problems of varied shapes (random épreuves, groupings, orders, tasks, links, fixed pairs,
 * trainers, unavailable jury): the planner never throws, a feasible result passes the validator, an
 * infeasible one gives French reasons.
 */
class RandomShapesProperties {

    @Property(tries = 15)
    void plannerIsRobustOnRandomShapes(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
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
