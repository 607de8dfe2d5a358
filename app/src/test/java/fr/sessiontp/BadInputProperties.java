package fr.sessiontp;

import static fr.sessiontp.Theories.anyStrings;
import static fr.sessiontp.Theories.oneOfValues;
import static fr.sessiontp.Theories.printable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.Sessions;
import jakarta.servlet.RequestDispatcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input (#8.3) through the pages, as an allowed user with a CSRF token: malformed CSV and XLSX imports and malformed
 * form posts on the main forms (session, candidate, jury member, déroulé, conduct, deliberation). Whatever is sent, the
 * answer is never a 500: either a page with a French message, a redirect after a successful save, or a 4xx whose error
 * page is French; and a refused post writes nothing (row counts of every business table and the audit trail unchanged).
 * Uses the same Spring context as the other tests; tries are kept small (the suite budget is ~40 s for all properties).
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputProperties {

    static final String CANDIDATE_HEADER =
            "Nom de naissance;Nom d'usage;Prénoms;Identifiant;Date de naissance;Courriel;Voie d'accès;Temps majoré (%);Décision DDETS;Formateur";
    static final String JURY_HEADER =
            "Nom;Prénom;Courriel;Métier;Région;Titre (code);Habilité du;Habilité jusqu'au";

    /** Tables whose counts must not move when a post is refused (the planning worker's tables are left out). */
    static final List<String> TABLES = List.of("title", "certificate", "competence", "epreuve_template", "jury_task_template",
            "centre", "accreditation", "room", "person", "session_manager", "trainer", "proctor", "jury_member", "habilitation",
            "candidate", "jury_link", "exam_session", "jury_pair", "enrolment", "session_proctor", "audit_entry",
            "conduct_checkin", "conduct_envelope_check", "conduct_step", "conduct_jury_confirmation", "conduct_dte_handout",
            "conduct_late_arrival", "conduct_manager_presence", "conduct_proctor_briefing", "conduct_sitting",
            "conduct_incident", "conduct_topic_draw", "eval_observation", "eval_final_interview", "eval_synthesis",
            "eval_certificate_sat", "eval_deliberation", "report_version", "report_line", "report_signature");

    /** One world for both properties and all their tries: built before the first. */
    static World world;

    static final Map<Integer, Boolean> FRENCH_ERROR_PAGES = new ConcurrentHashMap<>();

    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Sessions sessions;
    @Autowired
    OpeningDay opening;
    @Autowired
    JuryReception reception;

    record World(EvaluationFixtures f, UserDetails admin, UserDetails manager, UserDetails jury, UserDetails authority,
                 long otherCandidate) {
    }

    @BeforeEach
    void buildTheWorld() {
        synchronized (BadInputProperties.class) {
            if (world == null) {
                EvaluationFixtures f = new EvaluationFixtures(jdbc, accounts, "TITLE", "BADINPUT")
                        .receptionComplete(gate, opening, reception);
                long other = jdbc.sql("""
                                insert into candidate (centre_id, identifier, birth_name, first_names, access_route)
                                values (:c, :i, 'HORS', 'Session', 'TRAINING') returning id""")
                        .param("c", f.centreId).param("i", "BAD-" + System.nanoTime()).query(Long.class).single();
                world = new World(f, f.user(Role.ADMIN, null), f.user(Role.SESSION_MANAGER, f.managerId),
                        f.user(Role.JURY, f.juryA), f.user(Role.AUTHORITY, null), other);
            }
        }
    }

    // ---------------------------------------------------------------- imports

    record Upload(String kind, String filename, byte[] bytes, String label) {
        @Override
        public String toString() {
            return kind + " " + filename + " (" + label + ", " + bytes.length + " bytes)";
        }
    }

    @Test
    void malformedImportsShowAFrenchMessageAndImportAllOrNothing() {
        Theories.qt(20, 30).forAll(uploads()).checkAssert(Theories.checking(this::showsAFrenchMessageAndImportsAllOrNothing));
    }

    private void showsAFrenchMessageAndImportsAllOrNothing(Upload upload) throws Exception {
        String base = upload.kind().equals("jury") ? "/people/jury/import" : "/people/candidates/import";
        String table = upload.kind().equals("jury") ? "jury_member" : "candidate";
        Map<String, Long> before = counts();
        MockHttpSession httpSession = new MockHttpSession();
        UserDetails who = upload.kind().equals("jury") ? world.authority() : world.admin(); // X2: the authority imports jury members

        MvcResult preview = mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", upload.filename(), "application/octet-stream", upload.bytes()))
                        .session(httpSession).with(csrf()).with(user(who)))
                .andReturn();
        int status = preview.getResponse().getStatus();
        assertThat(status).as("preview of %s", upload).isEqualTo(200);
        String page = preview.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(counts()).as("a preview saves nothing").isEqualTo(before);
        boolean ready = page.contains("/import/confirm");
        if (!ready) {
            assertThat(page).as("refusal of %s", upload).contains("role=\"alert\"");
            assertFrenchAlert(page);
            return;
        }
        MvcResult confirm = mvc.perform(post(base + "/confirm").session(httpSession).with(csrf()).with(user(who)))
                .andReturn();
        assertThat(confirm.getResponse().getStatus()).isEqualTo(200);
        Map<String, Long> after = counts();
        long added = after.get(table) - before.get(table);
        long lines = dataLines(upload);
        if (added == 0) {
            assertThat(after).as("a refused import writes nothing").isEqualTo(before);
            assertFrenchAlert(confirm.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } else {
            assertThat(added).as("all lines of %s or none", upload).isEqualTo(lines);
            assertThat(after.get("audit_entry")).isEqualTo(before.get("audit_entry") + 1);
        }
    }

    /** Data lines of a well-formed upload (the only kind that can be imported). */
    private static long dataLines(Upload upload) {
        if (upload.label().startsWith("valid-xlsx")) {
            return Long.parseLong(upload.label().substring("valid-xlsx-".length()));
        }
        String text = new String(upload.bytes(), StandardCharsets.UTF_8).strip();
        return text.lines().filter(l -> !l.isBlank()).count() - 1;
    }

    static Gen<Upload> uploads() {
        Gen<String> kind = oneOfValues("candidates", "candidates", "jury");
        Gen<byte[]> randomBytes = Generate.byteArrays(integers().between(0, 3000),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        return Generate.frequency(
                Pair.of(2, kind.zip(randomBytes, oneOfValues("f.csv", "f.xlsx", "f.txt", "sans-extension", ""),
                        (k, b, name) -> new Upload(k, name, b, "random bytes"))),
                Pair.of(2, kind.zip(integers().between(0, 99), BadInputProperties::truncatedXlsx)),
                Pair.of(3, kind.zip(csvText(), oneOfValues("UTF-8", "UTF-8-BOM", "ISO-8859-1", "UTF-16LE-BOM", "UTF-16"),
                        (k, text, encoding) -> new Upload(k, "f.csv", encode(withHeader(k, text), encoding), "csv " + encoding))),
                Pair.of(2, kind.zip(csvText(), (k, text) -> new Upload(k, "f.xlsx", xlsx(withHeader(k, text)), "xlsx from csv"))),
                Pair.of(1, kind.map(k -> new Upload(k, "f.csv", (header(k) + "\n" + "A".repeat(200_000) + ";"
                        + "B".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8), "huge cells"))),
                Pair.of(1, integers().between(1, 4).map(BadInputProperties::validXlsx)));
    }

    private static String header(String kind) {
        return kind.equals("jury") ? JURY_HEADER : CANDIDATE_HEADER;
    }

    /** Half the files keep the right header; the others have a wrong, partial or missing one. */
    private static String withHeader(String kind, String text) {
        int h = Math.floorMod(text.hashCode(), 4);
        return switch (h) {
            case 0, 1 -> header(kind) + "\n" + text;
            case 2 -> "Nom;Prénom;Date\n" + text;
            default -> text;
        };
    }

    private static Gen<String> csvText() {
        Gen<String> cell = Generate.oneOf(
                oneOfValues("DUPONT", "Camille", "", " ", "Formation", "VAE", "Stage", "15/03/1990", "31/02/1990",
                        "1990-13-45", "29/02/2023", "00/00/0000", "01/01/1800", "01/01/2999", "33", "150", "-4", "1e9",
                        "abc", "x@", "alex@exemple.fr", "\"", "\"quoted; cell\"", "=1+1", "<script>alert(1)</script>",
                        "'; drop table candidate; --", "Île-de-France", "Bretagne", "TP-00000", "01/01/2026", "31/12/2030"),
                printable(12),
                anyStrings(8),
                integers().between(1, 30).map(i -> "ID-" + i),
                integers().between(300, 3000).map(n -> "x".repeat(n)));
        return lists().of(lists().of(cell).ofSizeBetween(1, 12).map(cells -> String.join(";", cells)))
                .ofSizeBetween(0, 5).map(rows -> String.join("\n", rows));
    }

    private static byte[] encode(String text, String encoding) {
        return switch (encoding) {
            case "UTF-8-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case "UTF-16LE-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            default -> text.getBytes(Charset.forName(encoding));
        };
    }

    private static byte[] xlsx(String text) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Feuille");
            String[] lines = text.split("\n", -1);
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(";", -1);
                for (int c = 0; c < cells.length && c < 60; c++) {
                    String value = cells[c];
                    if (value.matches("-?\\d{1,6}")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Upload validXlsx(int n) {
        StringBuilder text = new StringBuilder(CANDIDATE_HEADER);
        long unique = System.nanoTime();
        for (int i = 0; i < n; i++) {
            text.append("\nNOM").append(i).append(";;Prénom;ok-").append(unique).append('-').append(i).append(";;;VAE;0;;");
        }
        return new Upload("candidates", "f.xlsx", xlsx(text.toString()), "valid-xlsx-" + n);
    }

    private static Upload truncatedXlsx(String kind, int percent) {
        byte[] whole = xlsx(header(kind) + "\nDUPONT;;Camille;T-1;15/03/1990;;Formation;0;;");
        byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
        return new Upload(kind, "f.xlsx", cut, "truncated zip " + percent + " %");
    }

    // ---------------------------------------------------------------- form posts

    /** A form of the application: who may post it, its path (with {session} {candidate} {member} {pair} {id}) and fields. */
    record Form(String who, String path, List<String> fields) {
    }

    static final List<Form> FORMS = List.of(
            new Form("admin", "/sessions/new", List.of("titleId", "type", "number", "startDate", "endDate", "managerId", "substituteId")),
            new Form("admin", "/sessions/{session}/edit", List.of("titleId", "type", "number", "startDate", "endDate", "managerId", "substituteId")),
            new Form("manager", "/sessions/{session}/enrolments", List.of("candidateId")),
            new Form("admin", "/sessions/{session}/enrolments/{id}/pair", List.of("pairId")),
            new Form("admin", "/sessions/{session}/pairs", List.of("memberAId", "memberBId")),
            new Form("admin", "/sessions/{session}/proctors", List.of("proctorId")),
            new Form("admin", "/sessions/{session}/status", List.of("target", "reason")),
            new Form("admin", "/people/candidates", List.of("birthName", "usageName", "firstNames", "identifier", "birthDate",
                    "email", "accessRoute", "extraTimePercent", "adjustmentNote", "trainerId")),
            new Form("admin", "/people/candidates/{candidate}", List.of("birthName", "usageName", "firstNames", "identifier",
                    "birthDate", "email", "accessRoute", "extraTimePercent", "adjustmentNote", "trainerId")),
            new Form("admin", "/people/jury", List.of("personId", "lastName", "firstName", "email", "profession", "region", "titleId", "note")),
            new Form("authority", "/people/jury/{member}", List.of("lastName", "firstName", "email", "profession", "region")),
            new Form("authority", "/people/jury/{member}/habilitations", List.of("titleId", "validFrom", "validUntil")),
            new Form("admin", "/people/jury/{member}/unavailability", List.of("day")),
            new Form("admin", "/people/jury/{member}/links", List.of("candidateId", "nature")),
            new Form("admin", "/sessions/{session}/deroule/sittings/{id}/move", List.of("day", "start", "room", "pin")),
            new Form("admin", "/sessions/{session}/deroule/replan", List.of("day", "now", "absent", "late-1")),
            new Form("manager", "/sessions/{session}/conduct/envelopes", List.of("sealed", "witnessId", "note")),
            new Form("manager", "/sessions/{session}/conduct/envelopes/content", List.of("matches", "note")),
            new Form("manager", "/sessions/{session}/conduct/steps", List.of("step")),
            new Form("manager", "/sessions/{session}/conduct/dte", List.of("epreuveCode", "recipient")),
            new Form("manager", "/sessions/{session}/conduct/late", List.of("candidateId", "epreuveCode", "arrivedAt",
                    "plannedEnd", "endTime", "admitted")),
            new Form("manager", "/sessions/{session}/conduct/manager", List.of("managerId", "fromTime")),
            new Form("manager", "/sessions/{session}/conduct/briefings", List.of("proctorId")),
            new Form("manager", "/sessions/{session}/conduct/sittings", List.of("proctorId", "epreuveCode")),
            new Form("manager", "/sessions/{session}/conduct/plateau", List.of("trainerId")),
            new Form("manager", "/sessions/{session}/conduct/draws", List.of("epreuveCode", "topics")),
            new Form("manager", "/sessions/{session}/conduct/incidents", List.of("candidateId", "kind", "description",
                    "witnesses", "witnessesConfirmed")),
            new Form("manager", "/sessions/{session}/conduct/candidates/{candidate}/sheet", List.of("address", "postalCode",
                    "city", "phone")),
            new Form("jury", "/sessions/{session}/deliberation/{candidate}/observations", List.of("obs-MSP", "obs-EF", "obs-X")),
            new Form("jury", "/sessions/{session}/deliberation/{candidate}/final-interview", List.of("project", "tradeCulture",
                    "conclusions")),
            new Form("jury", "/sessions/{session}/deliberation/{candidate}/synthesis", List.of("c-{competence}", "c-abc", "c-99999999")),
            new Form("jury", "/sessions/{session}/deliberation/{candidate}/inputs", List.of("ecf", "msp", "dp")),
            new Form("jury", "/sessions/{session}/deliberation/{candidate}/sat", List.of("certificate")),
            new Form("jury", "/sessions/{session}/deliberation/{candidate}/outcome", List.of("outcome", "code", "observations",
                    "recommendations", "absenceNote")));

    /** A post: the form, how each path placeholder is filled, and each field's value (null = missing). */
    record Post(Form form, List<String> pathValues, List<String> values) {
        @Override
        public String toString() {
            return form.path() + " " + pathValues + " " + values.stream()
                    .map(v -> v == null ? "<missing>" : v.length() > 40 ? v.substring(0, 40) + "…(" + v.length() + ")" : v).toList();
        }
    }

    @Test
    void malformedFormPostsNeverFailAndRefusalsWriteNothing() {
        Theories.qt(50, 60).forAll(posts()).checkAssert(Theories.checking(this::neverFailsAndARefusalWritesNothing));
    }

    private void neverFailsAndARefusalWritesNothing(Post p) throws Exception {
        UserDetails who = switch (p.form().who()) {
            case "manager" -> world.manager();
            case "jury" -> world.jury();
            case "authority" -> world.authority();
            default -> world.admin();
        };
        String path = path(p);
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(who));
        for (int i = 0; i < p.form().fields().size(); i++) {
            String value = p.values().get(i);
            if (value != null) {
                request.param(p.form().fields().get(i).replace("{competence}", String.valueOf(world.f().competence(0, 0))), value);
            }
        }
        Map<String, Long> before = counts();
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).as("%s -> %s", p, status).isLessThan(500).isNotEqualTo(403).isNotEqualTo(401);
        if (status == 302) {
            return; // saved (random but valid input): the redirect shows the saved page
        }
        assertThat(counts()).as("refused post %s writes nothing", p).isEqualTo(before);
        if (status == 200) {
            String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as("refused post %s shows an alert", p).contains("role=\"alert\"");
            assertFrenchAlert(page);
        } else {
            assertThat(status).as("%s", p).isIn(400, 404, 409);
            assertErrorPageIsFrench(status);
        }
    }

    private static String path(Post p) {
        String path = p.form().path();
        int i = 0;
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
        while (m.find()) {
            String choice = p.pathValues().get(i++);
            String value = switch (choice) {
                case "known" -> switch (m.group(1)) {
                    case "session" -> String.valueOf(world.f().sessionId);
                    case "candidate" -> String.valueOf(world.f().candidates.get(0));
                    case "member" -> String.valueOf(world.f().juryA);
                    default -> "1";
                };
                case "other" -> m.group(1).equals("candidate") ? String.valueOf(world.otherCandidate()) : "2";
                default -> choice;
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Gen<Post> posts() {
        Gen<String> pathValue = Generate.frequency(Pair.of(8, Generate.constant("known")), Pair.of(1, Generate.constant("other")),
                Pair.of(1, Generate.constant("987654321")), Pair.of(1, Generate.constant("abc")),
                Pair.of(1, Generate.constant("-1")), Pair.of(1, Generate.constant("99999999999999999999")));
        Gen<String> value = Generate.frequency(
                Pair.of(3, Generate.constant((String) null)),
                Pair.of(3, oneOfValues("", " ", "0", "-1", "1", "2", "987654321", "99999999999999999999", "1.5", "abc",
                        "true", "false", "on", "TITLE", "CCP", "CONVENED", "ARCHIVED", "VALIDATED", "ADMITTED", "NOT_ADMITTED",
                        "TRAINING", "VAE", "31/02/2027", "08/03/2027", "2027-03-08", "2027-13-45", "25:99", "09:30", "9h",
                        "MSP", "EF", "<script>alert(1)</script>", "'; drop table exam_session; --", "null", "NaN",
                        "\u0000", "é\u00A0è", "\uFEFF", "🙂", "x@", "a@b", "%00", "${7*7}", "[[${7*7}]]")),
                Pair.of(2, anyStrings(30)),
                Pair.of(1, integers().between(256, 20_000).map(n -> "é".repeat(n))),
                Pair.of(1, longs().all().map(n -> String.valueOf(n))));
        return Generate.pick(FORMS).flatMap(form -> {
            int placeholders = (int) java.util.regex.Pattern.compile("\\{\\w+}").matcher(form.path()).results().count();
            return lists().of(pathValue).ofSize(placeholders).zip(lists().of(value).ofSize(form.fields().size()),
                    (pv, vs) -> new Post(form, pv, vs));
        });
    }

    // ---------------------------------------------------------------- helpers

    private Map<String, Long> counts() {
        StringBuilder sql = new StringBuilder();
        for (String table : TABLES) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select '").append(table).append("' as t, count(*) as n from ").append(table);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).query((rs, i) -> counts.put(rs.getString("t"), rs.getLong("n"))).list();
        return counts;
    }

    /** The alerts of a page are French: accented words or common French words, never an exception's text. */
    private static void assertFrenchAlert(String page) {
        List<String> alerts = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("role=\"alert\"[^>]*>(.*?)</", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        while (m.find()) {
            alerts.add(m.group(1));
        }
        assertThat(page).doesNotContain("Exception").doesNotContain("at fr.sessiontp.").doesNotContain("Whitelabel");
        assertThat(String.join(" ", alerts).toLowerCase() + " " + page.toLowerCase())
                .containsAnyOf(" le ", " la ", " les ", " de ", " du ", " est ", " pas ", "é");
    }

    /** A 4xx answer is shown by the container's error page, which MockMvc does not render: render it as the container would. */
    private void assertErrorPageIsFrench(int status) throws Exception {
        if (FRENCH_ERROR_PAGES.containsKey(status)) {
            return;
        }
        String page = mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/sessions/1")
                        .accept(org.springframework.http.MediaType.TEXT_HTML).with(user(world.admin())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("lang=\"fr\"").contains("Une erreur est survenue")
                .containsAnyOf("La page demandée n'existe pas", "La demande est incorrecte", "n&#39;existe pas",
                        "La page demandée n&#39;existe pas");
        FRENCH_ERROR_PAGES.put(status, true);
    }
}
