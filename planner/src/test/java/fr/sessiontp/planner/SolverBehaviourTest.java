package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Problem.Candidate;
import fr.sessiontp.planner.format.Problem.JuryMember;
import fr.sessiontp.planner.format.Problem.Room;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Times;
import fr.sessiontp.planner.replan.ReplanRequest;
import fr.sessiontp.planner.replan.ReplanResult;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SolverBehaviourTest {
    private final Problem seed = TestFiles.problem("seed-tsmi.json");

    private static PlanOptions quick() {
        return PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(2)).withUnimprovedLimit(Duration.ofSeconds(1));
    }

    @Test
    void sameSeedSameResult() {
        PlanOptions o = quick().withSeed(7).reproducible(40, 400);
        PlanResult a = new Planner().plan(seed, o, null);
        PlanResult b = new Planner().plan(seed, o, null);
        assertThat(a.feasible()).isTrue();
        assertThat(a.solution().sittings()).isEqualTo(b.solution().sittings());
        assertThat(a.solution().assignments()).isEqualTo(b.solution().assignments());
    }

    @Test
    void progressListenerSeesImprovements() {
        java.util.List<Solution.Metrics> seen = new java.util.ArrayList<>();
        PlanResult r = new Planner().plan(seed, quick(), (m, feasible, ms) -> seen.add(m));
        assertThat(seen).isNotEmpty();
        assertThat(r.metrics().compareTo(seen.get(0), seed.calendar().days())).isLessThanOrEqualTo(0);
    }

    @Test
    void O6_replanKeepsBegunSittingsRemovesAbsentAndRespectsLateArrival() {
        PlanResult first = new Planner().plan(seed, quick(), null);
        Solution previous = first.solution();
        String day2 = "2026-03-10";
        int now = Times.parse("10:00");
        ReplanResult rr = new Planner().replan(seed, previous,
                new ReplanRequest(day2, now, Set.of("C4"), Map.of("C3", Times.parse("11:00"))), quick(), null);
        PlanResult r = rr.result();
        assertThat(r.feasible()).as(r.explanation().toString()).isTrue();
        assertThat(new Validator(Set.of("C4")).validate(seed, r.solution()).violations()).isEmpty();
        int nowAbs = 1440 + now;
        for (Sitting s : previous.sittings()) {
            int abs = seed.calendar().dayIndex(s.day()) * 1440 + s.start();
            if (abs < nowAbs) assertThat(r.solution().sittings()).contains(s);
        }
        for (Sitting s : r.solution().sittings()) {
            int abs = seed.calendar().dayIndex(s.day()) * 1440 + s.start();
            if (abs >= nowAbs) {
                assertThat(s.candidates()).doesNotContain("C4");
                if (s.candidates().contains("C3")) assertThat(abs).isGreaterThanOrEqualTo(1440 + Times.parse("11:00"));
            }
        }
        for (var c : rr.sittingChanges()) assertThat(c.message()).isNotBlank();
    }

    @Test
    void pinnedSittingsStayWhereTheyAre() {
        PlanResult first = new Planner().plan(seed, quick(), null);
        Sitting pinned = first.solution().sittings().stream().filter(s -> "QSP".equals(s.epreuve())).findFirst()
                .orElseThrow();
        Sitting moved = new Sitting(pinned.type(), pinned.epreuve(), null, null, pinned.day(), Times.parse("15:00"),
                Times.parse("15:00") + pinned.end() - pinned.start(), pinned.room(), pinned.candidates(), pinned.jury(),
                null);
        Map<String, Integer> pairs = new java.util.HashMap<>();
        first.solution().assignments().forEach(a -> pairs.put(a.candidate(), a.pair()));
        PlanResult r = new Planner().plan(seed, quick().withPinned(List.of(moved), pairs), null);
        assertThat(r.feasible()).isTrue();
        assertThat(r.solution().sittings()).contains(moved);
    }

    @Test
    void S3_everyoneLinkedToEveryPairIsInfeasibleWithAnS3Reason() {
        List<Candidate> linked = seed.candidates().stream()
                .map(c -> new Candidate(c.id(), c.name(), List.of("J1"), null, false, 0)).toList();
        Problem p = new Problem(1, "X", seed.calendar(), seed.rooms(), seed.responsable(), seed.jury(),
                seed.juryPairs(), seed.surveillants(), linked, seed.epreuves(), seed.juryTasks());
        PlanResult r = new Planner().plan(p, quick(), null);
        assertThat(r.feasible()).isFalse();
        assertThat(r.infeasibleReasons()).anyMatch(x -> x.contains("S3"));
    }

    @Test
    void missingRoomKindAndUnavailableJuryAreInfeasible() {
        List<Room> noWorkshop = seed.rooms().stream().filter(r -> !r.kind().equals("ATELIER")).toList();
        Problem p = new Problem(1, "X", seed.calendar(), noWorkshop, seed.responsable(), seed.jury(),
                seed.juryPairs(), seed.surveillants(), seed.candidates(), seed.epreuves(), seed.juryTasks());
        assertThat(new Planner().plan(p, quick(), null).infeasibleReasons()).anyMatch(x -> x.contains("ATELIER"));
        List<JuryMember> away = seed.jury().stream()
                .map(j -> new JuryMember(j.id(), j.name(), seed.calendar().days())).toList();
        Problem q = new Problem(1, "X", seed.calendar(), seed.rooms(), seed.responsable(), away,
                seed.juryPairs(), seed.surveillants(), seed.candidates(), seed.epreuves(), seed.juryTasks());
        PlanResult r = new Planner().plan(q, quick(), null);
        assertThat(r.feasible()).isFalse();
        assertThat(r.infeasibleReasons()).isNotEmpty();
    }

    @Test
    void tooFewDaysIsReportedInfeasibleNeverAsAValidSchedule() {
        var cal = seed.calendar();
        Problem p = new Problem(1, "X", new Problem.Calendar(List.of("2026-03-09"), cal.dayStart(), cal.dayEnd(),
                cal.juryDayEnd(), cal.lunch(), cal.granularityMinutes(), cal.changeoverMinutes()), seed.rooms(),
                seed.responsable(), seed.jury(), seed.juryPairs(), seed.surveillants(), seed.candidates(),
                seed.epreuves(), seed.juryTasks());
        PlanResult r = new Planner().plan(p, quick(), null);
        if (r.feasible()) {
            assertThat(new Validator().validate(p, r.solution()).violations()).isEmpty();
        } else {
            assertThat(r.explanation()).isNotEmpty();
        }
    }

    @Test
    void terminateEarlyKeepsTheBest() throws Exception {
        Problem big = TestFiles.problem("example-36-candidates.json");
        Planner planner = new Planner();
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            planner.terminateEarly();
        });
        stopper.start();
        PlanResult r = planner.plan(big, PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(30)), null);
        stopper.join();
        assertThat(r.totalMillis()).isLessThan(10_000);
        assertThat(r.feasible()).isTrue();
    }
}
