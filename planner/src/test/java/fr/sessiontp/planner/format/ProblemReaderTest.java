package fr.sessiontp.planner.format;

import fr.sessiontp.planner.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-tsmi.json", "example-10-candidates.json", "example-36-candidates.json"})
    void readsTheExamples(String name) {
        ReadResult<Problem> r = new ProblemReader().read(TestFiles.text(name));
        assertThat(r.errors()).isEmpty();
        assertThat(r.value().candidates()).isNotEmpty();
    }

    @Test
    void appliesDefaults() {
        Problem p = TestFiles.problem("seed-tsmi.json");
        assertThat(p.calendar().changeoverMinutes()).isZero();
        assertThat(p.candidates().get(0).absent()).isFalse();
        assertThat(p.candidates().get(0).pair()).isNull();
        assertThat(p.epreuves().get(0).groupSize()).isNull();
        assertThat(p.rooms().get(0).confidential()).isFalse();
    }

    @Test
    void reportsEveryErrorWithItsPath() {
        String json = TestFiles.text("seed-tsmi.json")
                .replace("{\"id\": \"C3\", \"name\": \"Candidat 3\", \"conflictsWith\": []}",
                        "{\"id\": \"C3\", \"name\": \"Candidat 3\", \"conflictsWith\": [\"J9\"]}")
                .replace("\"minutes\": 45, \"grouping\": \"GROUP\", \"groupSize\": 2",
                        "\"minutes\": 47, \"grouping\": \"GROUP\", \"groupSize\": 2")
                .replace("\"juryPairs\": [[\"J1\", \"J2\"]]", "\"juryPairs\": [[\"J1\", \"J7\"]]")
                .replace("\"id\": \"S1\"", "\"id\": \"R1\"")
                .replace("\"dayStart\": \"07:30\"", "\"dayStart\": \"7h30\"");
        ReadResult<Problem> r = new ProblemReader().read(json);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(FormatError::path).contains(
                "$.candidates[2].conflictsWith[0]", "$.epreuves[3].minutes", "$.juryPairs[0][1]",
                "$.surveillants[0].id", "$.calendar.dayStart");
        assertThat(r.errors()).anyMatch(e -> e.message().contains("S5"));
    }

    @Test
    void refusesUnknownVersionMalformedJsonCycleAndAllWithJury() {
        assertThat(new ProblemReader().read("{\"formatVersion\": 2}").errors())
                .singleElement().satisfies(e -> assertThat(e.message()).contains("Version"));
        assertThat(new ProblemReader().read("{\"formatVersion\": 1,").errors())
                .singleElement().satisfies(e -> assertThat(e.message()).contains("JSON mal formé"));
        String cyc = TestFiles.text("seed-tsmi.json").replace(
                "\"presence\": \"SURVEILLANT\", \"after\": []}", "\"presence\": \"SURVEILLANT\", \"after\": [\"EF\"]}");
        assertThat(new ProblemReader().read(cyc).errors()).anyMatch(e -> e.message().contains("cycle"));
        String allJury = TestFiles.text("seed-tsmi.json").replace(
                "\"minutes\": 40, \"grouping\": \"ALL\", \"roomKind\": \"SALLE\", \"presence\": \"SURVEILLANT\"",
                "\"minutes\": 40, \"grouping\": \"ALL\", \"roomKind\": \"SALLE\", \"presence\": \"JURY\"");
        assertThat(new ProblemReader().read(allJury).errors()).anyMatch(e -> e.path().equals("$.epreuves[2]"));
    }

    @Test
    void daysMustIncreaseAndIdsBeUnique() {
        String json = TestFiles.text("seed-tsmi.json")
                .replace("[\"2026-03-09\", \"2026-03-10\"]", "[\"2026-03-10\", \"2026-03-09\"]")
                .replace("\"id\": \"C2\"", "\"id\": \"J1\"");
        ReadResult<Problem> r = new ProblemReader().read(json);
        assertThat(r.errors()).extracting(FormatError::path).contains("$.calendar.days[1]", "$.candidates[1].id");
    }

    @Test
    void wrongTypesAndMissingFields() {
        String json = TestFiles.text("seed-tsmi.json")
                .replace("\"capacity\": 12", "\"capacity\": \"12\"")
                .replace("\"sessionId\": \"DEMO-TSMI\",", "");
        ReadResult<Problem> r = new ProblemReader().read(json);
        assertThat(r.errors()).extracting(FormatError::path).contains("$.rooms[0].capacity", "$.sessionId");
    }
}
