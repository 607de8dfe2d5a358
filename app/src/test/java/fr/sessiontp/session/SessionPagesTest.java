package fr.sessiontp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The pages of the session, referential and centre modules: what each role sees, refusals in forms, bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionPagesTest {

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

    SessionFixture f;
    UserDetails admin;
    long sessionId;

    @BeforeEach
    void world() {
        f = new SessionFixture(jdbc, referential, centres, accounts).build();
        admin = f.admin();
        sessionId = sessions.createSession(f.centreId, f.details(f.number("P")));
    }

    // ---- home and session page ----

    @Test
    void homeListsTheCentresSessionsForItsStaff() throws Exception {
        mvc.perform(get("/").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.number("P"))))
                .andExpect(content().string(containsString(f.titleCode)))
                .andExpect(content().string(containsString("/sessions/" + sessionId)));
    }

    @Test
    void homeShowsAJuryMemberOnlyTheSessionsOfTheirPair() throws Exception {
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long b = f.habilitatedJuryMember("Petit", "Lou");
        long other = sessions.createSession(f.centreId, f.details(f.number("Q")));
        sessions.formJuryPair(other, a, b);
        UserDetails jury = f.user(Role.JURY, null, a, null);
        mvc.perform(get("/").with(user(jury)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.number("Q"))))
                .andExpect(content().string(not(containsString(f.number("P") + "<"))));
        mvc.perform(get("/sessions/" + sessionId).with(user(jury))).andExpect(status().isNotFound());
        mvc.perform(get("/sessions/" + other).with(user(jury)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bernard Alex")))
                .andExpect(content().string(not(containsString("Former le binôme"))));
    }

    @Test
    void S2_sessionPageWarnsWhileFewerThanTwoHabilitatedMembers() throws Exception {
        mvc.perform(get("/sessions/" + sessionId).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("au moins deux membres de jury habilités")))
                .andExpect(content().string(containsString("(S2)")))
                .andExpect(content().string(containsString("Entretien final")));
    }

    @Test
    void sessionOfAnotherCentreOrUnknownIsNotFound() throws Exception {
        SessionFixture other = new SessionFixture(jdbc, referential, centres, accounts).build();
        long foreign = sessions.createSession(other.centreId, other.details(other.number("P")));
        mvc.perform(get("/sessions/" + foreign).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/sessions/" + foreign + "/enrolments").param("candidateId", "1").with(csrf()).with(user(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sessions/99999999").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/sessions/abc").with(user(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void rolesNotAllowedAreRefusedAndAnonymousUsersSentToLogin() throws Exception {
        UserDetails proctor = f.user(Role.PROCTOR, f.centreId, f.proctor("Blanc", "Noé", null, null), null);
        mvc.perform(get("/sessions/new").with(user(proctor))).andExpect(status().isForbidden());
        mvc.perform(post("/sessions/" + sessionId + "/proctors").param("proctorId", "1").with(csrf()).with(user(proctor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/titles").with(user(proctor))).andExpect(status().isForbidden());
        mvc.perform(get("/centre").with(user(f.user(Role.JURY, null, 1L, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/sessions/" + sessionId)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    // ---- create and edit ----

    @Test
    void staffCreatesASessionThroughTheForm() throws Exception {
        mvc.perform(get("/sessions/new").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.titleCode)));
        mvc.perform(post("/sessions/new").with(csrf()).with(user(admin))
                        .param("titleId", String.valueOf(f.titleId)).param("type", "TITLE")
                        .param("number", f.number("R")).param("startDate", "2027-04-12").param("endDate", "12/04/2027")
                        .param("managerId", String.valueOf(f.managerId)).param("substituteId", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/sessions/*?created"));
        assertThat(sessions.sessionsVisibleTo(new CurrentUser(1, "u", "U", Role.ADMIN, f.centreId, null, null), 0, 50))
                .extracting("number").contains(f.number("R"));
    }

    @Test
    void badInputInTheSessionFormShowsFrenchErrorsAndKeepsTheInput() throws Exception {
        mvc.perform(post("/sessions/new").with(csrf()).with(user(admin))
                        .param("titleId", "x").param("type", "TITLE").param("number", "mon numéro ?")
                        .param("startDate", "31/02/2027").param("endDate", "").param("managerId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce titre n&#39;existe pas.")))
                .andExpect(content().string(containsString("Indiquez la date de début")))
                .andExpect(content().string(containsString("value=\"mon numéro ?\"")))
                .andExpect(content().string(containsString("aria-describedby=\"startDate-error\"")));
        mvc.perform(post("/sessions/new").with(csrf()).with(user(admin))
                        .param("titleId", String.valueOf(f.titleId)).param("type", "TITLE").param("number", f.number("S"))
                        .param("startDate", "2028-03-01").param("endDate", "2028-03-02")
                        .param("managerId", String.valueOf(f.managerId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne détient pas d&#39;agrément valide")));
    }

    @Test
    void X2_editFormShowsTheRefusalWithItsRuleId() throws Exception {
        long a = f.juryMember("Bernard", "Alex", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 20));
        sessions.formJuryPair(sessionId, a, f.habilitatedJuryMember("Petit", "Lou"));
        mvc.perform(post("/sessions/" + sessionId + "/edit").with(csrf()).with(user(admin))
                        .param("titleId", String.valueOf(f.titleId)).param("type", "TITLE").param("number", f.number("P"))
                        .param("startDate", "2027-03-08").param("endDate", "2027-03-25")
                        .param("managerId", String.valueOf(f.managerId)).param("substituteId", String.valueOf(f.substituteId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bernard Alex")))
                .andExpect(content().string(containsString("(X2)")))
                .andExpect(content().string(containsString("value=\"2027-03-25\"")));
    }

    // ---- staffing forms ----

    @Test
    void staffEnrolsACandidateFormsAPairAndAssignsAProctor() throws Exception {
        long candidate = f.candidate("Lefebvre", "Camille", null);
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long b = f.habilitatedJuryMember("Petit", "Lou");
        long proctor = f.proctor("Blanc", "Noé", null, null);
        mvc.perform(post("/sessions/" + sessionId + "/enrolments").param("candidateId", String.valueOf(candidate))
                        .header("HX-Request", "true").with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sessions/" + sessionId + "/pairs").param("memberAId", String.valueOf(a))
                        .param("memberBId", String.valueOf(b)).with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sessions/" + sessionId + "/proctors").param("proctorId", String.valueOf(proctor))
                        .with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sessions/" + sessionId).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lefebvre Camille")))
                .andExpect(content().string(containsString("Binôme n° 1")))
                .andExpect(content().string(containsString("Blanc Noé")))
                .andExpect(content().string(not(containsString("au moins deux membres de jury habilités"))));
    }

    @Test
    void S2_pairFormShowsTheRefusalOfANonHabilitatedMember() throws Exception {
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long none = f.juryMember("Sans", "Habilitation", null, null);
        mvc.perform(post("/sessions/" + sessionId + "/pairs").param("memberAId", String.valueOf(a))
                        .param("memberBId", String.valueOf(none)).with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pair-error\"")))
                .andExpect(content().string(containsString("Sans Habilitation")))
                .andExpect(content().string(containsString("(S2)")));
    }

    @Test
    void X2_pairFormShowsTheRefusalOfAnExpiringHabilitation() throws Exception {
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long b = f.juryMember("Petit", "Lou", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 9));
        mvc.perform(post("/sessions/" + sessionId + "/pairs").param("memberAId", String.valueOf(a))
                        .param("memberBId", String.valueOf(b)).with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Petit Lou")))
                .andExpect(content().string(containsString("(X2)")));
    }

    @Test
    void S3_assignFormShowsTheDeclaredLink() throws Exception {
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long pair = sessions.formJuryPair(sessionId, a, f.habilitatedJuryMember("Petit", "Lou"));
        long candidate = f.candidate("Lefebvre", "Camille", null);
        sessions.enrolCandidate(sessionId, candidate);
        f.link(a, candidate, "voisin");
        mvc.perform(post("/sessions/" + sessionId + "/enrolments/" + candidate + "/pair")
                        .param("pairId", String.valueOf(pair)).with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assign-error\"")))
                .andExpect(content().string(containsString("Bernard Alex a déclaré un lien avec Lefebvre Camille")))
                .andExpect(content().string(containsString("(S3)")));
    }

    @Test
    void enrolListOffersTheFirstCandidatesByNameAndASearchForTheOthers() throws Exception {
        long enrolled = f.candidate("Aaron", "Déjà", null);
        sessions.enrolCandidate(sessionId, enrolled);
        for (int i = 0; i < 60; i++) {
            f.candidate(String.format("Nom%02d", i), "Prénom", null);
        }
        long wanted = f.candidate("Zidane", "Yasmine", null);
        String page = mvc.perform(get("/sessions/" + sessionId).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"candidate-search\"")))
                .andExpect(content().string(containsString("Seuls les 50 premiers candidats")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nom00 Prénom", "Nom49 Prénom").doesNotContain("Nom50 Prénom")
                .doesNotContain("<option value=\"" + wanted + "\"")
                .doesNotContain("<option value=\"" + enrolled + "\"");
        String enrolList = page.substring(page.indexOf("id=\"candidateId\""));
        enrolList = enrolList.substring(0, enrolList.indexOf("</select>"));
        assertThat(enrolList.split("<option value=\"\\d+\"", -1)).hasSize(50 + 1);

        mvc.perform(get("/sessions/" + sessionId).param("q", "zIDa").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + wanted + "\"")))
                .andExpect(content().string(not(containsString("Nom00"))))
                .andExpect(content().string(not(containsString("Seuls les 50 premiers"))));
        mvc.perform(get("/sessions/" + sessionId).param("q", "aaron").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun candidat à inscrire ne correspond à « aaron »")));
        mvc.perform(get("/sessions/" + sessionId).param("q", "100%_\\").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun candidat à inscrire ne correspond")));
    }

    @Test
    void S4_enrolFormShowsTheRefusalAndKeepsTheChoice() throws Exception {
        long trainer = f.trainer("Roux", "Sam");
        sessions.assignProctor(sessionId, f.proctor("Roux", "Sam", trainer, null));
        long candidate = f.candidate("Lefebvre", "Camille", trainer);
        mvc.perform(post("/sessions/" + sessionId + "/enrolments").param("candidateId", String.valueOf(candidate))
                        .with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"enrol-error\"")))
                .andExpect(content().string(containsString("(S4)")))
                .andExpect(content().string(containsString("value=\"" + candidate + "\" selected")));
    }

    @Test
    void S5_proctorFormShowsTheRefusalOfTheResponsable() throws Exception {
        long proctor = f.proctor("Martin", "Claire", null, f.managerId);
        mvc.perform(post("/sessions/" + sessionId + "/proctors").param("proctorId", String.valueOf(proctor))
                        .with(csrf()).with(user(f.user(Role.SESSION_MANAGER, f.centreId, f.managerId, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"proctor-error\"")))
                .andExpect(content().string(containsString("Martin Claire est le ou la responsable")))
                .andExpect(content().string(containsString("(S5)")));
    }

    @Test
    void badStaffingInputShowsAFrenchMessageNotAnError() throws Exception {
        mvc.perform(post("/sessions/" + sessionId + "/enrolments").param("candidateId", "abc")
                        .with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une personne dans la liste.")));
        mvc.perform(post("/sessions/" + sessionId + "/pairs/99999999/dissolve").with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce binôme n&#39;existe pas dans cette session.")));
    }

    // ---- referential and centre pages ----

    @Test
    void titlePagesShowCertificatesEpreuvesAndTasks() throws Exception {
        UserDetails authority = f.user(Role.AUTHORITY, null, null, f.region);
        mvc.perform(get("/titles").with(user(authority)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.titleCode)));
        mvc.perform(get("/titles/" + f.titleId).with(user(f.user(Role.JURY, null, 1L, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(String.format("CP-%06d", f.n * 10 + 1))))
                .andExpect(content().string(containsString("Produire des documents")))
                .andExpect(content().string(containsString("Mise en situation professionnelle")))
                .andExpect(content().string(containsString("180 min")))
                .andExpect(content().string(containsString("Accueil et briefing du jury")));
        mvc.perform(get("/titles/99999999").with(user(authority))).andExpect(status().isNotFound());
    }

    @Test
    void staffCreatesATitleLineByLineAndBadLinesAreNamed() throws Exception {
        String code = "TP-" + (f.n + 10000);
        mvc.perform(get("/titles/new").with(user(f.user(Role.SESSION_MANAGER, f.centreId, f.managerId, null))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/titles/new").with(csrf()).with(user(admin))
                        .param("code", code).param("name", "Technicien supérieur de maintenance industrielle")
                        .param("reVersion", "RE 2023").param("validFrom", "2024-01-01")
                        .param("certificates", "CCP | " + String.format("CP-%06d", f.n * 10 + 5) + " | Maintenir | Diagnostiquer")
                        .param("epreuves", "TITLE | QP | Questionnaire professionnel | quarante | ALL | SURVEILLANT | SALLE |")
                        .param("juryTasks", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ligne 1 des épreuves")))
                .andExpect(content().string(containsString("quarante")));
        mvc.perform(post("/titles/new").with(csrf()).with(user(admin))
                        .param("code", code).param("name", "Technicien supérieur de maintenance industrielle")
                        .param("reVersion", "RE 2023").param("validFrom", "2024-01-01").param("requiresOutfit", "true")
                        .param("certificates", "CCP | " + String.format("CP-%06d", f.n * 10 + 5) + " | Maintenir | Diagnostiquer ; Réparer")
                        .param("epreuves", "TITLE | QP | Questionnaire professionnel | 40 | ALL | SURVEILLANT | SALLE |\n"
                                + "TITLE | EF | Entretien final | 20 | INDIVIDUAL | JURY | SALLE | QP, BRIEFING")
                        .param("juryTasks", "TITLE | BRIEFING | Accueil et briefing du jury | 60 | JURY | | EF"))
                .andExpect(status().is3xxRedirection());
        fr.sessiontp.referential.Title created = referential.titleByCode(code).orElseThrow();
        assertThat(created.requiresOutfit()).isTrue();
        assertThat(referential.epreuves(created.id(), fr.sessiontp.referential.SessionType.TITLE).get(1).afterJuryTasks())
                .containsExactly("BRIEFING");
    }

    @Test
    void centrePageShowsAccreditationsAndRoomsAndValidatesNewRooms() throws Exception {
        mvc.perform(get("/centre").with(user(f.user(Role.SESSION_MANAGER, f.centreId, f.managerId, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("AGR-" + f.n)))
                .andExpect(content().string(containsString("Salle du jury")))
                .andExpect(content().string(not(containsString("Ajouter une salle"))));
        mvc.perform(post("/centre/rooms").with(csrf()).with(user(admin))
                        .param("code", "S1").param("name", "Doublon").param("kind", "SALLE").param("capacity", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("déjà utilisé")));
        mvc.perform(post("/centre/rooms").with(csrf()).with(user(admin))
                        .param("code", "S9").param("name", "Salle 9").param("kind", "SALLE").param("capacity", "douze"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La capacité est un nombre entier")))
                .andExpect(content().string(containsString("aria-describedby=\"capacity-error\"")))
                .andExpect(content().string(containsString("value=\"douze\"")));
        mvc.perform(post("/centre/rooms").with(csrf()).with(user(admin))
                        .param("code", "AT1").param("name", "Atelier").param("kind", "ATELIER").param("capacity", "8"))
                .andExpect(status().is3xxRedirection());
        long room = centres.rooms(f.centreId).stream().filter(r -> r.code().equals("AT1")).findFirst().orElseThrow().id();
        mvc.perform(post("/centre/rooms/" + room).with(csrf()).with(user(admin))
                        .param("code", "AT1").param("name", "Atelier 1").param("kind", "ATELIER").param("capacity", "10")
                        .param("confidential", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(centres.room(f.centreId, room).orElseThrow().capacity()).isEqualTo(10);
        mvc.perform(post("/centre/rooms").with(csrf()).with(user(f.user(Role.SESSION_MANAGER, f.centreId, f.managerId, null)))
                        .param("code", "X").param("name", "X").param("kind", "SALLE").param("capacity", "8"))
                .andExpect(status().isForbidden());
    }
}
