package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Problem.Calendar;
import fr.sessiontp.planner.format.Problem.Candidate;
import fr.sessiontp.planner.format.Problem.Presence;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeCaseTest {
    private final Problem seed = TestFiles.problem("seed-tsmi.json");

    private static PlanOptions quick() {
        return PlanOptions.defaults().withTimeLimit(Duration.ofMillis(1500)).withUnimprovedLimit(Duration.ofMillis(500));
    }

    private static void assertValid(Problem p, PlanResult r) {
        assertThat(r.feasible()).as(r.explanation() + " " + r.infeasibleReasons()).isTrue();
        assertThat(new Validator().validate(p, r.solution()).violations()).isEmpty();
    }

    @Test
    void everyoneAbsentGivesAnEmptyFeasibleDeroule() {
        List<Candidate> absent = seed.candidates().stream()
                .map(c -> new Candidate(c.id(), c.name(), c.conflictsWith(), null, true, 0)).toList();
        Problem p = new Problem(1, "X", seed.calendar(), seed.rooms(), seed.responsable(), seed.jury(),
                seed.juryPairs(), seed.surveillants(), absent, seed.epreuves(), seed.juryTasks());
        PlanResult r = new Planner().plan(p, quick(), null);
        assertValid(p, r);
        assertThat(r.solution().sittings()).isEmpty();
    }

    @Test
    void noJuryTasksNoLunchCoarseGranularityAndChangeover() {
        var c = seed.calendar();
        Problem p = new Problem(1, "X", new Calendar(c.days(), 480, 1080, 1080, null, 15, 10), seed.rooms(),
                seed.responsable(), seed.jury(), seed.juryPairs(), seed.surveillants(), seed.candidates(),
                seed.epreuves().stream().map(e -> new Problem.Epreuve(e.id(), e.label(), 60, e.grouping(),
                        e.groupSize(), e.roomKind(), e.presence(), e.after(), List.of())).toList(), List.of());
        assertValid(p, new Planner().plan(p, quick(), null));
    }

    @Test
    void onlyProctoredEpreuvesWithExtraTime() {
        List<Candidate> extra = seed.candidates().stream()
                .map(c -> new Candidate(c.id(), c.name(), c.conflictsWith(), null, false, 33)).toList();
        Problem p = new Problem(1, "X", seed.calendar(), seed.rooms(), seed.responsable(), seed.jury(),
                seed.juryPairs(), seed.surveillants(), extra,
                seed.epreuves().stream().filter(e -> e.presence() == Presence.SURVEILLANT)
                        .map(e -> new Problem.Epreuve(e.id(), e.label(), e.minutes(), e.grouping(), e.groupSize(),
                                e.roomKind(), e.presence(),
                                e.after().stream().filter(a -> !a.equals("MSP1")).toList(), List.of()))
                        .toList(), List.of());
        assertValid(p, new Planner().plan(p, quick(), null));
    }
}
