package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.ProblemReader;
import fr.sessiontp.planner.format.ReadResult;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Times;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extra time per candidate (FORMAT.md, "Changes" of 2026-12-04): a candidate's time in a sitting is
 * their own duration, and {@code extraTime: false} keeps an épreuve (the reception) at its length.
 */
class ExtraTimeTest {

    /** C1 without extra time, C2 with 50 %: E1 (ALL, 60 min) holds C2 90 min, C1 only 60. */
    static final String TWO = """
            {"formatVersion": 1, "sessionId": "TT",
             "calendar": {"days": ["2026-03-09"], "dayStart": "07:30", "dayEnd": "18:00"},
             "rooms": [{"id": "SALLE-1", "kind": "SALLE", "capacity": 4},
                       {"id": "JURY-A", "kind": "JURY", "capacity": 1, "confidential": true}],
             "responsable": {"id": "R1"},
             "jury": [{"id": "J1"}, {"id": "J2"}], "juryPairs": [["J1", "J2"]],
             "surveillants": [{"id": "S1"}],
             "candidates": [{"id": "C1"}, {"id": "C2", "extraTimePercent": 50}],
             "epreuves": [
               {"id": "ACCUEIL", "minutes": 30, "grouping": "ALL", "roomKind": "SALLE", "presence": "SURVEILLANT",
                "extraTime": false},
               {"id": "E1", "minutes": 60, "grouping": "ALL", "roomKind": "SALLE", "presence": "SURVEILLANT",
                "after": ["ACCUEIL"]},
               {"id": "E2", "minutes": 30, "grouping": "INDIVIDUAL", "roomKind": "JURY", "presence": "JURY",
                "after": ["ACCUEIL"]}]}
            """;

    static Problem two() {
        ReadResult<Problem> r = new ProblemReader().read(TWO);
        assertThat(r.errors()).isEmpty();
        return r.value();
    }

    private static Sitting ep(String e, String start, String end, String room, List<String> cands, boolean jury) {
        return Sitting.epreuve(e, "2026-03-09", Times.parse(start), Times.parse(end), room, cands,
                jury ? List.of("J1", "J2") : List.of(), jury ? null : "S1");
    }

    private static Solution solution(String c1E2Start, String accueilEnd) {
        int c1 = Times.parse(c1E2Start);
        return new Solution(1, "TT", List.of(new Solution.Assignment("C1", 0), new Solution.Assignment("C2", 0)),
                List.of(ep("ACCUEIL", "07:30", accueilEnd, "SALLE-1", List.of("C1", "C2"), false),
                        ep("E1", "08:00", "09:30", "SALLE-1", List.of("C1", "C2"), false),
                        ep("E2", Times.format(c1), Times.format(c1 + 30), "JURY-A", List.of("C1"), true),
                        ep("E2", "09:30", "10:15", "JURY-A", List.of("C2"), true)), null);
    }

    @Test
    void X3_extraTimeFalseKeepsTheReceptionAtItsLengthAndDefaultsToTrue() {
        Problem p = two();
        Problem.Candidate c2 = p.candidate("C2");
        assertThat(p.epreuve("ACCUEIL").extraTime()).isFalse();
        assertThat(p.epreuve("E1").extraTime()).isTrue();
        assertThat(p.candidateMinutes(p.epreuve("ACCUEIL"), c2)).isEqualTo(30);
        assertThat(p.candidateMinutes(p.epreuve("E1"), c2)).isEqualTo(90);
        assertThat(new ProblemReader().read(TWO.replace("\"extraTime\": false", "\"extraTime\": \"non\"")).errors())
                .anyMatch(e -> e.path().equals("$.epreuves[0].extraTime"));
    }

    @Test
    void X3_validatorLetsACandidateLeaveAtTheirOwnEnd() {
        Problem p = two();
        ValidationReport ok = new Validator().validate(p, solution("09:00", "08:00"));
        assertThat(ok.violations()).isEmpty();
        // C1: 07:30–09:30, 30 + 60 + 30 in sittings; C2: 07:30–10:15, 30 + 90 + 45
        assertThat(ok.metrics().candidateIdleMinutes()).isZero();
        // C1 still in E1 at 08:55 (their own end is 09:00)
        assertThat(new Validator().validate(p, solution("08:55", "08:00")).violations())
                .anyMatch(v -> v.constraint() == 4);
        // the reception held 45 min for C2's extra time is the wrong length
        assertThat(new Validator().validate(p, solution("09:00", "08:15")).violations())
                .anyMatch(v -> v.constraint() == 2);
    }

    @Test
    void X3_oneCandidatesExtraTimeNoLongerHoldsTheOthers() {
        Problem p = two();
        PlanResult r = new Planner().plan(p, PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(3)).withSeed(1),
                null);
        assertThat(r.feasible()).isTrue();
        assertThat(new Validator().validate(p, r.solution()).violations()).isEmpty();
        // the optimum: C1 sits E2 while C2 finishes E1, so the session ends at 10:15 (10:45 otherwise)
        assertThat(Times.format(r.metrics().lastEnd())).isEqualTo("10:15");
        Sitting accueil = r.solution().sittings().stream().filter(s -> "ACCUEIL".equals(s.epreuve())).findFirst()
                .orElseThrow();
        assertThat(accueil.end() - accueil.start()).isEqualTo(30);
    }
}
