package fr.sessiontp.planning;

import fr.sessiontp.documents.DocumentGallery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.demo.DemoData;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;
import fr.sessiontp.planning.application.ProblemBuilder;
import fr.sessiontp.planning.application.ProblemJson;
import fr.sessiontp.planning.persistence.DerouleRepository.StoredDeroule;
import fr.sessiontp.planning.persistence.PlanningJobRepository;
import fr.sessiontp.planning.persistence.PlanningJobRepository.ClaimedJob;
import fr.sessiontp.planning.persistence.PlanningJobRepository.JobView;
import fr.sessiontp.planning.persistence.DerouleRepository;
import fr.sessiontp.planning.persistence.ConvocationRepository;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The déroulé in the application on the demo data: plan in the background, progress, stored result, explanations,
 * hand moves checked by the validator, poster and jury plans, and who may see what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanningPagesTest {

    /** The seed's hand solution (seed-tsmi.hand-solution.json). */
    static final Solution.Metrics HAND = new Solution.Metrics(2, 2, 1320, "2026-03-10", 19 * 60, 1400);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Sessions sessions;
    @Autowired
    ProblemBuilder builder;
    @Autowired
    PlanningJobRepository jobs;
    @Autowired
    DerouleRepository deroules;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ConvocationRepository convocationRows;

    UserDetails responsable;
    UserDetails jury;
    long tsmi;
    long sc;

    @BeforeEach
    void demo() {
        responsable = accounts.loadUserByUsername("responsable");
        jury = accounts.loadUserByUsername("jury");
        tsmi = sessionId(DemoData.TSMI_SESSION_NUMBER);
        sc = sessionId(DemoData.SC_SESSION_NUMBER);
    }

    long sessionId(String number) {
        return jdbc.sql("select id from exam_session where number = :n").param("n", number).query(Long.class).single();
    }

    /** Plans through the page (as the responsable) and waits for the background job to finish. */
    JobView planThroughThePage(long session) throws Exception {
        mvc.perform(post("/sessions/" + session + "/deroule/plan").with(csrf()).with(user(responsable)))
                .andExpect(status().is3xxRedirection());
        return waitForEnd(session);
    }

    JobView waitForEnd(long session) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<JobView> job = jobs.latest(session);
            if (job.isPresent() && !job.get().active()) {
                return job.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("planning job still running after 30 s");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void P8_P1_theTsmiDemoIsPlannedInTheBackgroundAtLeastAsWellAsTheSeedsHandSolution() throws Exception {
        Problem problem = builder.build(sessions.session(tsmi).orElseThrow());
        assertThat(problem.candidates()).hasSize(4);
        assertThat(problem.epreuves()).extracting(Problem.Epreuve::id)
                .containsExactly("ACCUEIL", "MSP3", "QP", "MSP1", "MSP2", "QSP", "EF");
        assertThat(problem.juryTasks()).extracting(Problem.JuryTask::id)
                .containsExactly("BRIEFING", "CORRECTION", "DELIBERATION");
        assertThat(problem.calendar().days()).containsExactly("2026-03-09", "2026-03-10");

        JobView job = planThroughThePage(tsmi);
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.progressMetrics()).isNotBlank();
        StoredDeroule stored = deroules.find(tsmi).orElseThrow();
        assertThat(stored.feasible()).isTrue();
        Solution solution = new SolutionReader().read(stored.solutionJson()).value();
        assertThat(solution.metrics().compareTo(HAND, problem.calendar().days())).as(solution.metrics().toString())
                .isLessThanOrEqualTo(0);
        assertThat(stored.juryDays()).isEqualTo(2);
        assertThat(stored.juryMinutes()).isLessThanOrEqualTo(1320);
        System.out.println("DEMO-TSMI planned in " + stored.solvingMillis() + " ms: " + solution.metrics());

        String page = mvc.perform(get("/sessions/" + tsmi + "/deroule").with(user(responsable)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Le déroulé respecte toutes les contraintes.").contains("tl-grid")
                .contains("Lefort Kévin").contains("Pause déjeuner").contains("Délibérations");
    }

    @Test
    void X3_theDdetsExtraTimeLengthensTheSittingOfTheCandidateWhoHasIt() throws Exception {
        Problem problem = builder.build(sessions.session(sc).orElseThrow());
        Problem.Candidate sarah = problem.candidates().stream()
                .filter(c -> c.name().contains(DemoData.SC_EXTRA_TIME_CANDIDATE.lastName())).findFirst().orElseThrow();
        assertThat(sarah.extraTimePercent()).isEqualTo(DemoData.SC_EXTRA_TIME_PERCENT);
        // 180 min + 33 %, rounded up to the 5-minute granularity
        assertThat(problem.candidateMinutes(problem.epreuve("MSP"), sarah)).isEqualTo(240);
        Problem.Candidate julie = problem.candidates().stream()
                .filter(c -> c.name().contains(DemoData.SC_LINKED_CANDIDATE.lastName())).findFirst().orElseThrow();
        assertThat(julie.conflictsWith()).as("S3 link declared").hasSize(1);
        assertThat(julie.pair()).isEqualTo(1);

        assertThat(planThroughThePage(sc).status()).isEqualTo("DONE");
        Solution solution = new SolutionReader().read(deroules.find(sc).orElseThrow().solutionJson()).value();
        Solution.Sitting msp = solution.sittings().stream()
                .filter(s -> "MSP".equals(s.epreuve()) && s.candidates().contains(sarah.id())).findFirst().orElseThrow();
        assertThat(msp.end() - msp.start()).as("X3: the sitting lasts its longest candidate duration").isEqualTo(240);
    }

    @Test
    void P1_aJuryMembersUnavailableDayReachesThePlannerAndTheDerouleAvoidsIt() throws Exception {
        long vasseur = jdbc.sql("""
                        select m.id from jury_member m join person p on p.id = m.person_id
                        where p.last_name = :n and p.centre_id is null""")
                .param("n", DemoData.SC_JURY_2A.lastName()).query(Long.class).single();
        String juryId = ProblemBuilder.juryId(vasseur);
        String firstDay = builder.build(sessions.session(sc).orElseThrow()).calendar().days().get(0);
        long unavailability = jdbc.sql("""
                        insert into jury_unavailability (jury_member_id, day, entered_by) values (:m, :d, 'test')
                        returning id""")
                .param("m", vasseur).param("d", java.time.LocalDate.parse(firstDay)).query(Long.class).single();
        try {
            Problem problem = builder.build(sessions.session(sc).orElseThrow());
            assertThat(problem.jury()).filteredOn(j -> j.id().equals(juryId)).singleElement()
                    .satisfies(j -> assertThat(j.unavailableDays()).containsExactly(firstDay));
            assertThat(problem.jury()).filteredOn(j -> !j.id().equals(juryId))
                    .allSatisfy(j -> assertThat(j.unavailableDays()).isEmpty());

            fr.sessiontp.planner.PlanResult result = new fr.sessiontp.planner.Planner().plan(problem,
                    fr.sessiontp.planner.PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(20))
                            .withUnimprovedLimit(Duration.ofSeconds(5)),
                    (metrics, feasible, elapsed) -> { });
            assertThat(result.feasible()).as(String.valueOf(result.explanation())).isTrue();
            assertThat(result.solution().sittings()).filteredOn(sitting -> sitting.jury().contains(juryId))
                    .isNotEmpty()
                    .allSatisfy(sitting -> assertThat(sitting.day()).isNotEqualTo(firstDay));
        } finally {
            jdbc.sql("delete from jury_unavailability where id = :id").param("id", unavailability).update();
        }
    }

    @Test
    void P5_everyEpreuveOfTheStoredDerouleLastsItsReDuration() throws Exception {
        ensurePlanned(tsmi);
        Problem problem = ProblemJson.read(deroules.find(tsmi).orElseThrow().problemJson());
        Solution solution = new SolutionReader().read(deroules.find(tsmi).orElseThrow().solutionJson()).value();
        assertThat(problem.epreuve("MSP3").minutes()).isEqualTo(120);
        for (Solution.Sitting s : solution.sittings()) {
            int expected = s.type() == Solution.SittingType.EPREUVE ? problem.epreuve(s.epreuve()).minutes()
                    : problem.juryTask(s.task()).minutes();
            assertThat(s.end() - s.start()).as("P5 duration of " + s.activity()).isEqualTo(expected);
        }
    }

    @Test
    void P7_aHandMoveOfAJuryTaskToANonConfidentialRoomIsRefusedWithItsReason() throws Exception {
        ensurePlanned(tsmi);
        Solution solution = new SolutionReader().read(deroules.find(tsmi).orElseThrow().solutionJson()).value();
        int correction = indexOf(solution, "CORRECTION");
        Solution.Sitting s = solution.sittings().get(correction);
        String page = mvc.perform(post("/sessions/" + tsmi + "/deroule/sittings/" + correction + "/move")
                        .param("day", s.day()).param("start", fr.sessiontp.planner.format.Times.format(s.start()))
                        .param("room", "SALLE-1").with(csrf()).with(user(responsable)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Déplacement refusé").contains("(P7)").contains("id=\"move-errors\"");
        assertThat(deroules.find(tsmi).orElseThrow().solutionJson()).isEqualTo(
                new fr.sessiontp.planner.format.SolutionWriter().write(solution));

        String badTime = mvc.perform(post("/sessions/" + tsmi + "/deroule/sittings/" + correction + "/move")
                        .param("day", s.day()).param("start", "25h").param("room", s.room())
                        .with(csrf()).with(user(responsable)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badTime).contains("format HH:MM").contains("value=\"25h\"");
    }

    @Test
    void P3_aHandMoveOutsideTheDayIsRefusedAndAFeasibleMoveIsPinnedAndKeptByTheNextPlanning() throws Exception {
        ensurePlanned(tsmi);
        Solution solution = new SolutionReader().read(deroules.find(tsmi).orElseThrow().solutionJson()).value();
        int qp = indexOf(solution, "QP");
        Solution.Sitting s = solution.sittings().get(qp);
        String refused = mvc.perform(post("/sessions/" + tsmi + "/deroule/sittings/" + qp + "/move")
                        .param("day", s.day()).param("start", "17:40").param("room", s.room())
                        .with(csrf()).with(user(responsable)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Déplacement refusé");

        // the same épreuve moved to a free slot of the first day, and pinned
        Solution.Sitting accueil = solution.sittings().get(indexOf(solution, "ACCUEIL"));
        boolean moved = false;
        for (int start = 15 * 60; start <= 17 * 60 && !moved; start += 5) {
            String text = mvc.perform(post("/sessions/" + tsmi + "/deroule/sittings/" + qp + "/move")
                            .param("day", accueil.day()).param("start", fr.sessiontp.planner.format.Times.format(start))
                            .param("room", s.room()).param("pin", "true").with(csrf()).with(user(responsable)))
                    .andReturn().getResponse().getRedirectedUrl() + "";
            moved = text.contains("moved=");
        }
        assertThat(moved).as("a feasible hand move of QP").isTrue();
        StoredDeroule stored = deroules.find(tsmi).orElseThrow();
        assertThat(stored.pinnedJson()).contains("\"QP\"");
        Solution.Sitting pinned = new SolutionReader().read(stored.pinnedJson()).value().sittings().get(0);

        mvc.perform(post("/sessions/" + tsmi + "/deroule/plan").param("aroundPins", "true").with(csrf())
                .with(user(responsable))).andExpect(status().is3xxRedirection());
        assertThat(waitForEnd(tsmi).status()).isEqualTo("DONE");
        Solution replanned = new SolutionReader().read(deroules.find(tsmi).orElseThrow().solutionJson()).value();
        Solution.Sitting qpAfter = replanned.sittings().get(indexOf(replanned, "QP"));
        assertThat(List.of(qpAfter.day(), qpAfter.start(), qpAfter.room()))
                .isEqualTo(List.of(pinned.day(), pinned.start(), pinned.room()));
    }

    @Test
    void P4_P6_thePosterAndTheJuryPlanArePdfsWithTheDerouleAndTheIcsIsForTheJurysOwnPair() throws Exception {
        ensurePlanned(tsmi);
        byte[] poster = mvc.perform(get("/sessions/" + tsmi + "/deroule/poster.pdf").with(user(jury)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocumentGallery.keep("deroule-affiche", poster);
        String text = pdfText(poster);
        assertThat(text).contains("Déroulé de la session DEMO-TSMI").contains("règlement général des sessions")
                .contains("Pause déjeuner").contains("Délibérations").contains("Lefort Kévin").contains("Page 1 /");

        byte[] plan = mvc.perform(get("/sessions/" + tsmi + "/deroule/pairs/1/plan.pdf").with(user(jury)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocumentGallery.keep("plan-du-jury", plan);
        assertThat(pdfText(plan)).contains("Plan du binôme 1").contains("Garnier Paul").contains("JURY-A");
        String ics = mvc.perform(get("/sessions/" + tsmi + "/deroule/pairs/1/plan.ics").with(user(jury)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VEVENT").contains("TZID=Europe/Paris");
        mvc.perform(get("/sessions/" + tsmi + "/deroule/pairs/2/plan.ics").with(user(jury)))
                .andExpect(status().isNotFound());
        // the TSMI jury member is in no pair of the secretary session
        mvc.perform(get("/sessions/" + sc + "/deroule").with(user(jury))).andExpect(status().isNotFound());
        mvc.perform(get("/sessions/" + tsmi + "/deroule").with(user(accounts.loadUserByUsername("formateur"))))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/sessions/" + tsmi + "/deroule").with(user(jury)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("tl-grid").doesNotContain("Calculer le déroulé").doesNotContain("Déplacer");
    }

    @Test
    void X4_theResponsableIsWarnedWhenConvocationsWouldGoOutTooLate() throws Exception {
        String page = mvc.perform(get("/sessions/" + tsmi + "/deroule").with(user(responsable)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("(X4)");
    }

    @Test
    void X4_convocationsAreSentByEmailWithTheirPdfTrackedAndWarnedAboutWhenLate() throws Exception {
        ensurePlanned(tsmi);
        GreenMail smtp = new GreenMail(new ServerSetup(37025, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            mvc.perform(post("/sessions/" + tsmi + "/deroule/convocations").with(csrf()).with(user(responsable)))
                    .andExpect(status().is3xxRedirection());
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(4);
            MimeMessage first = received[0];
            assertThat(first.getSubject()).contains("Convocation").contains("DEMO-TSMI");
            assertThat(first.getMessageID()).as("Message-ID in the sender's domain")
                    .endsWith("@sessiontp.example.org>").doesNotContain("localhost");
            assertThat(first.getContentType()).startsWith("multipart/mixed");
            MimeMultipart parts = (MimeMultipart) first.getContent();
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
            assertThat((String) parts.getBodyPart(0).getContent()).contains("Lieu : ").doesNotContain("au centre Centre");
            byte[] pdf = null;
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).getContentType().startsWith("application/pdf")) {
                    pdf = parts.getBodyPart(i).getInputStream().readAllBytes();
                }
            }
            assertThat(pdf).isNotNull();
            DocumentGallery.keep("convocation", pdf);
            String text = pdfText(pdf);
            assertThat(text).contains("Convocation").contains("pièce d'identité").contains("convocation")
                    .contains("dossier professionnel (DP)").contains("tenue professionnelle")
                    .contains("12 rue des Tisserands").contains("Présentez-vous à");

            List<ConvocationRepository.ConvocationRow> rows = convocationRows.ofSession(tsmi);
            assertThat(rows).hasSize(4).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo("SENT");
                // DEMO-TSMI starts on 2026-03-09, in the past of the test clock: later than 30 days ahead
                assertThat(r.leadWarning()).endsWith("(X4)");
            });
            long candidate = rows.get(0).candidateId();
            mvc.perform(post("/sessions/" + tsmi + "/deroule/convocations/" + candidate + "/send").with(csrf())
                    .with(user(responsable))).andExpect(status().is3xxRedirection());
            assertThat(smtp.getReceivedMessages()).hasSize(5);
            assertThat(convocationStatus(tsmi, candidate)).isEqualTo("RESENT");
            smtp.stop();
            mvc.perform(post("/sessions/" + tsmi + "/deroule/convocations/" + candidate + "/send").with(csrf())
                    .with(user(responsable))).andExpect(status().is3xxRedirection());
            assertThat(convocationStatus(tsmi, candidate)).isEqualTo("FAILED");
            String page = mvc.perform(get("/sessions/" + tsmi + "/deroule").with(user(responsable)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Échec").contains("Envoi impossible");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void P6_juryMembersReceiveTheirPlanByEmailWithThePdfAndTheCalendarAttached() throws Exception {
        ensurePlanned(tsmi);
        GreenMail smtp = new GreenMail(new ServerSetup(37025, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String redirect = mvc.perform(post("/sessions/" + tsmi + "/deroule/jury-plans").with(csrf())
                    .with(user(responsable))).andExpect(status().is3xxRedirection())
                    .andReturn().getResponse().getRedirectedUrl();
            assertThat(redirect).contains("plansSent=2").contains("plansFailed=0");
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(2);
            for (MimeMessage message : received) {
                assertThat(message.getSubject()).contains("plan de jury").contains("DEMO-TSMI");
                MimeMultipart parts = (MimeMultipart) message.getContent();
                List<String> types = new java.util.ArrayList<>();
                String ics = null;
                for (int i = 0; i < parts.getCount(); i++) {
                    types.add(parts.getBodyPart(i).getContentType());
                    if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                        ics = new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                assertThat(types).anyMatch(t -> t.startsWith("application/pdf"));
                assertThat(ics).isNotNull();
                assertThat(events(ics)).isNotEmpty();
            }
        } finally {
            smtp.stop();
        }
        String page = mvc.perform(get("/sessions/" + tsmi + "/deroule").param("plansSent", "2")
                .param("plansFailed", "0").with(user(responsable))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Plans envoyés aux membres du jury : 2.");
    }

    @Test
    void withoutAMailServerThePageSaysPlainlyThatNothingWasSent() throws Exception {
        ensurePlanned(tsmi);
        String page = mvc.perform(get("/sessions/" + tsmi + "/deroule").param("noServer", "convocations")
                .with(user(responsable))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("Aucun e-mail n'a été envoyé : aucun serveur d'envoi n'est configuré")
                .doesNotContain("Convocations envoyées : 0");
    }

    @Test
    void P6_aCalendarEventKeepsItsUidWhenItsSittingMovesAndItsSequenceGrows() throws Exception {
        ensurePlanned(tsmi);
        Map<String, String[]> before = events(mvc.perform(get("/sessions/" + tsmi + "/deroule/pairs/1/plan.ics")
                .with(user(jury))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, String[]> again = events(mvc.perform(get("/sessions/" + tsmi + "/deroule/pairs/1/plan.ics")
                .with(user(jury))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.keySet()).isEqualTo(before.keySet());
        again.forEach((uid, event) -> assertThat(event[1]).as("unchanged: same SEQUENCE").isEqualTo(before.get(uid)[1]));

        // move the pair's deliberation five minutes later
        Solution solution = new SolutionReader().read(deroules.find(tsmi).orElseThrow().solutionJson()).value();
        int deliberation = indexOf(solution, "DELIBERATION");
        Solution.Sitting s = solution.sittings().get(deliberation);
        boolean moved = false;
        for (int start = s.start() + 5; start <= s.start() + 60 && !moved; start += 5) {
            moved = (mvc.perform(post("/sessions/" + tsmi + "/deroule/sittings/" + deliberation + "/move")
                            .param("day", s.day()).param("start", fr.sessiontp.planner.format.Times.format(start))
                            .param("room", s.room()).with(csrf()).with(user(responsable)))
                    .andReturn().getResponse().getRedirectedUrl() + "").contains("moved=");
        }
        assertThat(moved).as("the deliberation moved").isTrue();
        Map<String, String[]> after = events(mvc.perform(get("/sessions/" + tsmi + "/deroule/pairs/1/plan.ics")
                .with(user(jury))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(after.keySet()).as("the same events, no duplicate").isEqualTo(before.keySet());
        List<String> changed = after.entrySet().stream()
                .filter(e -> !e.getValue()[0].equals(before.get(e.getKey())[0])).map(Map.Entry::getKey).toList();
        assertThat(changed).hasSize(1).allMatch(uid -> uid.contains("DELIBERATION"));
        String uid = changed.get(0);
        assertThat(Integer.parseInt(after.get(uid)[1])).isEqualTo(Integer.parseInt(before.get(uid)[1]) + 1);
    }

    /** The VEVENTs of an iCalendar file read by ical4j: UID → {DTSTART, SEQUENCE}. */
    static Map<String, String[]> events(String ics) throws Exception {
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics));
        Map<String, String[]> events = new java.util.LinkedHashMap<>();
        for (var event : calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
            String uid = event.getProperty(net.fortuna.ical4j.model.Property.UID).orElseThrow().getValue();
            String start = event.getProperty(net.fortuna.ical4j.model.Property.DTSTART).orElseThrow().getValue();
            String sequence = event.getProperty(net.fortuna.ical4j.model.Property.SEQUENCE).orElseThrow().getValue();
            assertThat(events.put(uid, new String[] {start, sequence})).as("UID %s unique", uid).isNull();
        }
        return events;
    }

    String convocationStatus(long session, long candidate) {
        return convocationRows.ofSession(session).stream().filter(r -> r.candidateId() == candidate).findFirst()
                .orElseThrow().status();
    }

    @Test
    void O6_aLateCandidateKeepsTheEndOfTheSittingInProgressAndNothingAlreadyBegunMoves() throws Exception {
        assertThat(planThroughThePage(tsmi).status()).isEqualTo("DONE");
        Solution before = new SolutionReader().read(deroules.find(tsmi).orElseThrow().solutionJson()).value();
        // the first jury sitting of the second day (MSP1), in progress for ten minutes
        Solution.Sitting msp1 = before.sittings().stream().filter(s -> "MSP1".equals(s.epreuve()))
                .min(java.util.Comparator.comparing(Solution.Sitting::day).thenComparingInt(Solution.Sitting::start))
                .orElseThrow();
        int now = msp1.start() + 10;
        String lateId = msp1.candidates().get(0);
        long late = Long.parseLong(lateId.substring(1));
        String absentId = before.assignments().stream().map(Solution.Assignment::candidate)
                .filter(c -> !msp1.candidates().contains(c)).findFirst().orElseThrow();
        long absent = Long.parseLong(absentId.substring(1));
        String page = mvc.perform(post("/sessions/" + tsmi + "/deroule/replan").param("day", msp1.day())
                        .param("now", fr.sessiontp.planner.format.Times.format(now))
                        .param("late_" + late, fr.sessiontp.planner.format.Times.format(now))
                        .param("absent_" + absent, "true").with(csrf()).with(user(responsable)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"replan-changes\"").contains("(O6)");
        StoredDeroule stored = deroules.find(tsmi).orElseThrow();
        Solution after = new SolutionReader().read(stored.solutionJson()).value();
        assertThat(stored.withdrawn()).contains(absentId);
        // O6: the sitting the late candidate joins ends as planned
        assertThat(after.sittings()).anySatisfy(s -> {
            assertThat(s.epreuve()).isEqualTo("MSP1");
            assertThat(s.candidates()).contains(lateId);
            assertThat(List.of(s.day(), s.start(), s.end(), s.room()))
                    .isEqualTo(List.of(msp1.day(), msp1.start(), msp1.end(), msp1.room()));
        });
        // sittings already begun never move; the absent candidate sits nothing not yet begun
        for (Solution.Sitting s : before.sittings()) {
            boolean begun = s.day().compareTo(msp1.day()) < 0 || (s.day().equals(msp1.day()) && s.start() < now);
            if (begun && !s.candidates().contains(absentId)) {
                assertThat(after.sittings()).as("begun: " + s).contains(s);
            }
        }
        assertThat(after.sittings()).filteredOn(s -> s.candidates().contains(absentId))
                .allSatisfy(s -> assertThat(s.day().compareTo(msp1.day()) < 0
                        || (s.day().equals(msp1.day()) && s.start() < now)).isTrue());
        String view = mvc.perform(get("/sessions/" + tsmi + "/deroule").with(user(responsable)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(view).contains("Le déroulé respecte toutes les contraintes.").contains("id=\"last-changes\"");

        String bad = mvc.perform(post("/sessions/" + tsmi + "/deroule/replan").param("day", msp1.day())
                        .param("now", "dix heures").with(csrf()).with(user(responsable)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("format HH:MM").contains("value=\"dix heures\"");
        // leave a fresh déroulé for the other tests
        assertThat(planThroughThePage(tsmi).status()).isEqualTo("DONE");
    }

    @Test
    void twoConcurrentClaimersNeverTakeTheSameJobAndAStaleJobIsTakenAgain() throws Exception {
        String queue = "test-" + UUID.randomUUID();
        String problem = ProblemJson.write(builder.build(sessions.session(tsmi).orElseThrow()));
        long only = jobs.enqueue(tsmi, queue, problem, null, "test");

        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<ClaimedJob>> first = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            Optional<ClaimedJob> job = jobs.claimNext(queue, "A", Duration.ofMinutes(1));
            claimed.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return job;
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        // while A's transaction holds the row, B skips it instead of waiting
        Optional<ClaimedJob> second = CompletableFuture.supplyAsync(() -> tx.execute(s ->
                jobs.claimNext(queue, "B", Duration.ofMinutes(1)))).get(5, TimeUnit.SECONDS);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).map(ClaimedJob::id).contains(only);
        assertThat(second).isEmpty();
        // after A committed, the job is running: nobody else takes it
        assertThat(jobs.claimNext(queue, "B", Duration.ofMinutes(1))).isEmpty();

        // A dies (restart): its heartbeat gets old, and B takes the job again — nothing is lost
        jdbc.sql("update planning_job set heartbeat_at = now() - interval '5 minutes' where id = :id")
                .param("id", only).update();
        assertThat(jobs.claimNext(queue, "B", Duration.ofMinutes(1))).map(ClaimedJob::id).contains(only);
        jobs.finish(only, "FAILED", "test");
    }

    @Test
    void stoppingARunKeepsTheBestDerouleFoundSoFar() throws Exception {
        mvc.perform(post("/sessions/" + tsmi + "/deroule/plan").with(csrf()).with(user(responsable)))
                .andExpect(status().is3xxRedirection());
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline
                && !(jobs.latest(tsmi).map(j -> !"QUEUED".equals(j.status()) && j.progressMetrics() != null)
                .orElse(false))) {
            Thread.sleep(50);
        }
        String progress = mvc.perform(get("/sessions/" + tsmi + "/deroule/progress").with(user(responsable)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(progress).contains("id=\"progress\"");
        assertThat(progress).contains("Meilleur résultat");
        mvc.perform(post("/sessions/" + tsmi + "/deroule/stop").with(csrf()).with(user(responsable)))
                .andExpect(status().is3xxRedirection());
        JobView job = waitForEnd(tsmi);
        assertThat(job.status()).isIn("STOPPED", "DONE");
        assertThat(deroules.find(tsmi).orElseThrow().jobId()).isEqualTo(job.id());
    }

    void ensurePlanned(long session) throws Exception {
        if (deroules.find(session).isEmpty()) {
            assertThat(planThroughThePage(session).status()).isEqualTo("DONE");
        }
    }

    static int indexOf(Solution solution, String activity) {
        for (int i = 0; i < solution.sittings().size(); i++) {
            if (activity.equals(solution.sittings().get(i).activity())) {
                return i;
            }
        }
        throw new AssertionError(activity + " not in the déroulé");
    }
}
