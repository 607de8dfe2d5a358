package fr.sessiontp.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.people.application.ImportCandidates;
import fr.sessiontp.people.application.ImportError;
import fr.sessiontp.people.application.ImportJuryMembers;
import fr.sessiontp.people.application.ImportReport;
import fr.sessiontp.security.UserAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class PeopleImportTest {

    static final String CANDIDATE_HEADER =
            "Nom de naissance;Nom d'usage;Prénoms;Identifiant;Date de naissance;Courriel;Voie d'accès;Temps majoré (%);Décision DDETS;Formateur";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ImportCandidates importCandidates;
    @Autowired
    ImportJuryMembers importJuryMembers;
    @Autowired
    PeopleDirectory directory;

    PeopleFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc, accounts);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsAValidCsvFileWithBomSemicolonsAndEveryAccessRouteSpelling() {
        long centre = fixtures.centre();
        fixtures.trainer(centre, "Martin", "Paul");
        String csv = "\uFEFF" + CANDIDATE_HEADER + "\n"
                + "DUPONT;BLANC;Camille Marie;I-001;15/03/1990;camille@exemple.fr;Formation;0;;MARTIN Paul\n"
                + "LEROY;;Sam;I-002;1985-12-01;;vae;33;Décision DDETS 2026-4;\n"
                + "NGUYEN;;Lan;I-003;;;ÉQUIVALENCE;;;paul martin\n";
        ImportReport report = importCandidates.importFile(centre, "candidats.csv", utf8(csv));

        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        List<CandidateSummary> saved = directory.candidatesOfCentre(centre);
        assertThat(saved).extracting(CandidateSummary::identifier).containsExactlyInAnyOrder("I-001", "I-002", "I-003");
        assertThat(saved).extracting(CandidateSummary::accessRoute)
                .containsExactlyInAnyOrder(AccessRoute.TRAINING, AccessRoute.VAE, AccessRoute.EQUIVALENCE);
        assertThat(saved.stream().filter(c -> c.identifier().equals("I-002")).findFirst().orElseThrow().extraTimePercent()).isEqualTo(33);
        assertThat(saved.stream().filter(c -> c.trainerId() != null)).hasSize(2);
        assertThat(fixtures.auditActions("centre", String.valueOf(centre))).containsExactly("candidate.imported:X3");
    }

    @Test
    void previewListsTheLinesToImportWithoutSavingAnything() {
        long centre = fixtures.centre();
        long auditBefore = fixtures.count("audit_entry");
        String csv = CANDIDATE_HEADER + "\nDUPONT;;Camille;PV-1;;;VAE;33;Décision DDETS 7;\nLEROY;;Sam;PV-2;;;Formation;;;\n";
        var preview = importCandidates.preview(centre, "c.csv", utf8(csv));
        assertThat(preview.ready()).isTrue();
        assertThat(preview.lines()).extracting(l -> l.line() + " " + l.key()).containsExactly("2 PV-1", "3 PV-2");
        assertThat(preview.lines().get(0).details()).contains("temps majoré 33 %");
        assertThat(fixtures.countInCentre("candidate", centre)).isZero();
        assertThat(fixtures.count("audit_entry")).isEqualTo(auditBefore);
        assertThat(importCandidates.preview(centre, "c.csv", utf8(CANDIDATE_HEADER + "\n;;;;;;;;;x\n")).ready()).isFalse();
    }

    @Test
    void importsACommaSeparatedFileWithColumnsInAnotherOrder() {
        long centre = fixtures.centre();
        String csv = "identifiant,prenoms,nom de naissance,voie d'acces\nK-1,Jo,PETIT,Formation\n";
        ImportReport report = importCandidates.importFile(centre, "c.csv", utf8(csv));
        assertThat(report.succeeded()).isTrue();
        assertThat(directory.candidatesOfCentre(centre)).singleElement()
                .satisfies(c -> assertThat(c.birthName()).isEqualTo("PETIT"));
    }

    @Test
    void reportsEveryErrorOfEveryLineAndImportsNothing() {
        long centre = fixtures.centre();
        fixtures.candidate(centre, "EXISTE-1");
        long before = fixtures.count("candidate");
        long auditBefore = fixtures.count("audit_entry");
        String csv = CANDIDATE_HEADER + "\n"
                + "DUPONT;;Camille;E-1;15/03/1990;camille@exemple.fr;Formation;0;;\n"      // line 2: valid
                + ";;Sam;E-2;31/02/1990;sam@;Apprentissage;0;;\n"                         // line 3: 4 errors
                + "LEROY;;Lan;E-1;;;VAE;150;;\n"                                          // line 4: duplicate + X3
                + "PETIT;;Jo;EXISTE-1;;;VAE;33;;Inconnu Formateur\n";                     // line 5: existing, X3 note, trainer
        ImportReport report = importCandidates.importFile(centre, "erreurs.csv", utf8(csv));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(ImportError::line, ImportError::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "Nom de naissance"),
                org.assertj.core.groups.Tuple.tuple(3, "Date de naissance"),
                org.assertj.core.groups.Tuple.tuple(3, "Courriel"),
                org.assertj.core.groups.Tuple.tuple(3, "Voie d'accès"),
                org.assertj.core.groups.Tuple.tuple(4, "Temps majoré (%)"),
                org.assertj.core.groups.Tuple.tuple(4, "Identifiant"),
                org.assertj.core.groups.Tuple.tuple(5, "Formateur"),
                org.assertj.core.groups.Tuple.tuple(5, "Décision DDETS"),
                org.assertj.core.groups.Tuple.tuple(5, "Identifiant"));
        assertThat(report.errors()).filteredOn(e -> e.line() == 4 && e.column().equals("Identifiant"))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("ligne 2"));
        assertThat(report.errors()).filteredOn(e -> e.line() == 3 && e.column().equals("Courriel"))
                .singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("sam@"));
        assertThat(report.errors()).filteredOn(e -> e.line() == 4 && e.column().startsWith("Temps"))
                .singleElement().satisfies(e -> assertThat(e.reason()).endsWith("(X3)"));
        assertThat(fixtures.count("candidate")).isEqualTo(before);
        assertThat(fixtures.count("audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void refusesWrongHeadersAndGarbageWithAFrenchMessageWithoutImporting() {
        long centre = fixtures.centre();
        long before = fixtures.count("candidate");
        ImportReport wrongHeaders = importCandidates.importFile(centre, "x.csv",
                utf8("Nom;Prenom;Age\nDUPONT;Camille;30\n"));
        assertThat(wrongHeaders.errors()).extracting(ImportError::line).containsOnly(1);
        assertThat(wrongHeaders.errors()).extracting(ImportError::column).contains("Age", "Identifiant", "Voie d'accès");
        assertThat(wrongHeaders.errors()).filteredOn(e -> "Age".equals(e.column())).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("Colonne inconnue"));

        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        ImportReport unreadable = importCandidates.importFile(centre, "x.csv", garbage);
        assertThat(unreadable.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isNull();
            assertThat(e.reason()).contains("UTF-8");
        });
        ImportReport fakeXlsx = importCandidates.importFile(centre, "x.xlsx", garbage);
        assertThat(fakeXlsx.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("classeur Excel"));
        ImportReport image = importCandidates.importFile(centre, "photo.png", garbage);
        assertThat(image.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("Type de fichier"));
        assertThat(fixtures.count("candidate")).isEqualTo(before);
    }

    @Test
    void refusesAFileWithMoreThanTheRowLimit() {
        long centre = fixtures.centre();
        StringBuilder csv = new StringBuilder(CANDIDATE_HEADER).append('\n');
        for (int i = 0; i < 5001; i++) {
            csv.append("N;;P;R-").append(i).append(";;;VAE;;;\n");
        }
        ImportReport report = importCandidates.importFile(centre, "big.csv", utf8(csv.toString()));
        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("nombre maximal"));
        assertThat(fixtures.countInCentre("candidate", centre)).isZero();
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Feuille 1");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void importsCandidatesFromAnXlsxWorkbook() throws IOException {
        long centre = fixtures.centre();
        byte[] file = xlsx(List.of(
                List.of("Nom de naissance", "Nom d'usage", "Prénoms", "Identifiant", "Date de naissance", "Courriel", "Voie d'accès", "Temps majoré (%)", "Décision DDETS"),
                List.of("DUPONT", "", "Camille", 20260001, LocalDate.of(1990, 3, 15), "camille@exemple.fr", "Formation", 0, ""),
                List.of("LEROY", "", "Sam", "X-2", "01/12/1985", "", "Equivalence", 25, "Décision DDETS 12")));
        ImportReport report = importCandidates.importFile(centre, "candidats.xlsx", file);
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(directory.candidatesOfCentre(centre)).extracting(CandidateSummary::identifier)
                .containsExactlyInAnyOrder("20260001", "X-2");
        String birthDate = jdbc.sql("select birth_date::text from candidate where centre_id = :c and identifier = '20260001'")
                .param("c", centre).query(String.class).single();
        assertThat(birthDate).isEqualTo("1990-03-15");
    }

    @Test
    void reportsEveryErrorOfAnXlsxWorkbookWithItsLineAndImportsNothing() throws IOException {
        long centre = fixtures.centre();
        long before = fixtures.count("candidate");
        byte[] file = xlsx(List.of(
                List.of("Nom de naissance", "Prénoms", "Identifiant", "Voie d'accès", "Courriel"),
                List.of("DUPONT", "Camille", "OK-1", "Formation", ""),
                List.of("", "Sam", "OK-2", "VAE", "pas-un-courriel"),
                List.of("LEROY", "Lan", "OK-1", "Alternance", "")));
        ImportReport report = importCandidates.importFile(centre, "erreurs.xlsx", file);
        assertThat(report.errors()).extracting(ImportError::line).containsExactly(3, 3, 4, 4);
        assertThat(fixtures.count("candidate")).isEqualTo(before);
    }

    @Test
    void importsJuryMembersWithSeveralHabilitationsFromCsvAndXlsx() throws IOException {
        String code1 = fixtures.titleCode();
        String code2 = fixtures.titleCode();
        long title1 = fixtures.title(code1);
        fixtures.title(code2);
        String email = PeopleFixtures.unique("jury") + "@exemple.fr";
        String email2 = PeopleFixtures.unique("jury") + "@exemple.fr";
        String csv = "Nom;Prénom;Courriel;Métier;Région;Titre (code);Habilité du;Habilité jusqu'au\n"
                + "DURAND;Alex;" + email + ";Cuisinier;Bretagne;" + code1 + ";01/01/2026;31/12/2028\n"
                + "durand;alex;" + email.toUpperCase() + ";cuisinier;Bretagne;" + code2 + ";2026-01-01;2026-12-31\n"
                + "SIMON;Léa;" + email2 + ";Serveuse;Bretagne;;;\n";
        long before = fixtures.count("jury_member");
        ImportReport report = importJuryMembers.importFile(BRETAGNE, "jury.csv", utf8(csv));
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(fixtures.count("jury_member")).isEqualTo(before + 2);
        JuryMemberSummary alex = directory.allJuryMembers().stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow();
        assertThat(alex.habilitations()).hasSize(2).anySatisfy(h -> assertThat(h.titleId()).isEqualTo(title1));

        String email3 = PeopleFixtures.unique("jury") + "@exemple.fr";
        byte[] file = xlsx(List.of(
                List.of("Nom", "Prénom", "Courriel", "Métier", "Région", "Titre (code)", "Habilité du", "Habilité jusqu'au"),
                List.of("MOREL", "Yann", email3, "Boulanger", "Bretagne", code1, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))));
        assertThat(importJuryMembers.importFile(BRETAGNE, "jury.xlsx", file).imported()).isEqualTo(1);
    }

    @Test
    void reportsEveryErrorOfAJuryXlsxWorkbookAndImportsNothing() throws IOException {
        String code = fixtures.titleCode();
        fixtures.title(code);
        long members = fixtures.count("jury_member");
        byte[] file = xlsx(List.of(
                List.of("Nom", "Prénom", "Courriel", "Métier", "Région", "Titre (code)", "Habilité du", "Habilité jusqu'au"),
                List.of("MOREL", "Yann", PeopleFixtures.unique("ok") + "@exemple.fr", "Boulanger", "Bretagne", code,
                        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
                List.of("SIMON", "Léa", PeopleFixtures.unique("ko") + "@exemple.fr", "", "Normandie", code, "32/01/2026", "")));
        ImportReport report = importJuryMembers.importFile(BRETAGNE, "jury.xlsx", file);
        assertThat(report.errors()).extracting(ImportError::line, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Métier"),
                org.assertj.core.groups.Tuple.tuple(3, "Habilité du"),
                org.assertj.core.groups.Tuple.tuple(3, "Habilité jusqu'au"));
        assertThat(fixtures.count("jury_member")).isEqualTo(members);
    }

    @Test
    void reportsEveryJuryErrorAndImportsNothing() {
        String code = fixtures.titleCode();
        fixtures.title(code);
        String existing = PeopleFixtures.unique("deja") + "@exemple.fr";
        fixtures.juryMember(existing);
        String a = PeopleFixtures.unique("a") + "@exemple.fr";
        String csv = "Nom;Prénom;Courriel;Métier;Région;Titre (code);Habilité du;Habilité jusqu'au\n"
                + "DURAND;Alex;" + a + ";Cuisinier;Bretagne;" + code + ";01/01/2026;31/12/2028\n"   // 2 ok
                + "DURAND;Alex;" + a + ";Cuisinier;Bretagne;" + code + ";01/01/2029;31/12/2030\n"   // 3 duplicate habilitation
                + "SIMON;Léa;pas-un-courriel;;Normandie;;;\n"                                        // 4 email, profession (X2)
                + "MOREL;Yann;" + existing + ";Boulanger;Bretagne;TP-INCONNU;01/01/2026;01/01/2025\n"; // 5 existing, title, dates
        long members = fixtures.count("jury_member");
        long habilitations = fixtures.count("habilitation");
        ImportReport report = importJuryMembers.importFile(BRETAGNE, "jury.csv", utf8(csv));
        assertThat(report.succeeded()).isFalse();
        assertThat(report.errors()).extracting(ImportError::line).containsExactly(3, 4, 4, 5, 5, 5);
        assertThat(report.errors()).filteredOn(e -> e.line() == 4 && e.column().equals("Métier")).singleElement()
                .satisfies(e -> assertThat(e.reason()).endsWith("(X2)"));
        assertThat(fixtures.count("jury_member")).isEqualTo(members);
        assertThat(fixtures.count("habilitation")).isEqualTo(habilitations);
    }

    @Test
    void X2_theAuthorityImportsOnlyTheJuryMembersOfItsOwnRegion() {
        String code = fixtures.titleCode();
        fixtures.title(code);
        String csv = "Nom;Prénom;Courriel;Métier;Région;Titre (code);Habilité du;Habilité jusqu'au\n"
                + "DURAND;Alex;" + PeopleFixtures.unique("r") + "@exemple.fr;Cuisinier;Bretagne;" + code + ";01/01/2026;31/12/2028\n"
                + "MOREL;Yann;" + PeopleFixtures.unique("r") + "@exemple.fr;Boulanger;Occitanie;" + code + ";01/01/2026;31/12/2028\n";
        long members = fixtures.count("jury_member");
        ImportReport report = importJuryMembers.importFile(BRETAGNE, "jury.csv", utf8(csv));
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("Région");
            assertThat(e.reason()).endsWith("(X2)");
        });
        assertThat(fixtures.count("jury_member")).isEqualTo(members);
    }

    static final fr.sessiontp.security.CurrentUser BRETAGNE = new fr.sessiontp.security.CurrentUser(0, "dreets-bretagne",
            "DREETS Bretagne", fr.sessiontp.security.Role.AUTHORITY, null, null, "Bretagne");
}
