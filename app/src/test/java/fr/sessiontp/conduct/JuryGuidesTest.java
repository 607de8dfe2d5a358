package fr.sessiontp.conduct;

import fr.sessiontp.documents.DocumentGallery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.domain.JuryGuideAccessPolicy;
import fr.sessiontp.demo.DemoData;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.reports.PvChecks;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionFixture;
import fr.sessiontp.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** J2: the technical interview, correction and final interview guides, produced from the RE as PDF/A, confidential. */
@SpringBootTest
@AutoConfigureMockMvc
class JuryGuidesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Referential referential;
    @Autowired
    Centres centres;
    @Autowired
    Sessions sessions;

    long session(String number) {
        return jdbc.sql("select id from exam_session where number = :n").param("n", number).query(Long.class).single();
    }

    byte[] guide(UserDetails who, long session, String guide) throws Exception {
        return mvc.perform(get("/sessions/" + session + "/jury-guides/" + guide).with(user(who)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void J2_theSessionsJuryPairReadsTheThreeGuidesProducedFromTheReAsPdfA() throws Exception {
        long tsmi = session(DemoData.TSMI_SESSION_NUMBER);
        UserDetails jury = accounts.loadUserByUsername(DemoData.JURY_USER);

        mvc.perform(get("/sessions/" + tsmi + "/conduct").with(user(jury))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "href=\"/sessions/" + tsmi + "/jury-guides/final-interview\"")));
        byte[] technical = guide(jury, tsmi, "technical-interview");
        DocumentGallery.keep("guide-entretien-technique", technical);
        String text = PvChecks.text(technical);
        assertThat(text).contains("Guide de l'entretien technique").contains("Document confidentiel")
                .contains("Questionnement sur production (QSP)").contains("Durée : 40 min")
                .contains("Diagnostiquer une défaillance sur un équipement industriel pluritechnologique")
                .doesNotContain("Entretien final (EF)");
        assertThat(PvChecks.veraPdfFailures(technical)).isEmpty();

        byte[] correctionGuide = guide(jury, tsmi, "correction");
        DocumentGallery.keep("guide-correction", correctionGuide);
        String correction = PvChecks.text(correctionGuide);
        assertThat(correction).contains("Guide de correction").contains("Questionnaire professionnel (QP)")
                .contains("Mise en situation professionnelle - phase 3, étude de cas (MSP3)")
                .contains("Corrections des écrits, prise en compte des DP : 90 min")
                .doesNotContain("(ACCUEIL)").doesNotContain("(QSP)");

        byte[] finalInterview = guide(jury, tsmi, "final-interview");
        DocumentGallery.keep("guide-entretien-final", finalInterview);
        assertThat(PvChecks.text(finalInterview)).contains("Guide de l'entretien final").contains("Entretien final (EF)")
                .contains("Durée : 20 min").contains("dossier professionnel").contains("Maîtrisée").contains("Non maîtrisée")
                .contains("CP-091235").contains("Rédiger un compte rendu d'intervention");
        assertThat(PvChecks.veraPdfFailures(finalInterview)).isEmpty();

        // the responsable of the session reads them too
        guide(accounts.loadUserByUsername(DemoData.MANAGER_USER), tsmi, "correction");
        mvc.perform(get("/sessions/" + tsmi + "/jury-guides/unknown").with(user(jury))).andExpect(status().isNotFound());
    }

    @Test
    void J2_theGuidesAreConfidentialToTheSessionsJuryPairsAndResponsable() throws Exception {
        long tsmi = session(DemoData.TSMI_SESSION_NUMBER);
        long sc = session(DemoData.SC_SESSION_NUMBER);
        // the demo jury member sits in the TSMI pair, not in the secretary session's pairs
        mvc.perform(get("/sessions/" + sc + "/jury-guides/final-interview")
                .with(user(accounts.loadUserByUsername(DemoData.JURY_USER)))).andExpect(status().isForbidden());
        for (Role role : List.of(Role.ADMIN, Role.PROCTOR, Role.TRAINER, Role.AUTHORITY, Role.PLATFORM_ADMIN)) {
            mvc.perform(get("/sessions/" + tsmi + "/jury-guides/final-interview")
                    .with(user(accounts.loadUserByUsername(DemoData.username(role))))).andExpect(status().isForbidden());
        }
        assertThat(JuryGuideAccessPolicy.mayRead(7L, null, List.of(1L, 2L), List.of(3L)).firstRefusal().orElseThrow().rule())
                .isEqualTo(RuleId.J2);
        assertThat(JuryGuideAccessPolicy.mayRead(2L, null, List.of(1L, 2L), List.of(3L)).isAllowed()).isTrue();
        assertThat(JuryGuideAccessPolicy.mayRead(null, 3L, List.of(1L, 2L), List.of(3L)).isAllowed()).isTrue();
        assertThat(JuryGuideAccessPolicy.mayRead(null, 4L, List.of(1L, 2L), List.of(3L)).isRefused()).isTrue();
    }

    @Test
    void J2_theGuidesShowWhatTheSessionsReVersionTellsTheJuryToObserve() throws Exception {
        SessionFixture f = new SessionFixture(jdbc, referential, centres, accounts).build();
        long before = sessions.createSession(f.centreId, f.details(f.number("G1")));
        String json = """
                {"code": "%s", "name": "Secrétaire comptable %d", "reVersion": "RE v%d guides", "validFrom": "2024-01-01",
                 "certificates": [{"kind": "CCP", "code": "CP-%06d", "name": "Assurer les travaux courants de secrétariat",
                                   "competences": ["Produire des documents"]}],
                 "epreuves": [{"sessionType": "TITLE", "code": "ET", "label": "Entretien technique", "kind": "TECHNICAL_INTERVIEW",
                               "minutes": 45, "grouping": "INDIVIDUAL", "presence": "JURY", "roomKind": "JURY",
                               "guidance": ["Faire présenter un courrier produit pendant la mise en situation"]}],
                 "juryTasks": []}""".formatted(f.titleCode, f.n, f.n, f.n * 10 + 1);
        referential.importTitle("guides.json", json.getBytes(StandardCharsets.UTF_8));
        long after = sessions.createSession(f.centreId, f.details(f.number("G2")));
        String name = "guides-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, Role.SESSION_MANAGER, "Claire Martin", f.centreId, f.managerId, null),
                "un-mot-de-passe-solide-42");
        UserDetails manager = accounts.loadUserByUsername(name);

        assertThat(PvChecks.text(guide(manager, after, "technical-interview")))
                .contains("Entretien technique (ET)").contains("Faire présenter un courrier produit pendant la mise en situation")
                .contains("RE v" + f.n + " guides");
        // the session created before the import keeps its version: no technical interview in it
        assertThat(PvChecks.text(guide(manager, before, "technical-interview")))
                .contains("ne prévoit pas d'entretien technique").doesNotContain("Faire présenter un courrier");
    }
}
