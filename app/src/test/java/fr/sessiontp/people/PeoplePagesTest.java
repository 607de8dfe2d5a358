package fr.sessiontp.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PeoplePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    PeopleFixtures fixtures;
    long centre;
    UserDetails admin;
    UserDetails manager;
    UserDetails authority;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc, accounts);
        centre = fixtures.centre();
        admin = fixtures.user(Role.ADMIN, centre);
        manager = fixtures.user(Role.SESSION_MANAGER, centre);
        authority = fixtures.authority("Bretagne");
    }

    @Test
    void adminListsAndSearchesTheCentresCandidatesOnly() throws Exception {
        fixtures.candidate(centre, "LIST-1");
        jdbc.sql("update candidate set birth_name = 'ZOLA' where centre_id = :c").param("c", centre).update();
        long other = fixtures.centre();
        fixtures.candidate(other, "AUTRE-CENTRE-1");
        mvc.perform(get("/people/candidates").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LIST-1")))
                .andExpect(content().string(containsString("Nouveau candidat")))
                .andExpect(content().string(not(containsString("AUTRE-CENTRE-1"))));
        mvc.perform(get("/people/candidates").param("q", "zol").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("LIST-1")));
        mvc.perform(get("/people/candidates").param("q", "personne-de-ce-nom").with(user(admin)))
                .andExpect(content().string(containsString("Aucun candidat ne correspond.")));
    }

    @Test
    void adminCreatesACandidateThroughTheForm() throws Exception {
        mvc.perform(get("/people/candidates/new").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nom de naissance")));
        String location = mvc.perform(post("/people/candidates").with(user(admin)).with(csrf())
                        .param("birthName", "DUPONT").param("firstNames", "Camille").param("identifier", "PAGE-1")
                        .param("birthDate", "1990-03-15").param("accessRoute", "TRAINING").param("extraTimePercent", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/people/candidates/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("PAGE-1")));
        assertThat(fixtures.countInCentre("candidate", centre)).isEqualTo(1);
    }

    @Test
    void showsValidationErrorsInFrenchNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/people/candidates").with(user(admin)).with(csrf())
                        .param("birthName", "").param("firstNames", "Camille").param("identifier", "PAGE-ERR")
                        .param("email", "camille@").param("accessRoute", "TRAINING").param("extraTimePercent", "33"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le formulaire contient des erreurs")))
                .andExpect(content().string(containsString("Ce champ est obligatoire.")))
                .andExpect(content().string(containsString("L&#39;adresse de courriel n&#39;est pas valide")))
                .andExpect(content().string(containsString("(X3)")))
                .andExpect(content().string(containsString("aria-describedby=\"birthName-error\"")))
                .andExpect(content().string(containsString("value=\"PAGE-ERR\"")));
        assertThat(fixtures.countInCentre("candidate", centre)).isZero();
    }

    @Test
    void X3_theFormRefusesExtraTimeWithoutDdetsDecision() throws Exception {
        mvc.perform(post("/people/candidates").with(user(admin)).with(csrf())
                        .param("birthName", "DUPONT").param("firstNames", "Camille").param("identifier", "PAGE-X3")
                        .param("accessRoute", "VAE").param("extraTimePercent", "33").param("adjustmentNote", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("décision de la DDETS")))
                .andExpect(content().string(containsString("(X3)")));
        assertThat(fixtures.countInCentre("candidate", centre)).isZero();
    }

    @Test
    void anotherCentresCandidateIsNotFound() throws Exception {
        long other = fixtures.centre();
        long foreign = fixtures.candidate(other, "CACHE-1");
        mvc.perform(get("/people/candidates/" + foreign).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/people/candidates/" + foreign).with(user(admin)).with(csrf())
                        .param("birthName", "X").param("firstNames", "Y").param("identifier", "CACHE-1").param("accessRoute", "VAE"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/candidates/999999999").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/people/staff/trainers/" + fixtures.trainer(other, "AILLEURS", "Max")).with(user(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void sessionManagerReadsAndImportsCandidatesButChangesNoRecord() throws Exception {
        long id = fixtures.candidate(centre, "SM-1");
        mvc.perform(get("/people/candidates").with(user(manager))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Nouveau candidat"))));
        mvc.perform(get("/people/candidates/" + id).with(user(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Consultation seule")));
        mvc.perform(get("/people/jury").with(user(manager))).andExpect(status().isOk());
        mvc.perform(get("/people/staff").with(user(manager))).andExpect(status().isOk());
        mvc.perform(get("/people/candidates/new").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/people/candidates/" + id).with(user(manager)).with(csrf()).param("birthName", "X"))
                .andExpect(status().isForbidden());
        // the responsable imports the candidates of the sessions they run (the journey of FirstDayBrowserTest)
        mvc.perform(get("/people/candidates/import").with(user(manager))).andExpect(status().isOk());
        mvc.perform(post("/people/jury").with(user(manager)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void otherRolesAndAnonymousVisitorsAreDenied() throws Exception {
        for (Role role : new Role[] {Role.JURY, Role.PROCTOR, Role.TRAINER, Role.AUTHORITY}) {
            UserDetails other = fixtures.user(role, role == Role.AUTHORITY ? null : centre);
            mvc.perform(get("/people/candidates").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get("/people/jury").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get("/people/staff").with(user(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/people/candidates")).andExpect(status().is3xxRedirection());
    }

    @Test
    void X2_theCentreProposesTheAuthorityHabilitatesAndTheCentreDeclaresLinks() throws Exception {
        String code = fixtures.titleCode();
        long title = fixtures.title(code);
        long candidate = fixtures.candidate(centre, "LIEN-1");
        String email = PeopleFixtures.unique("page-jury") + "@exemple.fr";
        mvc.perform(get("/people/jury/new").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Proposer un membre de jury")));
        String location = mvc.perform(post("/people/jury").with(user(admin)).with(csrf())
                        .param("personId", "").param("lastName", "DURAND").param("firstName", "Alex").param("email", email)
                        .param("profession", "Cuisinier").param("region", "Bretagne").param("titleId", String.valueOf(title))
                        .param("note", "Chef de cuisine"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("en attente de l&#39;autorité")));
        // the centre never habilitates, nor corrects the record (X2, #13.7)
        mvc.perform(post(location + "/habilitations").with(user(admin)).with(csrf())
                        .param("titleId", String.valueOf(title)).param("validFrom", "2026-01-01").param("validUntil", "2027-12-31"))
                .andExpect(status().isForbidden());
        mvc.perform(post(location).with(user(admin)).with(csrf()).param("lastName", "X"))
                .andExpect(status().isForbidden());

        UserDetails bretagne = fixtures.authority("Bretagne");
        UserDetails occitanie = fixtures.authority("Occitanie");
        mvc.perform(get("/people/directory").with(user(occitanie))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(email))));
        mvc.perform(get(location).with(user(occitanie))).andExpect(status().isNotFound());
        String directory = mvc.perform(get("/people/directory").with(user(bretagne))).andExpect(status().isOk())
                .andExpect(content().string(containsString("DURAND Alex — " + code)))
                .andReturn().getResponse().getContentAsString();
        long proposal = jdbc.sql("select id from jury_proposal where title_id = :t").param("t", title).query(Long.class).single();
        assertThat(directory).contains("/people/directory/proposals/" + proposal + "/accept");
        mvc.perform(post("/people/directory/proposals/" + proposal + "/accept").with(user(bretagne)).with(csrf())
                        .param("validFrom", "2026-06-01").param("validUntil", "2026-05-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La fin de l&#39;habilitation doit être")))
                .andExpect(content().string(containsString("(X2)")));
        mvc.perform(post("/people/directory/proposals/" + proposal + "/accept").with(user(bretagne)).with(csrf())
                        .param("validFrom", "2026-01-01").param("validUntil", "2027-12-31"))
                .andExpect(status().is3xxRedirection());
        long habilitation = jdbc.sql("select id from habilitation where title_id = :t").param("t", title).query(Long.class).single();
        mvc.perform(post(location + "/habilitations/" + habilitation).with(user(bretagne)).with(csrf())
                        .param("validFrom", "2026-01-01").param("validUntil", "2028-06-30"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(location + "/links").with(user(admin)).with(csrf())
                        .param("candidateId", String.valueOf(candidate)).param("nature", "Ancien collègue"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("30/06/2028")))
                .andExpect(content().string(containsString("habilité par l&#39;autorité")))
                .andExpect(content().string(containsString("Ancien collègue")));
        mvc.perform(get("/people/jury").param("q", email).with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(code)));
        UserDetails otherAdmin = fixtures.user(Role.ADMIN, fixtures.centre());
        mvc.perform(get(location).with(user(otherAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Ancien collègue"))));
    }

    @Test
    void P1_aJuryMemberEntersTheirOwnUnavailableDaysOnly() throws Exception {
        long member = fixtures.juryMember(PeopleFixtures.unique("p1self") + "@exemple.fr");
        long other = fixtures.juryMember(PeopleFixtures.unique("p1other") + "@exemple.fr");
        UserDetails jury = fixtures.juryUser(member);
        mvc.perform(get("/people/jury/" + member + "/unavailability").with(user(jury)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mes indisponibilités")))
                .andExpect(content().string(containsString("Indisponibilités de JURE Dominique")));
        mvc.perform(post("/people/jury/" + member + "/unavailability").with(user(jury)).with(csrf())
                        .param("day", java.time.LocalDate.now().plusDays(20).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/jury/" + other + "/unavailability").with(user(jury))).andExpect(status().isNotFound());
        mvc.perform(post("/people/jury/" + other + "/unavailability").with(user(jury)).with(csrf())
                        .param("day", java.time.LocalDate.now().plusDays(20).toString()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from jury_unavailability where jury_member_id = :m").param("m", other)
                .query(Long.class).single()).isZero();
    }

    @Test
    void P1_theCentreEntersAJuryMembersUnavailableDay() throws Exception {
        long member = fixtures.juryMember(PeopleFixtures.unique("p1page") + "@exemple.fr");
        String day = java.time.LocalDate.now().plusDays(40).toString();
        mvc.perform(post("/people/jury/" + member + "/unavailability").with(user(admin)).with(csrf()).param("day", "31/02/2030"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/people/jury/" + member + "/unavailability").with(user(admin)).with(csrf()).param("day", day))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/jury/" + member + "/unavailability").with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(java.time.LocalDate.parse(day)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
    }

    @Test
    void X2_theJuryFormRequiresTheProfession() throws Exception {
        mvc.perform(post("/people/jury").with(user(admin)).with(csrf())
                        .param("lastName", "DURAND").param("firstName", "Alex")
                        .param("email", PeopleFixtures.unique("x2p") + "@exemple.fr").param("profession", "").param("region", "Bretagne"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("professionnels du métier. (X2)")));
    }

    @Test
    void adminGivesAPersonOfTheCentreASecondRole() throws Exception {
        long trainer = fixtures.trainer(centre, "MARTIN", "Paul");
        long person = jdbc.sql("select person_id from trainer where id = :t").param("t", trainer).query(Long.class).single();
        mvc.perform(get("/people/staff/proctors/new").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("MARTIN Paul")))
                .andExpect(content().string(containsString("Nouvelle personne")));
        String location = mvc.perform(post("/people/staff/proctors").with(user(admin)).with(csrf())
                        .param("personId", String.valueOf(person)).param("lastName", "").param("firstName", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(admin))).andExpect(status().isOk());
        mvc.perform(post("/people/staff/managers").with(user(admin)).with(csrf()).param("lastName", "").param("firstName", "Lou"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ce champ est obligatoire.")));
        mvc.perform(get("/people/staff").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Surveillants")))
                .andExpect(content().string(containsString("formateur")));
        assertThat(jdbc.sql("select count(*) from proctor where person_id = :p").param("p", person).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get("/people/staff/unknown/new").with(user(admin))).andExpect(status().is4xxClientError());
    }

    @Test
    void importPagesUploadAndReportEveryErrorInFrench() throws Exception {
        mvc.perform(get("/people/candidates/import").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Temps majoré (%)")));
        mvc.perform(get("/people/candidates/import/template.csv").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("modele-import-candidats.csv")))
                .andExpect(content().string(containsString("Nom de naissance;Nom d'usage;Prénoms;Identifiant")));
        mvc.perform(get("/people/jury/import/template.csv").with(user(authority)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Habilité jusqu'au")));

        String good = PeopleImportTest.CANDIDATE_HEADER + "\nDUPONT;;Camille;UP-1;;;Formation;;;\n";
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/people/candidates/import")
                        .file(new MockMultipartFile("file", "c.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .session(session).with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 ligne(s) prête(s) à être importée(s)")))
                .andExpect(content().string(containsString("Confirmer l&#39;import")));
        assertThat(fixtures.countInCentre("candidate", centre)).isZero();
        mvc.perform(post("/people/candidates/import/confirm").session(session).with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 ligne(s) importée(s) avec succès.")));
        assertThat(fixtures.countInCentre("candidate", centre)).isEqualTo(1);
        mvc.perform(post("/people/candidates/import/confirm").session(session).with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun fichier n&#39;attend de confirmation")));
        assertThat(fixtures.countInCentre("candidate", centre)).isEqualTo(1);

        String bad = PeopleImportTest.CANDIDATE_HEADER + "\nDUPONT;;Camille;UP-2;;;Formation;;;\n;;Sam;UP-3;;;Stage;;;\n";
        mvc.perform(multipart("/people/candidates/import")
                        .file(new MockMultipartFile("file", "c.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune ligne n&#39;a été importée : 2 erreur(s)")))
                .andExpect(content().string(containsString("Voie d&#39;accès inconnue")));
        assertThat(fixtures.countInCentre("candidate", centre)).isEqualTo(1);

        mvc.perform(multipart("/people/jury/import")
                        .file(new MockMultipartFile("file", "jury.xlsx", "application/octet-stream", new byte[] {1, 2, 3, 4, 5}))
                        .with(user(authority)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("classeur Excel .xlsx lisible")));
        mvc.perform(multipart("/people/jury/import").with(user(authority)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un fichier")));
    }

    @Test
    void importsJuryMembersThroughThePage() throws Exception {
        String code = fixtures.titleCode();
        fixtures.title(code);
        String csv = "Nom;Prénom;Courriel;Métier;Région;Titre (code);Habilité du;Habilité jusqu'au\n"
                + "DURAND;Alex;" + PeopleFixtures.unique("imp") + "@exemple.fr;Cuisinier;Bretagne;" + code + ";01/01/2026;31/12/2028\n";
        MockHttpSession session = new MockHttpSession();
        long before = fixtures.count("jury_member");
        mvc.perform(multipart("/people/jury/import")
                        .file(new MockMultipartFile("file", "jury.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .session(session).with(user(authority)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code + " du 01/01/2026 au 31/12/2028")));
        assertThat(fixtures.count("jury_member")).isEqualTo(before);
        mvc.perform(post("/people/jury/import/confirm").session(session).with(user(authority)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 membre(s) de jury importé(s) avec succès.")));
        assertThat(fixtures.count("jury_member")).isEqualTo(before + 1);
        assertThat(LocalDate.now()).isNotNull();
    }
}
