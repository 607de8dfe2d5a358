package fr.sessiontp.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Times;
import fr.sessiontp.planning.application.ProblemBuilder;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionFixture;
import fr.sessiontp.session.Sessions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Set-up of a real centre: the platform administrator's centres, the centre ADMIN's accreditations and calendar (S7, P3). */
@SpringBootTest
@AutoConfigureMockMvc
class CentreSetupTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Centres centres;
    @Autowired
    Referential referential;
    @Autowired
    Sessions sessions;
    @Autowired
    ProblemBuilder problems;

    SessionFixture f;
    UserDetails platform;
    UserDetails admin;
    UserDetails manager;

    @BeforeEach
    void world() {
        f = new SessionFixture(jdbc, referential, centres, accounts).build();
        platform = account(Role.PLATFORM_ADMIN, null);
        admin = account(Role.ADMIN, f.centreId);
        manager = account(Role.SESSION_MANAGER, f.centreId);
    }

    UserDetails account(Role role, Long centreId) {
        String name = "setup-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, role, "Utilisateur " + name, centreId, null, null), "un-mot-de-passe-solide-42");
        return accounts.loadUserByUsername(name);
    }

    // ---- the platform administrator's centres ----

    @Test
    void thePlatformAdministratorCreatesACentreWithItsContact() throws Exception {
        String name = "Centre créé " + f.n;
        mvc.perform(post("/platform/centres").with(user(platform)).with(csrf())
                        .param("name", name).param("address", "3 place de la Gare").param("postalCode", "35000")
                        .param("city", "Rennes").param("region", "Bretagne").param("contactName", "Yves Le Goff")
                        .param("email", "contact@centre-cree.example.org").param("phone", "02 99 00 00 00"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/platform/centres"));
        Centre created = centres.allCentres().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.contactName()).isEqualTo("Yves Le Goff");
        assertThat(created.phone()).isEqualTo("02 99 00 00 00");
        assertThat(created.region()).isEqualTo("Bretagne");
        mvc.perform(get("/platform/centres").with(user(platform)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("href=\"/platform/centres/" + created.id() + "/edit\"")));
    }

    @Test
    void aCentreWithBadFieldsIsRefusedFieldByFieldAndKeepsWhatWasTyped() throws Exception {
        String name = "Centre incomplet " + f.n;
        mvc.perform(post("/platform/centres").with(user(platform)).with(csrf())
                        .param("name", name).param("address", "").param("postalCode", "35A")
                        .param("city", "Rennes").param("region", "").param("email", "pas-un-courriel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez l&#39;adresse du centre.")))
                .andExpect(content().string(containsString("Le code postal comporte cinq chiffres.")))
                .andExpect(content().string(containsString("Indiquez la région.")))
                .andExpect(content().string(containsString("L&#39;adresse de courriel n&#39;est pas valide")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("value=\"35A\"")));
        assertThat(centres.allCentres()).noneMatch(c -> c.name().equals(name));
    }

    @Test
    void thePlatformAdministratorEditsACentre() throws Exception {
        mvc.perform(get("/platform/centres/" + f.centreId + "/edit").with(user(platform)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Centre " + f.n + "\"")));
        mvc.perform(post("/platform/centres/" + f.centreId).with(user(platform)).with(csrf())
                        .param("name", "Centre renommé " + f.n).param("address", "1 rue des Tests").param("postalCode", "75002")
                        .param("city", "Paris").param("region", f.region).param("contactName", "Claire Martin"))
                .andExpect(status().is3xxRedirection());
        Centre edited = centres.centre(f.centreId).orElseThrow();
        assertThat(edited.name()).isEqualTo("Centre renommé " + f.n);
        assertThat(edited.postalCode()).isEqualTo("75002");
        assertThat(edited.contactName()).isEqualTo("Claire Martin");
        mvc.perform(post("/platform/centres/" + f.centreId).with(user(platform)).with(csrf())
                        .param("name", "").param("address", "1 rue des Tests").param("postalCode", "75002")
                        .param("city", "Paris").param("region", f.region))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Indiquez le nom du centre.")));
        assertThat(centres.centre(f.centreId).orElseThrow().name()).isEqualTo("Centre renommé " + f.n);
    }

    @Test
    void onlyThePlatformAdministratorManagesCentres() throws Exception {
        mvc.perform(get("/platform/centres").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/platform/centres").with(user(admin)).with(csrf()).param("name", "Intrus"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/platform/centres/" + f.centreId).with(user(manager)).with(csrf()).param("name", "Intrus"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/centre/accreditations").with(user(platform)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/centre/calendar").with(user(manager)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user(platform)))
                .andExpect(content().string(containsString("href=\"/platform/centres\"")));
        mvc.perform(get("/").with(user(admin)))
                .andExpect(content().string(not(containsString("href=\"/platform/centres\""))));
    }

    // ---- accreditations (S7) ----

    @Test
    void S7_anAccreditationNamingSomeoneWhoIsNotAResponsableOfTheCentreIsSavedWithAWarning() throws Exception {
        mvc.perform(post("/centre/accreditations").with(user(admin)).with(csrf())
                        .param("titleId", String.valueOf(f.titleId)).param("number", "AGR-S7-" + f.n)
                        .param("validFrom", "2028-01-01").param("validUntil", "2028-12-31")
                        .param("managerLastName", "Inconnu").param("managerFirstName", "Camille"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("s7Warning", containsString("(S7)")));
        assertThat(centres.accreditations(f.centreId)).anyMatch(a -> a.number().equals("AGR-S7-" + f.n));

        mvc.perform(post("/centre/accreditations").with(user(admin)).with(csrf())
                        .param("titleId", String.valueOf(f.titleId)).param("number", "AGR-OK-" + f.n)
                        .param("validFrom", "2029-01-01").param("validUntil", "2029-12-31")
                        .param("managerLastName", "MARTIN").param("managerFirstName", "claire"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(1)); // saved, and no S7 warning: Claire Martin is a responsable here
    }

    @Test
    void S7_aSessionCreatedWithAResponsableOtherThanTheAccreditedOneIsCreatedFlaggedAndRecorded() throws Exception {
        // the fixture's accreditation names Claire Martin; Paul Durand is the centre's other responsable
        var details = new fr.sessiontp.session.SessionDetails(f.titleId, fr.sessiontp.referential.SessionType.TITLE,
                f.number("S7"), SessionFixture.START, SessionFixture.END, f.substituteId, null);
        long id = sessions.createSession(f.centreId, details);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'session.created.S7' and rule_id = 'S7' and subject_id = :s")
                .param("s", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/sessions/" + id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"s7-warning\"")))
                .andExpect(content().string(containsString("Durand Paul")));

        long accredited = sessions.createSession(f.centreId, f.details(f.number("OK")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'session.created.S7' and subject_id = :s")
                .param("s", String.valueOf(accredited)).query(Long.class).single()).isZero();
        mvc.perform(get("/sessions/" + accredited).with(user(admin)))
                .andExpect(content().string(not(containsString("id=\"s7-warning\""))));
        assertThat(AccreditationNamePolicy.check("Durand", "Paul", "Martin", "Claire").firstRefusal().orElseThrow().rule())
                .isEqualTo(RuleId.S7);
    }

    @Test
    void S7_theCentresAdminEditsAnAccreditationAndANewResponsableNotOnStaffIsWarned() throws Exception {
        Accreditation accreditation = centres.accreditations(f.centreId).get(0);
        mvc.perform(get("/centre/accreditations/" + accreditation.id() + "/edit").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"AGR-" + f.n + "\"")));
        mvc.perform(post("/centre/accreditations/" + accreditation.id()).with(user(admin)).with(csrf())
                        .param("titleId", String.valueOf(f.titleId)).param("number", "AGR-" + f.n)
                        .param("validFrom", "01/01/2027").param("validUntil", "2031-12-31")
                        .param("managerLastName", "Durand").param("managerFirstName", "Paul"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(1));
        Accreditation edited = centres.accreditation(f.centreId, accreditation.id()).orElseThrow();
        assertThat(edited.validUntil()).isEqualTo(LocalDate.of(2031, 12, 31));
        assertThat(edited.managerName()).isEqualTo("Durand Paul");

        mvc.perform(post("/centre/accreditations/" + accreditation.id()).with(user(admin)).with(csrf())
                        .param("titleId", String.valueOf(f.titleId)).param("number", "AGR-" + f.n)
                        .param("validFrom", "2027-01-01").param("validUntil", "2031-12-31")
                        .param("managerLastName", "Nouvelle").param("managerFirstName", "Personne"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("s7Warning", containsString("Nouvelle Personne")));

        mvc.perform(post("/centre/accreditations/" + accreditation.id()).with(user(admin)).with(csrf())
                        .param("titleId", String.valueOf(f.titleId)).param("number", "")
                        .param("validFrom", "2027-01-01").param("validUntil", "2026-01-01")
                        .param("managerLastName", "Durand").param("managerFirstName", "Paul"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le numéro d&#39;agrément.")))
                .andExpect(content().string(containsString("La fin de l&#39;agrément ne peut pas précéder son début.")))
                .andExpect(content().string(containsString("value=\"2026-01-01\"")));
        assertThat(centres.accreditation(f.centreId, accreditation.id()).orElseThrow().number()).isEqualTo("AGR-" + f.n);

        mvc.perform(get("/centre/accreditations/" + accreditation.id() + "/edit").with(user(manager)))
                .andExpect(status().isForbidden());
        long otherCentre = new SessionFixture(jdbc, referential, centres, accounts).build().centreId;
        long foreign = centres.accreditations(otherCentre).get(0).id();
        mvc.perform(get("/centre/accreditations/" + foreign + "/edit").with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void anAccreditationWithBadFieldsIsRefusedFieldByFieldAndKeepsWhatWasTyped() throws Exception {
        int before = centres.accreditations(f.centreId).size();
        mvc.perform(post("/centre/accreditations").with(user(admin)).with(csrf())
                        .param("titleId", "").param("number", "AGR-TAPE-" + f.n)
                        .param("validFrom", "2028-13-45").param("validUntil", "2027-01-01")
                        .param("managerLastName", "").param("managerFirstName", "Claire"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le titre de l&#39;agrément.")))
                .andExpect(content().string(containsString("n&#39;est pas une date")))
                .andExpect(content().string(containsString("Indiquez le nom et le prénom")))
                .andExpect(content().string(containsString("value=\"AGR-TAPE-" + f.n + "\"")))
                .andExpect(content().string(containsString("value=\"2028-13-45\"")));
        assertThat(centres.accreditations(f.centreId)).hasSize(before);
    }

    // ---- calendar (P3) ----

    @Test
    void P3_planningUsesTheCentresOwnCalendarInsteadOfTheGlobalSetting() throws Exception {
        long session = sessions.createSession(f.centreId, f.details(f.number("P3")));
        Problem before = problems.build(sessions.session(session).orElseThrow());
        assertThat(before.calendar().dayEnd()).isEqualTo(Times.parse("18:00")); // sessiontp.planning.day-end

        mvc.perform(post("/centre/calendar").with(user(admin)).with(csrf())
                        .param("dayStart", "08:00").param("lunchStart", "12:00").param("lunchEnd", "13:00")
                        .param("dayEnd", "17:00").param("juryDayEnd", "18:30"))
                .andExpect(status().is3xxRedirection());
        assertThat(centres.calendar(f.centreId)).contains(new CentreCalendar(LocalTime.of(8, 0), LocalTime.of(12, 0),
                LocalTime.of(13, 0), LocalTime.of(17, 0), LocalTime.of(18, 30)));

        Problem after = problems.build(sessions.session(session).orElseThrow());
        assertThat(after.calendar().dayStart()).isEqualTo(Times.parse("08:00"));
        assertThat(after.calendar().dayEnd()).isEqualTo(Times.parse("17:00"));
        assertThat(after.calendar().juryDayEnd()).isEqualTo(Times.parse("18:30"));
        assertThat(after.calendar().lunch().start()).isEqualTo(Times.parse("12:00"));
        assertThat(after.calendar().lunch().end()).isEqualTo(Times.parse("13:00"));
        mvc.perform(get("/centre").with(user(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("de 08:00 à 17:00")));
    }

    @Test
    void aCalendarOutOfOrderIsRefusedFieldByFieldAndTheSavedOneStays() throws Exception {
        centres.saveCalendar(f.centreId, new CentreCalendar(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 0),
                LocalTime.of(17, 0), LocalTime.of(18, 0)));
        mvc.perform(post("/centre/calendar").with(user(admin)).with(csrf())
                        .param("dayStart", "09:00").param("lunchStart", "08:30").param("lunchEnd", "midi")
                        .param("dayEnd", "18:00").param("juryDayEnd", "17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le déjeuner commence après le début de la journée.")))
                .andExpect(content().string(containsString("« midi » n&#39;est pas une heure")))
                .andExpect(content().string(containsString("La journée du jury ne finit pas avant la fin des épreuves.")))
                .andExpect(content().string(containsString("value=\"midi\"")));
        assertThat(centres.calendar(f.centreId).orElseThrow().dayStart()).isEqualTo(LocalTime.of(8, 0));
    }
}
