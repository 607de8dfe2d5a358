package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.TestFiles;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class GreedyTest {
    @ParameterizedTest
    @ValueSource(strings = {"seed-tsmi.json", "example-10-candidates.json", "example-36-candidates.json"})
    void greedyPlansAreFeasible(String name) {
        Problem p = TestFiles.problem(name);
        Instance in = new Instance(p);
        Greedy greedy = new Greedy(in, Pins.none());
        Random rnd = new Random(1);
        Greedy.Plan best = null;
        long t0 = System.nanoTime();
        int complete = 0;
        for (int i = 0; i < 300; i++) {
            Greedy.Plan plan = greedy.build(rnd);
            if (!plan.complete()) continue;
            complete++;
            ValidationReport r = new Validator().validate(p, Plans.toSolution(in, plan.acts(), plan.pairOf()));
            assertThat(r.violations()).as(name).isEmpty();
            if (best == null || Objective.compare(plan.objective(), best.objective()) < 0) best = plan;
        }
        System.out.println(name + " complete " + complete + "/300 in " + (System.nanoTime() - t0) / 1_000_000 + " ms; best "
                + java.util.Arrays.toString(best.objective()) + " -> "
                + new Validator().validate(p, Plans.toSolution(in, best.acts(), best.pairOf())).metrics());
    }
}
