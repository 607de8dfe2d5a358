package fr.sessiontp.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.people.application.ImportCandidates;
import fr.sessiontp.people.application.ImportReport;
import fr.sessiontp.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Whatever a centre uploads, the candidates' import never fails with an exception and never imports part of a file:
 * either every line is saved, or nothing is and the report says why. Uses the same Spring context as the other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CandidateImportProperties {

    @Autowired
    ImportCandidates importCandidates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    @BeforeProperty
    void injectSpringBeans() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @Property(tries = 50, seed = "20261128")
    void malformedCsvNeverThrowsAndNeverHalfImports(@ForAll("csvFiles") String csv) {
        PeopleFixtures fixtures = new PeopleFixtures(jdbc, accounts);
        long centre = fixtures.centre();
        long auditBefore = fixtures.count("audit_entry");

        ImportReport report = importCandidates.importFile(centre, "aleatoire.csv", csv.getBytes(StandardCharsets.UTF_8));

        long saved = fixtures.countInCentre("candidate", centre);
        if (report.succeeded()) {
            assertThat(saved).isEqualTo(report.imported()).isEqualTo(report.lines()).isPositive();
            assertThat(fixtures.count("audit_entry")).isEqualTo(auditBefore + 1);
        } else {
            assertThat(saved).isZero();
            assertThat(report.imported()).isZero();
            assertThat(fixtures.count("audit_entry")).isEqualTo(auditBefore);
            assertThat(report.errors()).allSatisfy(e -> {
                assertThat(e.reason()).isNotBlank();
                assertThat(e.line() == null || e.line() >= 1).isTrue();
            });
        }
    }

    @Provide
    Arbitrary<String> csvFiles() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("DUPONT", "Camille", "", " ", "Formation", "VAE", "équivalence", "Stage", "15/03/1990",
                        "1990-13-45", "33", "150", "-4", "abc", "x@", "camille@exemple.fr", "Décision DDETS 12", "\"",
                        "\"quoted; cell\"", "MARTIN Paul"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.strings().withChars("é;,\"\n\r\tA1-").ofMaxLength(6),
                Arbitraries.integers().between(1, 40).map(i -> "ID-" + i));
        Arbitrary<String> header = Arbitraries.oneOf(
                Arbitraries.just(PeopleImportTest.CANDIDATE_HEADER),
                Arbitraries.just(PeopleImportTest.CANDIDATE_HEADER.replace(';', ',')),
                Arbitraries.just("Nom de naissance;Prénoms;Identifiant;Voie d'accès"),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<List<String>> rows = cell.list().ofMinSize(0).ofMaxSize(11)
                .map(cells -> String.join(";", cells)).list().ofMinSize(0).ofMaxSize(6);
        Arbitrary<String> structured = Combinators.combine(header, rows, Arbitraries.of("\n", "\r\n"), Arbitraries.of("", "\uFEFF"))
                .as((h, r, newline, bom) -> bom + h + newline + r.stream().collect(Collectors.joining(newline)));
        Arbitrary<String> wellFormed = Arbitraries.integers().between(1, 5).map(n -> {
            StringBuilder text = new StringBuilder(PeopleImportTest.CANDIDATE_HEADER).append('\n');
            for (int i = 0; i < n; i++) {
                text.append("NOM").append(i).append(";;Prénom;ok-").append(i).append(";;;VAE;0;;\n");
            }
            return text.toString();
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, structured),
                net.jqwik.api.Tuple.of(2, wellFormed),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(200)));
    }
}
