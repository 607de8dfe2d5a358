package fr.sessiontp.planner.validation;

import fr.sessiontp.planner.TestFiles;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Times;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidatorTest {
    private final Problem seed = TestFiles.problem("seed-tsmi.json");
    private final Solution hand = TestFiles.solution("seed-tsmi.hand-solution.json");

    @Test
    void handSolutionIsFeasibleWithTheDocumentedMetrics() {
        ValidationReport r = new Validator().validate(seed, hand);
        assertThat(r.violations()).isEmpty();
        assertThat(r.metrics()).isEqualTo(new Metrics(2, 2, 1320, "2026-03-10", Times.parse("19:00"), 1400));
        assertThat(r.metrics()).isEqualTo(hand.metrics());
    }

    private Solution replace(int index, Sitting s) {
        List<Sitting> list = new ArrayList<>(hand.sittings());
        list.set(index, s);
        return new Solution(1, hand.sessionId(), hand.assignments(), list, null);
    }

    private static Sitting move(Sitting s, int start) {
        return new Sitting(s.type(), s.epreuve(), s.task(), s.pair(), s.day(), start, start + s.end() - s.start(),
                s.room(), s.candidates(), s.jury(), s.surveillant());
    }

    @Test
    void lunchOverlapBreaksConstraint2() {
        Sitting qsp = hand.sittings().get(9); // QSP C2 11:50-12:30
        ValidationReport r = new Validator().validate(seed, replace(9, move(qsp, Times.parse("12:00"))));
        assertThat(r.violations()).anyMatch(v -> v.constraint() == 2 && v.message().contains("déjeuner"));
    }

    @Test
    void P3_aDayWhoseLastEpreuveEndsAfter18IsFlagged() {
        Problem later = new fr.sessiontp.planner.format.ProblemReader()
                .read(TestFiles.text("seed-tsmi.json").replace("\"dayEnd\": \"18:00\"", "\"dayEnd\": \"19:00\"")).value();
        Sitting lastEf = hand.sittings().get(16); // EF C4 17:30-17:50
        ValidationReport onTime = new Validator().validate(later, hand);
        ValidationReport late = new Validator().validate(later, replace(16, move(lastEf, Times.parse("18:10"))));

        assertThat(onTime.warnings()).noneMatch(w -> "P3".equals(w.ruleId()));
        assertThat(late.warnings()).anyMatch(w -> "P3".equals(w.ruleId()) && w.message().contains("18:30"));
    }

    @Test
    void P5_wrongDurationIsRefused() {
        Sitting s = hand.sittings().get(0);
        Sitting shorter = new Sitting(s.type(), s.epreuve(), s.task(), s.pair(), s.day(), s.start(), s.end() - 10,
                s.room(), s.candidates(), s.jury(), s.surveillant());
        ValidationReport r = new Validator().validate(seed, replace(0, shorter));
        assertThat(r.violations()).anyMatch(v -> v.constraint() == 2 && "P5".equals(v.ruleId()));
    }

    @Test
    void overlapAndOrderAreReported() {
        Sitting ef = hand.sittings().get(13); // EF C1 16:30
        ValidationReport r = new Validator().validate(seed, replace(13, move(ef, Times.parse("14:00"))));
        assertThat(r.violations()).anyMatch(v -> v.constraint() == 4);
        assertThat(r.violations()).anyMatch(v -> v.constraint() == 7);
        assertThat(r.feasible()).isFalse();
    }

    @Test
    void S5_S4_responsableAsSurveillantAndTrainerOfACandidateAreRefused() {
        Sitting s = hand.sittings().get(0);
        Sitting byResponsable = new Sitting(s.type(), s.epreuve(), s.task(), s.pair(), s.day(), s.start(), s.end(),
                s.room(), s.candidates(), s.jury(), "R1");
        ValidationReport r = new Validator().validate(seed, replace(0, byResponsable));
        assertThat(r.violations()).anyMatch(v -> v.constraint() == 5 && "S5".equals(v.ruleId()));
    }

    @Test
    void missingSittingBreaksConstraint1() {
        List<Sitting> list = new ArrayList<>(hand.sittings());
        list.remove(0);
        ValidationReport r = new Validator().validate(seed, new Solution(1, "DEMO-TSMI", hand.assignments(), list, null));
        assertThat(r.violations()).anyMatch(v -> v.constraint() == 1);
    }
}
