package fr.sessiontp.people;

import static fr.sessiontp.Theories.anyStrings;
import static fr.sessiontp.Theories.oneOfValues;
import static fr.sessiontp.Theories.printable;
import static fr.sessiontp.Theories.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.sessiontp.Theories;
import fr.sessiontp.people.application.ImportCandidates;
import fr.sessiontp.people.application.ImportReport;
import fr.sessiontp.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    @Test
    void malformedCsvNeverThrowsAndNeverHalfImports() {
        Theories.qt(50, 100).forAll(csvFiles()).checkAssert(this::neverThrowsAndNeverHalfImports);
    }

    private void neverThrowsAndNeverHalfImports(String csv) {
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

    static Gen<String> csvFiles() {
        Gen<String> cell = Generate.oneOf(
                oneOfValues("DUPONT", "Camille", "", " ", "Formation", "VAE", "équivalence", "Stage", "15/03/1990",
                        "1990-13-45", "33", "150", "-4", "abc", "x@", "camille@exemple.fr", "Décision DDETS 12", "\"",
                        "\"quoted; cell\"", "MARTIN Paul"),
                printable(12),
                strings("é;,\"\n\r\tA1-", 0, 6),
                integers().between(1, 40).map(i -> "ID-" + i));
        Gen<String> header = Generate.oneOf(
                Generate.constant(PeopleImportTest.CANDIDATE_HEADER),
                Generate.constant(PeopleImportTest.CANDIDATE_HEADER.replace(';', ',')),
                Generate.constant("Nom de naissance;Prénoms;Identifiant;Voie d'accès"),
                anyStrings(40));
        Gen<List<String>> rows = lists().of(lists().of(cell).ofSizeBetween(0, 11).map(cells -> String.join(";", cells)))
                .ofSizeBetween(0, 6);
        Gen<String> structured = header.zip(rows, oneOfValues("\n", "\r\n"), oneOfValues("", "\uFEFF"),
                (h, r, newline, bom) -> bom + h + newline + r.stream().collect(Collectors.joining(newline)));
        Gen<String> wellFormed = integers().between(1, 5).map(n -> {
            StringBuilder text = new StringBuilder(PeopleImportTest.CANDIDATE_HEADER).append('\n');
            for (int i = 0; i < n; i++) {
                text.append("NOM").append(i).append(";;Prénom;ok-").append(i).append(";;;VAE;0;;\n");
            }
            return text.toString();
        });
        return Generate.frequency(Pair.of(6, structured), Pair.of(2, wellFormed), Pair.of(2, anyStrings(200)));
    }
}
