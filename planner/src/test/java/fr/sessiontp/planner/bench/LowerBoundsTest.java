package fr.sessiontp.planner.bench;

import fr.sessiontp.planner.PlanOptions;
import fr.sessiontp.planner.PlanResult;
import fr.sessiontp.planner.Planner;
import fr.sessiontp.planner.TestFiles;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.ProblemReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LowerBoundsTest {

    @Test
    void seedBoundsAreTheKnownOnes() {
        assertThat(LowerBounds.of(TestFiles.problem("seed-tsmi.json"))).isEqualTo(new LowerBounds.Bounds(1, 2, 1200));
    }

    /**
     * With QSP at 120 min one pair needs two days; each pair is complete on one day only, so both pairs
     * must come, which raises the jury minutes bound (both pairs hold the tasks). The planner's result
     * is never below the bounds.
     */
    @Test
    void pairsCompleteOnTooFewDaysRaiseTheBound() {
        String json = TestFiles.text("seed-tsmi.json")
                .replace("\"minutes\": 40, \"grouping\": \"INDIVIDUAL\"", "\"minutes\": 120, \"grouping\": \"INDIVIDUAL\"")
                .replace("{\"id\": \"J2\", \"name\": \"Sophie Lemaire\", \"unavailableDays\": []}",
                        "{\"id\": \"J2\", \"name\": \"Sophie Lemaire\", \"unavailableDays\": [\"2026-03-10\"]},"
                                + " {\"id\": \"J3\", \"unavailableDays\": [\"2026-03-09\"]}, {\"id\": \"J4\"}")
                .replace("\"juryPairs\": [[\"J1\", \"J2\"]]", "\"juryPairs\": [[\"J1\", \"J2\"], [\"J3\", \"J4\"]]");
        Problem p = new ProblemReader().read(json).value();
        assertThat(LowerBounds.availableDays(p)).containsExactly(1, 1);
        LowerBounds.Bounds b = LowerBounds.of(p);
        assertThat(b.juryDays()).isEqualTo(4);
        // one pair alone: 2 × (650 + 210 + lunch); two pairs: 2 × (650 + 420 + lunch)
        assertThat(b.juryMinutes()).isGreaterThanOrEqualTo(2 * (650 + 420));
        PlanResult r = new Planner().plan(p, PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(3)), null);
        if (!r.feasible()) return;
        assertThat(r.metrics().juryDays()).isGreaterThanOrEqualTo(b.juryDays());
        if (r.metrics().juryDays() == b.juryDays()) {
            assertThat(r.metrics().juryMinutes()).isGreaterThanOrEqualTo(b.juryMinutes());
        }
    }
}
