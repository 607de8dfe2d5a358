package fr.sessiontp.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.demo.DemoData;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planning.application.ProblemBuilder;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionFixture;
import fr.sessiontp.session.Sessions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Import of a title's RE from JSON or XLSX: field-by-field French errors, all or nothing, versions kept by sessions (P5, X1). */
@SpringBootTest
@AutoConfigureMockMvc
class ReferentialImportTest {

    private static final AtomicInteger CODES = new AtomicInteger(90000 + (int) (System.nanoTime() % 5000));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Referential referential;
    @Autowired
    Centres centres;
    @Autowired
    Sessions sessions;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ProblemBuilder problems;

    /** The documented example under a fresh title code and fresh certificate codes. */
    static String example(int code) throws Exception {
        return ReferentialImportTestFiles.example(code);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    UserDetails account(Role role, Long centreId) {
        String name = "import-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, role, "Utilisateur " + name, centreId, null, null), "un-mot-de-passe-solide-42");
        return accounts.loadUserByUsername(name);
    }

    @Test
    void P5_theDocumentedExampleExpressesTheDemoTitleAndImportsWithItsDurations() throws Exception {
        int code = CODES.incrementAndGet();
        Referential.ImportedTitle imported = referential.importTitle("tsmi.json", utf8(example(code)));
        assertThat(imported.newTitle()).isTrue();
        assertThat(imported.version().number()).isEqualTo(1);
        TitleReferential read = referential.titleReferential(imported.titleId()).orElseThrow();
        TitleReferential demo = referential.titleReferential(referential.titleByCode(DemoData.TSMI_CODE).orElseThrow().id())
                .orElseThrow();
        assertThat(read.title().requiresOutfit()).isEqualTo(demo.title().requiresOutfit());
        assertThat(read.epreuves()).extracting("code", "minutes", "grouping", "groupSize", "presence", "roomKind",
                        "afterEpreuves", "afterJuryTasks")
                .containsExactlyElementsOf(demo.epreuves().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.code(),
                        e.minutes(), e.grouping(), e.groupSize(), e.presence(), e.roomKind(), e.afterEpreuves(),
                        e.afterJuryTasks())).toList());
        assertThat(read.juryTasks()).extracting("code", "minutes", "afterEpreuves", "beforeEpreuves")
                .containsExactlyElementsOf(demo.juryTasks().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.code(),
                        t.minutes(), t.afterEpreuves(), t.beforeEpreuves())).toList());
        assertThat(read.certificates()).extracting(c -> c.competences().stream().map(Competence::label).toList())
                .containsExactlyElementsOf(demo.certificates().stream()
                        .map(c -> c.competences().stream().map(Competence::label).toList()).toList());
        assertThat(read.epreuves(SessionType.TITLE).get(5).guidance())
                .containsExactly("Faire expliquer au candidat le diagnostic posé en phase 1",
                        "Questionner sur les améliorations proposées et leur coût");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'referential.title.imported' and subject_id = :t")
                .param("t", String.valueOf(imported.titleId())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void P5_aSessionKeepsTheReVersionItWasCreatedWithWhenTheTitleIsImportedAgain() throws Exception {
        SessionFixture f = new SessionFixture(jdbc, referential, centres, accounts).build();
        long before = sessions.createSession(f.centreId, f.details(f.number("V1")));
        String json = """
                {"code": "%s", "name": "Secrétaire comptable %d", "reVersion": "RE v%d bis", "validFrom": "2024-01-01",
                 "certificates": [{"kind": "CCP", "code": "CP-%06d", "name": "Assurer les travaux courants de secrétariat",
                                   "competences": ["Produire des documents"]}],
                 "epreuves": [{"sessionType": "TITLE", "code": "MSP", "label": "Mise en situation professionnelle",
                               "kind": "MSP", "minutes": 150, "grouping": "ALL", "presence": "SURVEILLANT",
                               "roomKind": "INFORMATIQUE"}],
                 "juryTasks": []}""".formatted(f.titleCode, f.n, f.n, f.n * 10 + 1);
        Referential.ImportedTitle second = referential.importTitle("again.json", utf8(json));
        assertThat(second.newTitle()).isFalse();
        assertThat(second.titleId()).isEqualTo(f.titleId);
        assertThat(second.version().number()).isEqualTo(2);
        assertThat(referential.versions(f.titleId)).extracting(ReVersion::number).containsExactly(2, 1);
        mvc.perform(get("/titles/" + f.titleId).with(user(accounts.loadUserByUsername(DemoData.username(Role.ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 2 : « RE v" + f.n + " bis »")))
                .andExpect(content().string(containsString("Version 1 : « RE v" + f.n + " »")));
        assertThat(referential.epreuves(f.titleId, SessionType.TITLE)).extracting("code", "minutes")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSP", 150));

        // the session created before keeps its épreuves and durations; a new session gets the new version
        Problem kept = problems.build(sessions.session(before).orElseThrow());
        assertThat(kept.epreuves()).extracting(Problem.Epreuve::id, Problem.Epreuve::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSP", 180), org.assertj.core.groups.Tuple.tuple("EF", 20));
        assertThat(referential.titleReferentialOfVersion(sessions.session(before).orElseThrow().summary().reVersionId())
                .orElseThrow().certificates()).hasSize(2);
        long after = sessions.createSession(f.centreId, f.details(f.number("V2")));
        assertThat(problems.build(sessions.session(after).orElseThrow()).epreuves())
                .extracting(Problem.Epreuve::id, Problem.Epreuve::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSP", 150));

        // the same version label twice is refused: a re-import must say which version it is
        assertThatThrownBy(() -> referential.importTitle("again.json", utf8(json)))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors().get("reVersion"))
                        .contains("a déjà une version"));
    }

    @Test
    void X1_aFileWithBadFieldsIsRefusedFieldByFieldNamingTheRowsAndNothingIsImported() throws Exception {
        int code = CODES.incrementAndGet();
        String bad = example(code).replace("\"minutes\": 120", "\"minutes\": \"deux heures\"")
                .replace("\"grouping\": \"GROUP\", \"groupSize\": 2", "\"grouping\": \"PAR_DEUX\", \"groupSize\": 2")
                .replace("\"sessionType\": \"TITLE\", \"code\": \"EF\"", "\"sessionType\": \"VAE\", \"code\": \"EF\"")
                .replace("\"afterEpreuves\": [\"MSP1\"]", "\"afterEpreuves\": [\"MSP9\"]")
                .replace("\"validFrom\": \"2020-01-01\"", "\"validFrom\": \"31/02/2020\"");
        assertThatThrownBy(() -> referential.importTitle("bad.json", utf8(bad)))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(String.join("\n", ((InputRejectedException) e).fieldErrors().values()))
                        .contains("Épreuve n° 2 (epreuves[1]), champ minutes : « deux heures » n'est pas un nombre entier.")
                        .contains("Épreuve n° 4 (epreuves[3]), champ grouping : « PAR_DEUX » n'est pas une valeur permise (ALL, GROUP, INDIVIDUAL).")
                        .contains("Épreuve n° 7 (epreuves[6]), champ sessionType : « VAE » n'est pas une valeur permise (TITLE, CCP, CCS).")
                        .contains("Épreuve n° 5 (epreuves[4]) : « MSP2 » fait référence à l'épreuve MSP9")
                        .contains("Titre, champ validFrom : « 31/02/2020 » n'est pas une date"));
        assertThat(referential.titleByCode("TP-" + code)).isEmpty();
        assertThatThrownBy(() -> referential.importTitle("notes.txt", utf8("bonjour")))
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors().get("file"))
                        .contains("JSON (.json) ou un classeur Excel (.xlsx)"));
        assertThatThrownBy(() -> referential.importTitle("broken.json", utf8("{\"code\": ")))
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors().get("file")).contains("illisible"));
    }

    @Test
    void X1_aTitleIsImportedFromAnXlsxWorkbookAndItsErrorsNameTheSheetAndTheRow() throws Exception {
        int code = CODES.incrementAndGet();
        byte[] good = workbook(code, "180");
        Referential.ImportedTitle imported = referential.importTitle("titre.xlsx", good);
        TitleReferential read = referential.titleReferential(imported.titleId()).orElseThrow();
        assertThat(read.certificates()).singleElement()
                .satisfies(c -> assertThat(c.competences()).extracting(Competence::label)
                        .containsExactly("Produire des documents", "Accueillir"));
        assertThat(read.epreuves(SessionType.CCP)).extracting("code", "minutes", "guidance")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSP", 180, List.of("Observer la méthode", "Vérifier le résultat")));

        int other = CODES.incrementAndGet();
        assertThatThrownBy(() -> referential.importTitle("titre.xlsx", workbook(other, "0")))
                .satisfies(e -> assertThat(String.join("\n", ((InputRejectedException) e).fieldErrors().values()))
                        .contains("Feuille epreuves, ligne 2 : La durée de l'épreuve « Mise en situation » doit être d'au moins une minute."));
        assertThat(referential.titleByCode("TP-" + other)).isEmpty();
    }

    static byte[] workbook(int code, String minutes) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows(book.createSheet("title"), List.of("field", "value"), List.of("code", "TP-" + code),
                    List.of("name", "Titre tableur " + code), List.of("reVersion", "RE 2025"), List.of("validFrom", "01/01/2025"),
                    List.of("requiresOutfit", "non"));
            rows(book.createSheet("certificates"), List.of("kind", "code", "name"),
                    List.of("CCP", String.format("CP-%06d", code * 10 + 1), "Assurer le secrétariat"));
            rows(book.createSheet("competences"), List.of("certificate", "label"),
                    List.of(String.format("CP-%06d", code * 10 + 1), "Produire des documents"),
                    List.of(String.format("CP-%06d", code * 10 + 1), "Accueillir"));
            rows(book.createSheet("epreuves"), List.of("sessionType", "code", "label", "kind", "minutes", "grouping",
                            "groupSize", "presence", "roomKind", "afterEpreuves", "afterJuryTasks", "guidance"),
                    List.of("CCP", "MSP", "Mise en situation", "MSP", minutes, "INDIVIDUAL", "", "JURY", "SALLE", "", "",
                            "Observer la méthode | Vérifier le résultat"));
            rows(book.createSheet("juryTasks"), List.of("sessionType", "code", "label", "kind", "minutes", "roomKind",
                    "afterEpreuves", "beforeEpreuves"), List.of("CCP", "DELIBERATION", "Délibération", "DELIBERATION", "30",
                    "JURY", "MSP", ""));
            book.write(out);
            return out.toByteArray();
        }
    }

    @SafeVarargs
    static void rows(Sheet sheet, List<String>... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].size(); c++) {
                row.createCell(c).setCellValue(rows[r].get(c));
            }
        }
    }

    // ---- the page ----

    @Test
    void thePlatformAdministratorImportsATitleThroughThePageAndOthersMayNot() throws Exception {
        UserDetails platform = account(Role.PLATFORM_ADMIN, null);
        int code = CODES.incrementAndGet();
        mvc.perform(get("/platform/titles/import").with(user(platform)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Importer le référentiel d&#39;un titre")));
        mvc.perform(multipart("/platform/titles/import").file(new MockMultipartFile("file", "tsmi.json",
                        "application/json", utf8(example(code)))).with(user(platform)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/platform/titles/import"));
        assertThat(referential.titleByCode("TP-" + code)).isPresent();

        int bad = CODES.incrementAndGet();
        mvc.perform(multipart("/platform/titles/import").file(new MockMultipartFile("file", "tsmi.json",
                        "application/json", utf8(example(bad).replace("\"minutes\": 40", "\"minutes\": -40"))))
                        .with(user(platform)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien n&#39;a été importé")))
                .andExpect(content().string(containsString("Épreuve n° 3 (epreuves[2])")));
        assertThat(referential.titleByCode("TP-" + bad)).isEmpty();

        UserDetails admin = accounts.loadUserByUsername(DemoData.username(Role.ADMIN));
        mvc.perform(get("/platform/titles/import").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(multipart("/platform/titles/import").file(new MockMultipartFile("file", "tsmi.json",
                        "application/json", utf8(example(CODES.incrementAndGet())))).with(user(admin)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
