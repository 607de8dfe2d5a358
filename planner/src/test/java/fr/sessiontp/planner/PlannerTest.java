package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {

    @Test
    void P8_seedIsStrictlyBetterThanTheHandSolution() {
        Problem p = TestFiles.problem("seed-tsmi.json");
        Solution hand = TestFiles.solution("seed-tsmi.hand-solution.json");
        PlanResult r = new Planner().plan(p, PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(5))
                .withUnimprovedLimit(Duration.ofSeconds(2)), null);
        System.out.println("seed: " + r.metrics() + " first " + r.firstFeasibleMillis() + " ms, total " + r.totalMillis());
        r.explanation().forEach(System.out::println);
        assertThat(r.feasible()).isTrue();
        ValidationReport v = new Validator().validate(p, r.solution());
        assertThat(v.violations()).isEmpty();
        assertThat(v.metrics()).isEqualTo(r.metrics());
        assertThat(r.metrics().compareTo(hand.metrics(), p.calendar().days())).isNegative();
    }

    @Test
    void examplesAreFeasible() {
        for (String name : new String[]{"example-10-candidates.json", "example-36-candidates.json"}) {
            Problem p = TestFiles.problem(name);
            PlanResult r = new Planner().plan(p, PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(6))
                    .withUnimprovedLimit(Duration.ofSeconds(2)), null);
            System.out.println(name + ": " + r.metrics() + " first " + r.firstFeasibleMillis() + " ms, total " + r.totalMillis());
            r.explanation().forEach(System.out::println);
            assertThat(r.feasible()).as(name).isTrue();
            assertThat(new Validator().validate(p, r.solution()).violations()).isEmpty();
        }
    }
}
