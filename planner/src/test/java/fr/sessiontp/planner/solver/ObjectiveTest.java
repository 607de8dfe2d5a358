package fr.sessiontp.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import fr.sessiontp.planner.TestFiles;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** One score: the construction's objective and the local search's soft levels are the same numbers. */
class ObjectiveTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-tsmi.json", "example-10-candidates.json", "extra-time.json"})
    void constructionAndLocalSearchScoreEveryPlanAlike(String name) {
        Problem p = TestFiles.problem(name);
        Instance in = new Instance(p);
        Greedy greedy = new Greedy(in, Pins.none());
        SolutionManager<Schedule, BendableLongScore> manager = SolutionManager.create(SolverEngine.factory(0));
        Random rnd = new Random(3);
        int compared = 0;
        for (int i = 0; i < 40 && compared < 8; i++) {
            Greedy.Plan plan = greedy.build(rnd);
            if (!plan.complete()) continue;
            compared++;
            long[] terms = Objective.of(in, plan.acts());
            BendableLongScore score = manager.update(new ModelBuilder(in).build(plan.acts()));
            assertThat(score.hardScore(0)).isZero();
            for (Objective.Term t : Objective.Term.values()) {
                assertThat(-score.softScore(t.ordinal() + 1)).as(name + " " + t).isEqualTo(terms[t.ordinal()]);
            }
            Metrics m = Validator.metrics(p, Plans.toSolution(in, plan.acts(), plan.pairOf()));
            assertThat(new long[]{m.daysUsed(), m.juryDays(), m.juryMinutes(), m.candidateIdleMinutes()})
                    .as(name + " validator").containsExactly(terms[0], terms[1], terms[2], terms[4]);
        }
        assertThat(compared).isPositive();
    }
}
