package fr.sessiontp.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.ProblemReader;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;
import fr.sessiontp.planner.format.Times;
import fr.sessiontp.planning.application.DeroulePresenter;
import fr.sessiontp.planning.application.DerouleView;
import fr.sessiontp.planning.application.JuryCalendar;
import fr.sessiontp.planning.application.ProblemJson;
import fr.sessiontp.planning.domain.ConvocationLeadPolicy;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The planning module's plain code: explanations, table and timeline, ICS, the X4 policy, the problem's JSON. */
class PlanningDomainTest {

    static String resource(String path) throws Exception {
        try (InputStream in = PlanningDomainTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Problem seed(String transform) throws Exception {
        String json = resource("/bench-examples/seed-tsmi.json");
        if (transform != null) {
            json = json.replace("\"dayEnd\": \"18:00\"", transform);
        }
        return new ProblemReader().read(json).value();
    }

    static Solution hand() throws Exception {
        return new SolutionReader().read(resource("/bench-examples/seed-tsmi.hand-solution.json")).value();
    }

    @Test
    void P3_aDayWhoseLastEpreuveEndsAfter18IsFlaggedInFrenchWithTheRuleId() throws Exception {
        Problem problem = seed("\"dayEnd\": \"19:00\"");
        Solution solution = hand();
        List<Solution.Sitting> sittings = new ArrayList<>(solution.sittings());
        for (int i = 0; i < sittings.size(); i++) {
            Solution.Sitting s = sittings.get(i);
            if ("QP".equals(s.epreuve())) {
                sittings.set(i, new Solution.Sitting(s.type(), s.epreuve(), s.task(), s.pair(), s.day(),
                        Times.parse("17:30"), Times.parse("18:10"), s.room(), s.candidates(), s.jury(), s.surveillant()));
            }
        }
        Solution late = new Solution(1, solution.sessionId(), solution.assignments(), sittings, solution.metrics());
        DerouleView view = DeroulePresenter.present(problem, late, List.of(), null, List.of());
        assertThat(view.problems()).isEmpty();
        assertThat(view.warnings()).anySatisfy(w -> assertThat(w).contains("18").endsWith("(P3)"));

        DerouleView onTime = DeroulePresenter.present(problem, solution, List.of(), null, List.of());
        assertThat(onTime.warnings()).noneMatch(w -> w.contains("(P3)") && w.contains("09"));
    }

    @Test
    void P1_P2_theTableShowsEverySlotWithRoomAndPeopleAndTheBreaks() throws Exception {
        DerouleView view = DeroulePresenter.present(seed(null), hand(), List.of(), null, List.of());
        assertThat(view.problems()).isEmpty();
        assertThat(view.days()).hasSize(2);
        List<DerouleView.TableRow> rows = view.days().stream().flatMap(d -> d.table().stream()).toList();
        assertThat(rows).filteredOn(r -> !r.pause()).hasSize(hand().sittings().size())
                .allSatisfy(r -> assertThat(r.room()).isNotBlank());
        assertThat(rows).extracting(DerouleView.TableRow::activity)
                .anyMatch(a -> a.startsWith("ACCUEIL")).contains("Corrections des écrits, prise en compte des DP")
                .contains("Délibérations").contains("Pause déjeuner");
        assertThat(rows).filteredOn(r -> r.activity().startsWith("MSP1")).allSatisfy(r -> assertThat(r.people())
                .contains("Candidats :").contains("Jury : Paul Garnier, Sophie Lemaire")
                .contains("Responsable : Hélène Marchand"));
        // timeline: a row per room used and per person
        List<String> labels = view.days().get(1).rows().stream().map(DerouleView.Row::label).toList();
        assertThat(labels).contains("Salle JURY-A", "Salle ATELIER-1", "Candidat 1", "Jury : Paul Garnier",
                "Surveillant : Marc Dubois", "Responsable : Hélène Marchand");
        assertThat(view.metrics()).contains("2 jour(s)").contains("1320 min de présence du jury");
    }

    @Test
    void P6_theJuryCalendarIsRfc5545InParisTime() throws Exception {
        String ics = JuryCalendar.write(seed(null), hand(), 0, "Centre, 12 rue des Tisserands, 14000 Caen",
                Instant.parse("2026-02-01T10:00:00Z"), (uid, fingerprint) -> 0);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris")
                .contains("DTSTART;TZID=Europe/Paris:20260310T080000")
                .contains("DTSTAMP:20260201T100000Z")
                .contains("LOCATION:JURY-A\\, Centre\\, 12 rue des Tisserands\\, 14000 Caen");
        // the pair's sittings: briefing, 2 MSP1, 4 QSP, correction, 4 EF, deliberation
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(14);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void X3_aSittingThatIgnoresTheExtraTimeIsExplainedWithTheRuleId() throws Exception {
        Problem problem = new ProblemReader().read(resource("/bench-examples/seed-tsmi.json").replace(
                "{\"id\": \"C1\", \"name\": \"Candidat 1\", \"conflictsWith\": []}",
                "{\"id\": \"C1\", \"name\": \"Candidat 1\", \"conflictsWith\": [], \"extraTimePercent\": 33}"))
                .value();
        assertThat(problem.candidate("C1").extraTimePercent()).isEqualTo(33);
        DerouleView view = DeroulePresenter.present(problem, hand(), List.of(), null, List.of());
        assertThat(view.problems()).anySatisfy(p -> assertThat(p).endsWith("(X3)"));
    }

    @Test
    void X4_convocationsLaterThanTheLeadTimeAreWarnedAbout() {
        ConvocationLeadPolicy policy = new ConvocationLeadPolicy(30, 15, 15);
        LocalDate start = LocalDate.of(2027, 1, 11);
        assertThat(policy.check(start.minusDays(30), start, true, false)).isEmpty();
        Optional<Refusal> late = policy.check(start.minusDays(29), start, true, false);
        assertThat(late).get().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(RuleId.X4);
            assertThat(r.displayMessage()).contains("29 jour(s)").contains("30 jours").endsWith("(X4)");
        });
        assertThat(policy.check(start.minusDays(15), start, false, false)).isEmpty();
        assertThat(policy.check(start.minusDays(14), start, false, false)).isPresent();
        assertThat(policy.check(start.minusDays(16), start, true, true)).isEmpty();
        assertThat(policy.check(start.minusDays(10), start, true, true)).get()
                .satisfies(r -> assertThat(r.message()).contains("jury"));
    }

    @Test
    void theProblemJsonIsReadBackIdentically() throws Exception {
        Problem problem = seed(null);
        assertThat(ProblemJson.read(ProblemJson.write(problem))).isEqualTo(problem);
    }
}
