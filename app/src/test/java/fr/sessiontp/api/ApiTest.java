package fr.sessiontp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionWriter;
import fr.sessiontp.planning.application.ProblemBuilder;
import fr.sessiontp.planning.application.ProblemJson;
import fr.sessiontp.planning.persistence.DerouleRepository;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.security.ApiTokens;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionFixture;
import fr.sessiontp.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST API on the real database: tokens created and revoked by a centre's ADMIN, per-centre scoping, each endpoint
 * with real data, and French problem+json refusals (401, 403, 404, 400 field by field with nothing imported).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTest {

    private static final Pattern SECRET = Pattern.compile("stp_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Referential referential;
    @Autowired
    Centres centres;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Sessions sessions;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ProblemBuilder problemBuilder;
    @Autowired
    DerouleRepository deroules;

    /** Two centres for the whole class (the fixture is slow to build); sessions and tokens are made per test. */
    static SessionFixture a;
    static SessionFixture b;
    static int sessionCounter;

    @BeforeEach
    void world() {
        if (a == null) {
            a = new SessionFixture(jdbc, referential, centres, accounts).build();
            b = new SessionFixture(jdbc, referential, centres, accounts).build();
        }
    }

    long session(SessionFixture f) {
        return sessions.createSession(f.centreId, f.details(f.number("API" + (++sessionCounter))));
    }

    /** A token of the fixture's centre, created directly (the page is tested in {@link #tokenLifecycle}). */
    String token(SessionFixture f) {
        return tokens.issue(f.centreId, "Test " + f.n, null, "test").secret();
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String secret) {
        return request.header("Authorization", "Bearer " + secret);
    }

    static void problem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(header().doesNotExist("Location"));
    }

    long candidatesOfCentre(SessionFixture f) {
        return jdbc.sql("select count(*) from candidate where centre_id = :c").param("c", f.centreId)
                .query(Long.class).single();
    }

    long enrolled(long sessionId) {
        return jdbc.sql("select count(*) from enrolment where session_id = :s").param("s", sessionId)
                .query(Long.class).single();
    }

    long audited(String action, String subjectId) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s")
                .param("a", action).param("s", subjectId).query(Long.class).single();
    }

    // ---- tokens ----

    @Test
    void tokenLifecycle_createdOnThePageShownOnceUsedThenRevokedAndRefused() throws Exception {
        UserDetails admin = a.admin();
        long sessionId = session(a);
        String html = mvc.perform(post("/admin/api-tokens").param("name", "ERP du centre").param("expiresOn", "")
                        .with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jeton créé : copiez-le maintenant")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = SECRET.matcher(html);
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group();
        long tokenId = jdbc.sql("select id from api_token where centre_id = :c and name = 'ERP du centre'")
                .param("c", a.centreId).query(Long.class).single();
        // only the SHA-256 of the secret is stored, and the secret is not shown again
        String stored = jdbc.sql("select secret_hash from api_token where id = :id").param("id", tokenId)
                .query(String.class).single();
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8))));
        assertThat(jdbc.sql("select count(*) from api_token where secret_hash = :s or secret_prefix = :s")
                .param("s", secret).query(Long.class).single()).isZero();
        mvc.perform(get("/admin/api-tokens").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ERP du centre")))
                .andExpect(content().string(containsString("jamais")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
        assertThat(audited("api.token.created", String.valueOf(tokenId))).isEqualTo(1);

        mvc.perform(bearer(get("/api/sessions/" + sessionId), secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(sessionId));
        assertThat(jdbc.sql("select last_used_at from api_token where id = :id").param("id", tokenId)
                .query(Instant.class).optional()).isPresent();

        mvc.perform(post("/admin/api-tokens/" + tokenId + "/revoke").with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(audited("api.token.revoked", String.valueOf(tokenId))).isEqualTo(1);
        problem(mvc.perform(bearer(get("/api/sessions/" + sessionId), secret)), 401);
        mvc.perform(bearer(get("/api/sessions"), secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Jeton d'API inconnu, expiré ou révoqué."));
        // revoked tokens stay listed, revoked
        mvc.perform(get("/admin/api-tokens").with(user(admin)))
                .andExpect(content().string(containsString("révoqué le")));
    }

    @Test
    void tokenPage_refusesAnEmptyNameAndAPastExpiryInFrench_andAnotherCentresTokenCannotBeRevoked() throws Exception {
        UserDetails admin = a.admin();
        long before = jdbc.sql("select count(*) from api_token where centre_id = :c").param("c", a.centreId)
                .query(Long.class).single();
        mvc.perform(post("/admin/api-tokens").param("name", " ").param("expiresOn", "2020-01-01")
                        .with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Donnez un nom au jeton.")))
                .andExpect(content().string(containsString("La date d&#39;expiration ne peut pas être passée.")));
        mvc.perform(post("/admin/api-tokens").param("name", "Sans date").param("expiresOn", "31/02/2030")
                        .with(csrf()).with(user(admin)))
                .andExpect(content().string(containsString("Date invalide")))
                .andExpect(content().string(containsString("value=\"Sans date\"")));
        assertThat(jdbc.sql("select count(*) from api_token where centre_id = :c").param("c", a.centreId)
                .query(Long.class).single()).isEqualTo(before);

        long otherCentresToken = tokens.issue(b.centreId, "Autre centre", null, "test").token().id();
        mvc.perform(post("/admin/api-tokens/" + otherCentresToken + "/revoke").with(csrf()).with(user(admin)))
                .andExpect(status().isNotFound());
        assertThat(tokens.find(b.centreId, otherCentresToken).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void withoutAValidTokenTheApiAnswers401InJsonNeverALoginPage() throws Exception {
        problem(mvc.perform(get("/api/sessions")), 401);
        mvc.perform(get("/api/sessions"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.detail", containsString("Authorization: Bearer")));
        problem(mvc.perform(get("/api/sessions").header("Authorization", "Basic YWRtaW46YWRtaW4=")), 401);
        problem(mvc.perform(bearer(get("/api/sessions"), "stp_" + "x".repeat(43))), 401);
        problem(mvc.perform(bearer(get("/api/sessions"), "n'importe quoi")), 401);
        String expired = tokens.issue(a.centreId, "Expiré", Instant.now().minusSeconds(60), "test").secret();
        problem(mvc.perform(bearer(get("/api/sessions"), expired)), 401);
        // no session cookie is created for the API
        assertThat(mvc.perform(bearer(get("/api/sessions"), token(a))).andReturn().getRequest().getSession(false))
                .isNull();
    }

    @Test
    void aRouteTheTokenMayNotUseIs403InJson_andAStaffLoginDoesNotOpenTheApi() throws Exception {
        problem(mvc.perform(bearer(get("/api/nothing-here"), token(a))), 403);
        problem(mvc.perform(bearer(post("/api/sessions"), token(a))), 403);
        problem(mvc.perform(get("/api/sessions").with(user(a.admin()))), 403);
    }

    // ---- scoping ----

    @Test
    void aTokenOfCentreASeesOnlyItsSessions_centreBsSessionIsNotFound() throws Exception {
        String tokenA = token(a);
        long sessionOfB = session(b);
        long countBefore = candidatesOfCentre(b);
        problem(mvc.perform(bearer(get("/api/sessions/" + sessionOfB), tokenA)), 404);
        mvc.perform(bearer(get("/api/sessions/" + sessionOfB), tokenA))
                .andExpect(jsonPath("$.detail").value("Session introuvable pour ce centre."));
        problem(mvc.perform(bearer(get("/api/sessions/" + sessionOfB + "/deroule"), tokenA)), 404);
        problem(mvc.perform(bearer(post("/api/sessions/" + sessionOfB + "/candidates"), tokenA)
                .contentType(MediaType.APPLICATION_JSON).content(rows(b, "SCOPE", 1))), 404);
        // the same 404 as for a session that does not exist
        problem(mvc.perform(bearer(get("/api/sessions/987654321"), tokenA)), 404);
        assertThat(candidatesOfCentre(b)).isEqualTo(countBefore);
        mvc.perform(bearer(get("/api/sessions").param("size", "100"), tokenA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + sessionOfB + ")]").isEmpty());
    }

    // ---- endpoints ----

    @Test
    void listsTheCentresSessionsPageByPage() throws Exception {
        SessionFixture own = new SessionFixture(jdbc, referential, centres, accounts).build();
        long first = session(own);
        session(own);
        session(own);
        String token = token(own);
        mvc.perform(bearer(get("/api/sessions").param("size", "2"), token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].title.code").value(own.titleCode))
                .andExpect(jsonPath("$.items[0].status").value("PLANNED"));
        mvc.perform(bearer(get("/api/sessions").param("page", "1").param("size", "2"), token))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(bearer(get("/api/sessions"), token))
                .andExpect(jsonPath("$.items[?(@.id == " + first + ")].startDate").value("2027-03-08"));
        problem(mvc.perform(bearer(get("/api/sessions").param("size", "0"), token)), 400);
        mvc.perform(bearer(get("/api/sessions").param("page", "abc"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Paramètre « page » invalide")));
    }

    @Test
    void importsCandidatesIntoTheSession_thenTheSessionListsThem() throws Exception {
        long sessionId = session(a);
        String token = token(a);
        String body = rows(a, "OK", 2);
        mvc.perform(bearer(post("/api/sessions/" + sessionId + "/candidates"), token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.candidates[0].identifier").value("API-" + a.n + "-OK-0"));
        assertThat(enrolled(sessionId)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'candidate.imported' and subject_id = :c"
                        + " and actor like 'api:%' and details like '%l''API (Jeton d''API%'")
                .param("c", String.valueOf(a.centreId)).query(Long.class).single()).isPositive();
        mvc.perform(bearer(get("/api/sessions/" + sessionId), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(a.number("API" + sessionCounter)))
                .andExpect(jsonPath("$.manager.lastName").value("Martin"))
                .andExpect(jsonPath("$.candidates", hasSize(2)))
                .andExpect(jsonPath("$.candidates[1].birthName").value("NOM1"))
                .andExpect(jsonPath("$.candidates[1].extraTimePercent").value(33))
                .andExpect(jsonPath("$.candidates[1].accessRoute").value("VAE"));
        // the same identifiers again: refused (already in the centre), nothing more imported
        mvc.perform(bearer(post("/api/sessions/" + sessionId + "/candidates"), token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].index").value(0))
                .andExpect(jsonPath("$.errors[0].field").value("identifier"));
        assertThat(enrolled(sessionId)).isEqualTo(2);
    }

    @Test
    void aBodyThatIsNotDeclaredJsonIs415InFrenchAndNothingIsImported() throws Exception {
        long sessionId = session(a);
        String token = token(a);
        long before = candidatesOfCentre(a);
        String rows = "[" + row("API-" + a.n + "-TXT-0", "DUPONT", "01/02/1990", "Formation", "0", null) + "]";
        for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML)) {
            problem(mvc.perform(bearer(post("/api/sessions/" + sessionId + "/candidates"), token)
                    .contentType(type).content(type.equals(MediaType.TEXT_PLAIN) ? rows : "<candidats/>")), 415);
            mvc.perform(bearer(post("/api/sessions/" + sessionId + "/candidates"), token).contentType(type)
                            .content(rows))
                    .andExpect(jsonPath("$.detail").value("Envoyez le corps en JSON (Content-Type: application/json)."));
        }
        assertThat(candidatesOfCentre(a)).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400WithFrenchMessagesAndNothingIsImported() throws Exception {
        long sessionId = session(a);
        String token = token(a);
        long before = candidatesOfCentre(a);
        MockHttpServletRequestBuilder post = bearer(post("/api/sessions/" + sessionId + "/candidates"), token)
                .contentType(MediaType.APPLICATION_JSON);
        problem(mvc.perform(post.content("[{\"birthName\": \"DUPONT\",")), 400);
        mvc.perform(post.content("[{\"birthName\": \"DUPONT\","))
                .andExpect(jsonPath("$.detail", startsWith("Le corps de la requête n'est pas du JSON valide (ligne 1")));
        mvc.perform(post.content("{\"birthName\": \"DUPONT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Le corps de la requête doit être un tableau JSON de candidats."));
        mvc.perform(post.content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Le tableau est vide : envoyez au moins un candidat."));
        mvc.perform(post.content(""))
                .andExpect(status().isBadRequest());
        // structure: not an object, unknown field, a list where a text is expected
        mvc.perform(post.content("[42, {\"birthName\": \"A\", \"shoeSize\": \"42\", \"firstNames\": [\"x\"]}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].index").value(0))
                .andExpect(jsonPath("$.errors[0].message").value("Chaque candidat doit être un objet JSON."))
                .andExpect(jsonPath("$.errors[1].field").value("shoeSize"))
                .andExpect(jsonPath("$.errors[1].message", startsWith("Champ inconnu.")))
                .andExpect(jsonPath("$.errors[2].field").value("firstNames"));
        // field rules, row by row: the good first row is not imported either (all or nothing)
        String rows = "[" + row("API-" + a.n + "-MAL-0", "DUPONT", "01/02/1990", "Formation", "0", null) + ","
                + row("API-" + a.n + "-MAL-1", "", "31/02/1990", "Téléportation", "150", null) + ","
                + row("API-" + a.n + "-MAL-0", "MARTIN", "1991-05-05", "VAE", "20", null) + "]";
        mvc.perform(post.content(rows))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.detail", containsString("aucun candidat n'a été importé")))
                .andExpect(jsonPath("$.errors[?(@.index == 1 && @.field == 'birthName')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.index == 1 && @.field == 'birthDate')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.index == 1 && @.field == 'accessRoute')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.index == 1 && @.field == 'extraTimePercent')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.index == 2 && @.field == 'identifier')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.index == 2 && @.field == 'adjustmentNote')].message",
                        org.hamcrest.Matchers.hasItem(containsString("(X3)"))));
        // too many rows
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= 5000; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        mvc.perform(post.content(many.append("]").toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("Au plus 5")));
        assertThat(candidatesOfCentre(a)).isEqualTo(before);
        assertThat(enrolled(sessionId)).isZero();
    }

    @Test
    void anEnrolmentRefusedBySessionRulesRollsBackTheWholeImport() throws Exception {
        long sessionId = session(a);
        long trainer = a.trainer("Formatrice", "Api" + a.n);
        long proctor = a.proctor("Surveillant", "Api" + a.n, trainer, null);
        sessions.assignProctor(sessionId, proctor);
        long before = candidatesOfCentre(a);
        // the second candidate was trained by the session's proctor: S4 refuses the enrolment, nothing is kept
        String rows = "[" + row("API-" + a.n + "-S4-0", "DUPONT", "01/02/1990", "Formation", "0", null) + ","
                + row("API-" + a.n + "-S4-1", "DURAND", "01/02/1990", "Formation", "0",
                "Formatrice Api" + a.n) + "]";
        mvc.perform(bearer(post("/api/sessions/" + sessionId + "/candidates"), token(a))
                        .contentType(MediaType.APPLICATION_JSON).content(rows))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("(S4)")));
        assertThat(candidatesOfCentre(a)).isEqualTo(before);
        assertThat(enrolled(sessionId)).isZero();
    }

    @Test
    void readsTheStoredDeroule() throws Exception {
        long sessionId = session(a);
        String token = token(a);
        mvc.perform(bearer(get("/api/sessions/" + sessionId + "/deroule"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planned").value(false))
                .andExpect(jsonPath("$.sittings", hasSize(0)));
        long candidate = a.candidate("Deroule" + sessionCounter, "Lina", null);
        sessions.enrolCandidate(sessionId, candidate);
        long proctor = a.proctor("Dubois", "Marc", null, null);
        sessions.assignProctor(sessionId, proctor);
        Problem problem = problemBuilder.build(sessions.session(sessionId).orElseThrow());
        String day = sessions.session(sessionId).orElseThrow().summary().startDate().toString();
        Solution solution = new Solution(1, problem.sessionId(), List.of(), List.of(
                new Solution.Sitting(Solution.SittingType.EPREUVE, "MSP", null, null, day, 8 * 60 + 30, 11 * 60 + 30,
                        "S1", List.of(ProblemBuilder.candidateId(candidate)), List.of(), "S" + proctor)),
                new Solution.Metrics(1, 1, 180, day, 11 * 60 + 30, 0));
        deroules.save(sessionId, null, ProblemJson.write(problem), new SolutionWriter().write(solution), null, true,
                new DerouleRepository.Metrics(1, 1, 180, day, 11 * 60 + 30, 0), "", 0L);
        mvc.perform(bearer(get("/api/sessions/" + sessionId + "/deroule"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planned").value(true))
                .andExpect(jsonPath("$.sittings", hasSize(1)))
                .andExpect(jsonPath("$.sittings[0].epreuveCode").value("MSP"))
                .andExpect(jsonPath("$.sittings[0].day").value(day))
                .andExpect(jsonPath("$.sittings[0].start").value("08:30:00"))
                .andExpect(jsonPath("$.sittings[0].room").value("S1"))
                .andExpect(jsonPath("$.sittings[0].proctorId").value(proctor))
                .andExpect(jsonPath("$.sittings[0].candidates[0].identifier").value("C" + a.n + "-Deroule" + sessionCounter));
    }

    /** {@code count} valid candidate rows; the second has 33 % extra time (X3, with its decision). */
    static String rows(SessionFixture f, String tag, int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(row("API-" + f.n + "-" + tag + "-" + i, "NOM" + i, "15/03/1990",
                    i == 1 ? "VAE" : "Formation", i == 1 ? "33" : "0", null)
                    .replace("\"adjustmentNote\": null", i == 1 ? "\"adjustmentNote\": \"Décision DDETS n° 12\""
                            : "\"adjustmentNote\": null"));
        }
        return json.append("]").toString();
    }

    static String row(String identifier, String birthName, String birthDate, String route, String extraTime,
                      String trainer) {
        return "{\"birthName\": \"" + birthName + "\", \"firstNames\": \"Camille\", \"identifier\": \"" + identifier
                + "\", \"birthDate\": \"" + birthDate + "\", \"email\": null, \"accessRoute\": \"" + route
                + "\", \"extraTimePercent\": " + extraTime + ", \"adjustmentNote\": null, \"trainer\": "
                + (trainer == null ? "null" : "\"" + trainer + "\"") + "}";
    }
}
