package fr.sessiontp.demo;

import static fr.sessiontp.demo.DemoData.*;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo data with plain SQL into the referential, centre, people, session and user tables, in one transaction,
 * when the database holds no centre yet. Everything here is fictitious; the TSMI épreuves and jury tasks are those of the
 * planner's reference case (seed-tsmi.json).
 */
@Component
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /** Serialises concurrent first starts of several instances on one database. */
    private static final long LOCK_KEY = 0x5E55_1017_DE30L;

    private static final LocalDate HABILITATION_FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate ACCREDITATION_FROM = LocalDate.of(2024, 1, 1);

    private final JdbcClient jdbc;
    private final UserAccounts userAccounts;
    private final DemoAccounts demoAccounts;
    private final ObjectProvider<AuditTrail> auditTrail;
    private final Clock clock;
    private final HeldExamDays heldExamDays;

    DemoDataSeeder(JdbcClient jdbc, UserAccounts userAccounts, DemoAccounts demoAccounts,
                   ObjectProvider<AuditTrail> auditTrail, Clock clock, HeldExamDays heldExamDays) {
        this.jdbc = jdbc;
        this.heldExamDays = heldExamDays;
        this.userAccounts = userAccounts;
        this.demoAccounts = demoAccounts;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Habilitations and accreditations stay valid three years after the first start, over both sessions. */
    private LocalDate validUntil() {
        return LocalDate.now(clock).plusYears(3).withMonth(12).withDayOfMonth(31);
    }

    /** Creates the demo data when the database holds no centre; returns whether it did. */
    @Transactional
    public boolean seedIfEmpty() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().listOfRows();
        if (jdbc.sql("select count(*) from centre").query(Long.class).single() > 0) {
            return false;
        }
        seed();
        return true;
    }

    private void seed() {
        // --- Centre and rooms -------------------------------------------------------------------------------------
        long centre = jdbc.sql("""
                        insert into centre (name, address, postal_code, city, region, email)
                        values (:name, '12 rue des Tisserands', '14000', 'Caen', :region, 'contact@ateliers-bocage.example.org')
                        returning id""")
                .param("name", CENTRE_NAME).param("region", REGION)
                .query(Long.class).single();
        room(centre, "SALLE-1", "Salle de cours 1", "SALLE", 12, false);
        room(centre, "ATELIER-1", "Atelier de maintenance", "ATELIER", 2, false);
        room(centre, "JURY-A", "Salle du jury A", "JURY", 1, true);
        room(centre, "INFO-1", "Salle informatique", "INFORMATIQUE", 8, false);
        room(centre, "JURY-B", "Salle du jury B", "JURY", 1, true);

        // --- Titles (the référentiel d'évaluation) -------------------------------------------------------------------
        long tsmi = title(TSMI_CODE, TSMI_NAME, "RE démonstration 2023", true);
        // Illustrative CCP codes for TSMI.
        certificate(tsmi, "CP-091234", "Réaliser la maintenance corrective et préventive d'équipements industriels", 1,
                "Diagnostiquer une défaillance sur un équipement industriel pluritechnologique",
                "Remettre en état de fonctionnement un équipement industriel",
                "Réaliser la maintenance préventive d'un équipement industriel");
        certificate(tsmi, "CP-091235", "Améliorer la fiabilité et la disponibilité des équipements industriels", 2,
                "Analyser le fonctionnement et l'historique des défaillances d'un équipement",
                "Proposer et réaliser une amélioration technique d'un équipement",
                "Rédiger un compte rendu d'intervention et mettre à jour la documentation technique");
        tsmiEpreuves(tsmi);

        long sc = title(SC_CODE, SC_NAME, "RE démonstration 2024", false);
        certificate(sc, "CP-002498",
                "Assister une équipe dans la communication des informations et l'organisation des activités", 1,
                "Produire des documents professionnels courants",
                "Communiquer des informations par écrit",
                "Assurer la traçabilité et la conservation des informations",
                "Accueillir un visiteur et transmettre des informations oralement");
        certificate(sc, "CP-002499",
                "Traiter les opérations administratives liées à la gestion commerciale et aux ressources humaines", 2,
                "Assurer l'administration des achats et des ventes",
                "Répondre aux demandes des clients et traiter les réclamations courantes",
                "Élaborer et actualiser des tableaux de suivi de l'activité commerciale",
                "Assurer le suivi administratif courant du personnel");
        certificate(sc, "CP-002500", "Assurer les travaux courants de comptabilité", 3,
                "Comptabiliser les documents commerciaux",
                "Comptabiliser les documents bancaires et effectuer le suivi de la trésorerie",
                "Établir et comptabiliser les déclarations de TVA",
                "Contrôler, justifier et rectifier les comptes");
        certificate(sc, "CP-002501", "Préparer la paie et les déclarations sociales courantes", 4,
                "Préparer la paie",
                "Contrôler l'édition des bulletins de paie et des déclarations sociales",
                "Établir les déclarations sociales courantes");
        secretaryEpreuves(sc);

        // --- Accreditations, naming the responsable (S7) ----------------------------------------------------------
        accreditation(centre, tsmi, "AGR-NOR-2024-0117");
        accreditation(centre, sc, "AGR-NOR-2024-0118");

        // --- Centre staff ---------------------------------------------------------------------------------------------
        long manager = role("session_manager", centre, person(centre, MANAGER, "helene.marchand@ateliers-bocage.example.org"));
        long substitute = role("session_manager", centre, person(centre, SUBSTITUTE, "julien.perrot@ateliers-bocage.example.org"));
        long tsmiTrainer = role("trainer", centre, person(centre, TSMI_TRAINER, "nadia.benali@ateliers-bocage.example.org"));
        // Olivier Lacroix is one person with two roles: trainer and proctor (S4 follows from it).
        long lacroix = person(centre, TRAINER_AND_PROCTOR, "olivier.lacroix@ateliers-bocage.example.org");
        long scTrainer = role("trainer", centre, lacroix);
        long proctor = role("proctor", centre, person(centre, PROCTOR, "marc.dubois@ateliers-bocage.example.org"));
        long trainerProctor = role("proctor", centre, lacroix);

        // --- Jury members and their habilitations (X2) ----------------------------------------------------------------
        long garnier = juryMember(TSMI_JURY_A, "Responsable de maintenance", tsmi);
        long lemaire = juryMember(TSMI_JURY_B, "Technicienne de maintenance industrielle", tsmi);
        long renaud = juryMember(SC_JURY_1A, "Comptable", sc);
        long morel = juryMember(SC_JURY_1B, "Gestionnaire de paie", sc);
        long vasseur = juryMember(SC_JURY_2A, "Assistante de direction", sc);
        long giraud = juryMember(SC_JURY_2B, "Responsable administratif et financier", sc);
        long aubry = juryMember(EXPIRED_JURY, "Secrétaire comptable", null);
        proposedJuryMember(centre, sc, PROPOSED_JURY, "Comptable en cabinet",
                "Comptable depuis douze ans, tutrice d'apprentis ; disponible en janvier.");
        habilitation(aubry, sc, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));

        // --- Candidates -------------------------------------------------------------------------------------------
        List<Long> tsmiCandidates = new ArrayList<>();
        LocalDate[] tsmiBirthDates = {LocalDate.of(2001, 4, 17), LocalDate.of(1998, 11, 2),
                LocalDate.of(2003, 6, 25), LocalDate.of(1995, 1, 9)};
        for (int i = 0; i < TSMI_CANDIDATES.size(); i++) {
            tsmiCandidates.add(candidate(centre, "DEMO-TSMI-%02d".formatted(i + 1), TSMI_CANDIDATES.get(i), null,
                    tsmiBirthDates[i], "TRAINING", 0, null, tsmiTrainer));
        }
        List<Long> scCandidates = new ArrayList<>();
        scCandidates.add(candidate(centre, "DEMO-SC-01", SC_CANDIDATES.get(0), "Dupré", LocalDate.of(1988, 3, 14),
                "TRAINING", 0, null, scTrainer));
        scCandidates.add(candidate(centre, "DEMO-SC-02", SC_CANDIDATES.get(1), null, LocalDate.of(1996, 9, 30),
                "TRAINING", SC_EXTRA_TIME_PERCENT,
                "Tiers-temps accordé par la DDETS du Calvados (décision fictive de démonstration)", scTrainer));
        scCandidates.add(candidate(centre, "DEMO-SC-03", SC_CANDIDATES.get(2), null, LocalDate.of(1983, 12, 5),
                "EQUIVALENCE", 0, null, null));
        scCandidates.add(candidate(centre, "DEMO-SC-04", SC_CANDIDATES.get(3), null, LocalDate.of(1979, 7, 21),
                "VAE", 0, null, null));
        scCandidates.add(candidate(centre, "DEMO-SC-05", SC_CANDIDATES.get(4), null, LocalDate.of(2000, 2, 28),
                "TRAINING", 0, null, scTrainer));
        scCandidates.add(candidate(centre, "DEMO-SC-06", SC_CANDIDATES.get(5), null, LocalDate.of(1992, 10, 11),
                "TRAINING", 0, null, scTrainer));

        // A declared professional link (S3): Thierry Morel must not evaluate Julie Perrin.
        long linkedCandidate = scCandidates.get(SC_CANDIDATES.indexOf(SC_LINKED_CANDIDATE));
        jdbc.sql("""
                        insert into jury_link (jury_member_id, candidate_id, nature)
                        values (:jury, :candidate, 'Ancienne collègue de travail dans le même cabinet comptable')""")
                .param("jury", morel).param("candidate", linkedCandidate).update();

        // --- Sessions -------------------------------------------------------------------------------------------
        long tsmiSession = session(centre, tsmi, TSMI_SESSION_NUMBER, TSMI_START, TSMI_END, manager, substitute);
        long tsmiPair = juryPair(tsmiSession, garnier, lemaire, 1);
        tsmiCandidates.forEach(candidate -> enrol(tsmiSession, candidate, tsmiPair));
        proctorOf(tsmiSession, proctor);

        LocalDate firstStart = LocalDate.now(clock);
        long scSession = session(centre, sc, SC_SESSION_NUMBER, scStart(firstStart), scEnd(firstStart), manager,
                substitute);
        long scPair1 = juryPair(scSession, renaud, morel, 1);
        long scPair2 = juryPair(scSession, vasseur, giraud, 2);
        for (int i = 0; i < scCandidates.size(); i++) {
            // The linked candidate (index 3) and the two after go to the second pair, away from Thierry Morel (S3).
            enrol(scSession, scCandidates.get(i), i < 3 ? scPair1 : scPair2);
        }
        // Marc Dubois proctors: Olivier Lacroix trained most of these candidates (S4).
        proctorOf(scSession, proctor);

        // The TSMI session already held, ended on the last working day before the first start.
        LocalDate heldStart = heldStart(firstStart);
        LocalDate heldEnd = heldEnd(firstStart);
        long heldSession = session(centre, tsmi, HELD_SESSION_NUMBER, heldStart, heldEnd, manager, substitute);
        long heldPair = juryPair(heldSession, garnier, lemaire, 1);
        List<Long> heldCandidates = new ArrayList<>();
        LocalDate[] heldBirthDates = {LocalDate.of(1999, 5, 12), LocalDate.of(2002, 8, 3), LocalDate.of(1993, 2, 19)};
        for (int i = 0; i < HELD_CANDIDATES.size(); i++) {
            long candidate = candidate(centre, "DEMO-PV-%02d".formatted(i + 1), HELD_CANDIDATES.get(i), null,
                    heldBirthDates[i], "TRAINING", 0, null, tsmiTrainer);
            heldCandidates.add(candidate);
            enrol(heldSession, candidate, heldPair);
        }
        proctorOf(heldSession, proctor);

        // --- Users, one per role -----------------------------------------------------------------------------------
        List<DemoAccount> accounts = new ArrayList<>();
        user(accounts, new NewUser(PLATFORM_ADMIN_USER, Role.PLATFORM_ADMIN, "Administration de la plateforme (démonstration)",
                null, null, null));
        user(accounts, new NewUser(ADMIN_USER, Role.ADMIN, "Accueil du centre (démonstration)", centre, null, null));
        user(accounts, new NewUser(MANAGER_USER, Role.SESSION_MANAGER, MANAGER.full(), centre, manager, null));
        user(accounts, new NewUser(JURY_USER, Role.JURY, TSMI_JURY_A.full(), null, garnier, null));
        user(accounts, new NewUser(SECOND_JURY_USER, Role.JURY, TSMI_JURY_B.full(), null, lemaire, null));
        user(accounts, new NewUser(PROCTOR_USER, Role.PROCTOR, PROCTOR.full(), centre, proctor, null));
        user(accounts, new NewUser(TRAINER_USER, Role.TRAINER, TRAINER_AND_PROCTOR.full(), centre, scTrainer, null));
        user(accounts, new NewUser(AUTHORITY_USER, Role.AUTHORITY, "DREETS " + REGION + " (démonstration)",
                null, null, REGION));
        demoAccounts.save(accounts);

        // --- The held session's exam days, through the use cases, by the demo users, on their days ------------------
        heldExamDays.record(heldSession, heldStart, heldEnd, heldCandidates);

        auditTrail.ifAvailable(audit -> audit.record("demo.created", null, "centre", String.valueOf(centre),
                "Données de démonstration créées : centre « " + CENTRE_NAME + " », sessions " + TSMI_SESSION_NUMBER
                        + ", " + SC_SESSION_NUMBER + " et " + HELD_SESSION_NUMBER + ", " + accounts.size()
                        + " comptes de démonstration."));
        log.info("Demo data created: centre {}, sessions {} (id {}), {} (id {}) and {} (id {}, held {} to {}), {} users",
                centre, TSMI_SESSION_NUMBER, tsmiSession, SC_SESSION_NUMBER, scSession, HELD_SESSION_NUMBER, heldSession,
                heldStart, heldEnd, accounts.size());
    }

    // --- The épreuves and jury tasks of each title --------------------------------------------------------------------

    /** Exactly the épreuves and jury tasks of the planner's reference case, seed-tsmi.json (P8). */
    private void tsmiEpreuves(long title) {
        epreuve(title, 1, "ACCUEIL", "Accueil des candidats, vérification des convocations et pièces d'identité, "
                        + "ouverture des plis, consignes de sécurité", "RECEPTION", 60, "ALL", null, "SALLE", "SURVEILLANT",
                List.of(), List.of());
        epreuve(title, 2, "MSP3", "Mise en situation professionnelle - phase 3, étude de cas", "PROFESSIONAL_SIMULATION",
                120, "ALL", null, "SALLE", "SURVEILLANT", List.of("ACCUEIL"), List.of());
        epreuve(title, 3, "QP", "Questionnaire professionnel", "PROFESSIONAL_QUESTIONNAIRE",
                40, "ALL", null, "SALLE", "SURVEILLANT", List.of("ACCUEIL"), List.of());
        epreuve(title, 4, "MSP1", "Mise en situation professionnelle en atelier - phase 1, diagnostic",
                "PROFESSIONAL_SIMULATION", 45, "GROUP", 2, "ATELIER", "JURY", List.of("ACCUEIL"), List.of("BRIEFING"));
        epreuve(title, 5, "MSP2", "Mise en situation professionnelle en salle - phase 2", "PROFESSIONAL_SIMULATION",
                45, "GROUP", 4, "SALLE", "SURVEILLANT", List.of("MSP1"), List.of());
        epreuve(title, 6, "QSP", "Questionnement sur production", "PRODUCTION_QUESTIONING",
                40, "INDIVIDUAL", null, "JURY", "JURY", List.of("MSP2"), List.of("BRIEFING"));
        epreuve(title, 7, "EF", "Entretien final", "FINAL_INTERVIEW", 20, "INDIVIDUAL", null, "JURY", "JURY",
                List.of("ACCUEIL", "MSP3", "QP", "MSP1", "MSP2", "QSP"), List.of("BRIEFING", "CORRECTION"));
        juryTask(title, 1, "BRIEFING", "Accueil et briefing du jury", "BRIEFING", 60, "JURY",
                List.of(), List.of("MSP1", "QSP", "EF"));
        juryTask(title, 2, "CORRECTION", "Corrections des écrits, prise en compte des DP", "CORRECTION", 90, "JURY",
                List.of("MSP3", "QP", "MSP2"), List.of("EF"));
        juryTask(title, 3, "DELIBERATION", "Délibérations", "DELIBERATION", 60, "JURY", List.of("EF"), List.of());
    }

    /** Office épreuves: a long proctored simulation on computers, then interviews with the jury. */
    private void secretaryEpreuves(long title) {
        epreuve(title, 1, "ACCUEIL", "Accueil des candidats, vérification des convocations et pièces d'identité, "
                        + "ouverture des plis, consignes", "RECEPTION", 45, "ALL", null, "SALLE", "SURVEILLANT",
                List.of(), List.of());
        epreuve(title, 2, "MSP", "Mise en situation professionnelle sur poste informatique : travaux de secrétariat, "
                        + "de comptabilité et de paie", "PROFESSIONAL_SIMULATION", 180, "ALL", null, "INFORMATIQUE",
                "SURVEILLANT", List.of("ACCUEIL"), List.of());
        epreuve(title, 3, "QP", "Questionnaire professionnel", "PROFESSIONAL_QUESTIONNAIRE", 60, "ALL", null, "SALLE",
                "SURVEILLANT", List.of("ACCUEIL"), List.of());
        epreuve(title, 4, "ET", "Entretien technique", "TECHNICAL_INTERVIEW", 45, "INDIVIDUAL", null, "JURY", "JURY",
                List.of("MSP"), List.of("BRIEFING"));
        epreuve(title, 5, "EF", "Entretien final", "FINAL_INTERVIEW", 20, "INDIVIDUAL", null, "JURY", "JURY",
                List.of("ACCUEIL", "MSP", "QP", "ET"), List.of("BRIEFING", "CORRECTION"));
        juryTask(title, 1, "BRIEFING", "Accueil et briefing du jury", "BRIEFING", 60, "JURY",
                List.of(), List.of("ET", "EF"));
        juryTask(title, 2, "CORRECTION", "Correction du questionnaire professionnel, lecture des DP", "CORRECTION", 60,
                "JURY", List.of("QP"), List.of("EF"));
        juryTask(title, 3, "DELIBERATION", "Délibérations", "DELIBERATION", 60, "JURY", List.of("EF"), List.of());
    }

    // --- Row writers ------------------------------------------------------------------------------------------------

    private void room(long centre, String code, String name, String kind, int capacity, boolean confidential) {
        jdbc.sql("""
                        insert into room (centre_id, code, name, kind, capacity, confidential)
                        values (:centre, :code, :name, :kind, :capacity, :confidential)""")
                .param("centre", centre).param("code", code).param("name", name).param("kind", kind)
                .param("capacity", capacity).param("confidential", confidential)
                .update();
    }

    private long title(String code, String name, String reVersion, boolean requiresOutfit) {
        return jdbc.sql("""
                        insert into title (code, name, re_version, valid_from, requires_outfit, trainer_allowed_on_platform)
                        values (:code, :name, :re, date '2020-01-01', :outfit, false)
                        returning id""")
                .param("code", code).param("name", name).param("re", reVersion).param("outfit", requiresOutfit)
                .query(Long.class).single();
    }

    private void certificate(long title, String code, String name, int position, String... competences) {
        long certificate = jdbc.sql("""
                        insert into certificate (title_id, kind, code, name, position)
                        values (:title, 'CCP', :code, :name, :position)
                        returning id""")
                .param("title", title).param("code", code).param("name", name).param("position", position)
                .query(Long.class).single();
        for (int i = 0; i < competences.length; i++) {
            jdbc.sql("insert into competence (certificate_id, label, position) values (:certificate, :label, :position)")
                    .param("certificate", certificate).param("label", competences[i]).param("position", i + 1)
                    .update();
        }
    }

    private void epreuve(long title, int position, String code, String label, String kind, int minutes, String grouping,
                         Integer groupSize, String roomKind, String presence, List<String> after,
                         List<String> afterJuryTasks) {
        jdbc.sql("""
                        insert into epreuve_template (title_id, session_type, code, label, kind, minutes, grouping, group_size,
                                                      presence, room_kind, after_epreuves, after_jury_tasks, position)
                        values (:title, 'TITLE', :code, :label, :kind, :minutes, :grouping, :groupSize,
                                :presence, :roomKind, :after, :afterJuryTasks, :position)""")
                .param("title", title).param("code", code).param("label", label).param("kind", kind)
                .param("minutes", minutes).param("grouping", grouping).param("groupSize", groupSize)
                .param("presence", presence).param("roomKind", roomKind)
                .param("after", after.toArray(String[]::new))
                .param("afterJuryTasks", afterJuryTasks.toArray(String[]::new))
                .param("position", position)
                .update();
    }

    private void juryTask(long title, int position, String code, String label, String kind, int minutes,
                          String roomKind, List<String> afterEpreuves, List<String> beforeEpreuves) {
        jdbc.sql("""
                        insert into jury_task_template (title_id, session_type, code, label, kind, minutes, room_kind,
                                                        after_epreuves, before_epreuves, position)
                        values (:title, 'TITLE', :code, :label, :kind, :minutes, :roomKind, :after, :before, :position)""")
                .param("title", title).param("code", code).param("label", label).param("kind", kind)
                .param("minutes", minutes).param("roomKind", roomKind)
                .param("after", afterEpreuves.toArray(String[]::new))
                .param("before", beforeEpreuves.toArray(String[]::new))
                .param("position", position)
                .update();
    }

    private void accreditation(long centre, long title, String number) {
        jdbc.sql("""
                        insert into accreditation (centre_id, title_id, number, valid_from, valid_until,
                                                   manager_last_name, manager_first_name)
                        values (:centre, :title, :number, :from, :until, :lastName, :firstName)""")
                .param("centre", centre).param("title", title).param("number", number)
                .param("from", ACCREDITATION_FROM).param("until", validUntil())
                .param("lastName", MANAGER.lastName()).param("firstName", MANAGER.firstNames())
                .update();
    }

    /** A person of the centre (or of no centre when {@code centre} is null). */
    private long person(Long centre, DemoData.Name name, String email) {
        return jdbc.sql("insert into person (centre_id, last_name, first_name, email) "
                        + "values (:centre, :lastName, :firstName, :email) returning id")
                .param("centre", centre).param("lastName", name.lastName()).param("firstName", name.firstNames())
                .param("email", email)
                .query(Long.class).single();
    }

    /** The person's role of session_manager, trainer or proctor in the centre. */
    private long role(String table, long centre, long person) {
        return jdbc.sql("insert into " + table + " (centre_id, person_id) values (:centre, :person) returning id")
                .param("centre", centre).param("person", person)
                .query(Long.class).single();
    }

    /** A jury member of the region, habilitated for the title over the sessions when {@code title} is given. */
    private long juryMember(DemoData.Name name, String profession, Long title) {
        long person = person(null, name, email(name) + "@jury-demo.example.org");
        long id = jdbc.sql("""
                        insert into jury_member (person_id, profession, region)
                        values (:person, :profession, :region)
                        returning id""")
                .param("person", person).param("profession", profession).param("region", REGION)
                .query(Long.class).single();
        if (title != null) {
            habilitation(id, title, HABILITATION_FROM, validUntil());
        }
        return id;
    }

    /** A jury member the centre proposed for the title, waiting for the authority's decision (the directory, X2). */
    private void proposedJuryMember(long centre, long title, DemoData.Name name, String profession, String note) {
        long person = person(null, name, email(name) + "@proposition-demo.example.org");
        long member = jdbc.sql("insert into jury_member (person_id, profession, region) values (:p, :profession, :region) returning id")
                .param("p", person).param("profession", profession).param("region", REGION)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into jury_proposal (jury_member_id, centre_id, title_id, note, proposed_by)
                        values (:member, :centre, :title, :note, :by)""")
                .param("member", member).param("centre", centre).param("title", title).param("note", note)
                .param("by", ADMIN_USER).update();
    }

    private void habilitation(long juryMember, long title, LocalDate from, LocalDate until) {
        jdbc.sql("""
                        insert into habilitation (jury_member_id, title_id, valid_from, valid_until)
                        values (:jury, :title, :from, :until)""")
                .param("jury", juryMember).param("title", title).param("from", from).param("until", until)
                .update();
    }

    private long candidate(long centre, String identifier, DemoData.Name name, String usageName, LocalDate birthDate,
                           String accessRoute, int extraTimePercent, String adjustmentNote, Long trainer) {
        return jdbc.sql("""
                        insert into candidate (centre_id, identifier, birth_name, usage_name, first_names, birth_date, email,
                                               access_route, extra_time_percent, adjustment_note, trainer_id)
                        values (:centre, :identifier, :birthName, :usageName, :firstNames, :birthDate, :email,
                                :accessRoute, :extraTime, :note, :trainer)
                        returning id""")
                .param("centre", centre).param("identifier", identifier)
                .param("birthName", name.lastName()).param("usageName", usageName).param("firstNames", name.firstNames())
                .param("birthDate", birthDate).param("email", email(name) + "@candidats-demo.example.org")
                .param("accessRoute", accessRoute).param("extraTime", extraTimePercent).param("note", adjustmentNote)
                .param("trainer", trainer)
                .query(Long.class).single();
    }

    private long session(long centre, long title, String number, LocalDate start, LocalDate end, long manager,
                         long substitute) {
        return jdbc.sql("""
                        insert into exam_session (centre_id, title_id, type, number, start_date, end_date, manager_id, substitute_id)
                        values (:centre, :title, 'TITLE', :number, :start, :end, :manager, :substitute)
                        returning id""")
                .param("centre", centre).param("title", title).param("number", number)
                .param("start", start).param("end", end).param("manager", manager).param("substitute", substitute)
                .query(Long.class).single();
    }

    private long juryPair(long session, long memberA, long memberB, int position) {
        return jdbc.sql("""
                        insert into jury_pair (session_id, member_a_id, member_b_id, position)
                        values (:session, :a, :b, :position)
                        returning id""")
                .param("session", session).param("a", memberA).param("b", memberB).param("position", position)
                .query(Long.class).single();
    }

    private void enrol(long session, long candidate, long juryPair) {
        jdbc.sql("insert into enrolment (session_id, candidate_id, jury_pair_id) values (:session, :candidate, :pair)")
                .param("session", session).param("candidate", candidate).param("pair", juryPair)
                .update();
    }

    private void proctorOf(long session, long proctor) {
        jdbc.sql("insert into session_proctor (session_id, proctor_id) values (:session, :proctor)")
                .param("session", session).param("proctor", proctor)
                .update();
    }

    private void user(List<DemoAccount> accounts, NewUser user) {
        if (userAccounts.exists(user.username())) {
            log.warn("Demo user {} not created: a user with that name already exists", user.username());
            return;
        }
        String password = DemoAccounts.newPassword();
        userAccounts.create(user, password);
        accounts.add(new DemoAccount(user.username(), password, user.role()));
    }

    /** "firstname.lastname" without accents or spaces, for fictitious e-mail addresses. */
    private static String email(DemoData.Name name) {
        String text = (name.firstNames() + "." + name.lastName()).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
