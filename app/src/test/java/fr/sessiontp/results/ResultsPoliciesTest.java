package fr.sessiontp.results;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.CandidateOutcome;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.reports.GeneralReportSnapshot;
import fr.sessiontp.reports.GeneralReportSnapshot.Line;
import fr.sessiontp.results.domain.CeresExportPolicy;
import fr.sessiontp.results.domain.CeresExportPolicy.Enrolled;
import fr.sessiontp.results.domain.ResitDeadline;
import fr.sessiontp.results.domain.ResultsBoardPolicy;
import fr.sessiontp.results.domain.ResultsBoardPolicy.BoardEntry;
import fr.sessiontp.session.SessionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The results policies alone: the CERES check (A1), the board (A5), the re-sit deadline (X6). No Spring, no database. */
class ResultsPoliciesTest {

    private static final Line KEVIN = line(1, "LEFORT", "", "Kévin", AccessRoute.TRAINING, Outcome.SUCCESS, "CP-1", "CP-2");
    private static final Line YANIS = line(2, "HADDAD", "MARTIN", "Yanis", AccessRoute.TRAINING, Outcome.PARTIAL_SUCCESS, "CP-1");
    private static final Line MANON = line(3, "RIGAUD", "", "Manon", AccessRoute.VAE, Outcome.FAILURE);
    private static final Line JULIE = line(4, "BLANC", "", "Julie", AccessRoute.TRAINING, Outcome.ABSENT);

    // ---- A1: the check before the CERES export ----

    @Test
    void A1_allowsAnExportWhoseCountersignedPvMatchesTheDecisions() {
        assertThat(CeresExportPolicy.check(facts(report(true, true, KEVIN, YANIS, MANON, JULIE))).isAllowed()).isTrue();
    }

    @Test
    void A1_refusesWithoutAGeneralPvAndNamesTheCandidatesWithoutOutcome() {
        Map<Long, CandidateOutcome> decided = decisions(KEVIN);
        Decision d = CeresExportPolicy.check(new CeresExportPolicy.Facts(false, enrolled(KEVIN, YANIS), Optional.empty(),
                decided, "TP-1", Set.of("CP-1", "CP-2")));
        assertThat(messages(d)).containsExactly(
                "Aucun PV de session n'a été préparé : les résultats ne peuvent pas être exportés. (A1)",
                "HADDAD Yanis n'a pas de résultat décidé par le jury. (A1)");
    }

    @Test
    void A1_refusesAPvNotSignedByTheWholeJuryOrNotCountersigned() {
        assertThat(messages(CeresExportPolicy.check(facts(report(false, false, KEVIN)))))
                .containsExactly("Le PV de session (version 2) n'est pas encore signé par tous les membres du jury. (A1)");
        assertThat(messages(CeresExportPolicy.check(facts(report(true, false, KEVIN)))))
                .containsExactly("Le PV de session (version 2) n'est pas encore contresigné par le responsable de session. (A1)");
    }

    @Test
    void A1_refusesACandidateWithoutDecidedOutcomeOrWhoseDecisionDiffersFromThePv() {
        GeneralReportSnapshot pv = report(true, true, KEVIN, YANIS);
        Map<Long, CandidateOutcome> decided = new HashMap<>();
        decided.put(1L, outcome(KEVIN, Outcome.PARTIAL_SUCCESS, "CP-1"));
        Decision d = CeresExportPolicy.check(new CeresExportPolicy.Facts(false, enrolled(KEVIN, YANIS), Optional.of(pv),
                decided, "TP-1", Set.of("CP-1", "CP-2")));
        assertThat(messages(d)).containsExactly(
                "LEFORT Kévin : le résultat décidé par le jury diffère de celui du PV de session (version 2) ; préparez et faites signer une nouvelle version du PV. (A1)",
                "HADDAD Yanis n'a pas de résultat décidé par le jury. (A1)");
    }

    @Test
    void X1_theCeresExportRefusesATitleAwardedByACcpSessionAndAPartialCcs() {
        GeneralReportSnapshot ccp = withType("CCP", report(true, true, KEVIN, YANIS));
        assertThat(messages(CeresExportPolicy.check(facts(ccp)))).containsExactly(
                "LEFORT Kévin : une session CCP délivre des CCP, jamais le titre ; le PV ne peut pas porter « Réussite ». (X1)");
        assertThat(CeresExportPolicy.check(facts(withType("CCP", report(true, true, YANIS, MANON, JULIE)))).isAllowed())
                .isTrue();
        Line ccs = line(6, "PETIT", "", "Lou", AccessRoute.TRAINING, Outcome.SUCCESS, "CS-1");
        assertThat(CeresExportPolicy.check(facts(withType("CCS", report(true, true, ccs, MANON)))).isAllowed()).isTrue();
        assertThat(messages(CeresExportPolicy.check(facts(withType("CCS", report(true, true, YANIS)))))).containsExactly(
                "HADDAD Yanis : une session CCS délivre le CCS ou rien ; le PV ne peut pas porter « Réussite partielle ». (X1)");
    }

    private static GeneralReportSnapshot withType(String type, GeneralReportSnapshot r) {
        return new GeneralReportSnapshot(r.versionId(), r.version(), r.contentSha256(), r.sessionId(), r.sessionNumber(),
                type, r.titleId(), r.titleCode(), r.titleName(), r.centreId(), r.centreName(), r.startDate(), r.endDate(),
                r.jurySignatures(), r.juryComplete(), r.countersignedAt(), r.lines());
    }

    @Test
    void A1_refusesAPartialSuccessWithoutCodeAndCodesThatAreNotOfTheTitle() {
        Line noCode = line(5, "NOËL", "", "Chloé", AccessRoute.TRAINING, Outcome.PARTIAL_SUCCESS);
        Line foreign = line(6, "PETIT", "", "Hugo", AccessRoute.TRAINING, Outcome.PARTIAL_SUCCESS, "CP-999");
        Line failedWithCode = line(7, "ROCHE", "", "Inès", AccessRoute.TRAINING, Outcome.FAILURE, "CP-1");
        Decision d = CeresExportPolicy.check(facts(report(true, true, noCode, foreign, failedWithCode)));
        assertThat(d.refusals()).allMatch(r -> r.rule() == RuleId.A1);
        assertThat(messages(d)).containsExactly(
                "NOËL Chloé : réussite partielle sans aucun CCP attribué. (A1)",
                "PETIT Hugo : le code CP-999 n'est pas un CCP ni un CCS du titre TP-1. (A1)",
                "ROCHE Inès : un échec ou une absence ne peut pas porter de code attribué. (A1)");
    }

    @Test
    void A1_refusesWhenThePvAndTheEnrolmentsDisagree() {
        GeneralReportSnapshot pv = report(true, true, KEVIN);
        Decision d = CeresExportPolicy.check(new CeresExportPolicy.Facts(false, enrolled(YANIS), Optional.of(pv),
                decisions(KEVIN, YANIS), "TP-1", Set.of("CP-1", "CP-2")));
        assertThat(messages(d)).containsExactly(
                "HADDAD Yanis est inscrit à la session mais ne figure pas sur le PV de session (version 2) : préparez et faites signer une nouvelle version. (A1)",
                "LEFORT Kévin figure sur le PV de session mais n'est plus inscrit à la session. (A1)");
    }

    // ---- A5: the public results board ----

    @Test
    void A5_refusesTheBoardUntilTheReportsAreValidated() {
        Optional<GeneralReportSnapshot> pv = Optional.of(report(true, true, KEVIN));
        for (SessionStatus status : EnumSet.complementOf(EnumSet.of(SessionStatus.VALIDATED, SessionStatus.ARCHIVED))) {
            Decision d = ResultsBoardPolicy.mayPost(status, pv);
            assertThat(d.isRefused()).as(status.name()).isTrue();
            assertThat(d.firstRefusal().orElseThrow().displayMessage()).isEqualTo(
                    "Le tableau d'affichage n'est disponible qu'une fois les PV validés par l'autorité (session validée ou archivée). (A5)");
        }
        assertThat(ResultsBoardPolicy.mayPost(SessionStatus.VALIDATED, pv).isAllowed()).isTrue();
        assertThat(ResultsBoardPolicy.mayPost(SessionStatus.ARCHIVED, pv).isAllowed()).isTrue();
        assertThat(ResultsBoardPolicy.mayPost(SessionStatus.VALIDATED, Optional.of(report(true, false, KEVIN))).isRefused()).isTrue();
    }

    @Test
    void A5_postsOnlyWhoEarnedTheTitleOrACertificateNeverTheFailedOrAbsent() {
        List<BoardEntry> entries = ResultsBoardPolicy.entries(report(true, true, KEVIN, YANIS, MANON, JULIE),
                Map.of("CP-1", "Maintenir", "CP-2", "Dépanner"), "Titre professionnel TP-1 Agent");
        assertThat(entries).containsExactly(
                new BoardEntry("LEFORT Kévin", List.of("Titre professionnel TP-1 Agent")),
                new BoardEntry("MARTIN Yanis", List.of("CP-1 Maintenir")));
    }

    @Test
    void A5_aSuccessAtACcpSessionEarnsItsCertificatesNotTheTitle() {
        GeneralReportSnapshot ccpSession = new GeneralReportSnapshot(1, 1, "0".repeat(64), 1, "S1", "CCP", 1, "TP-1",
                "Agent", 1, "Centre", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), 2, true, Instant.EPOCH,
                List.of(line(1, "LEFORT", "", "Kévin", AccessRoute.TRAINING, Outcome.SUCCESS, "CP-2")));
        assertThat(ResultsBoardPolicy.entries(ccpSession, Map.of("CP-2", "Dépanner"), "Titre"))
                .containsExactly(new BoardEntry("LEFORT Kévin", List.of("CP-2 Dépanner")));
    }

    // ---- X6: the re-sit deadline ----

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-15T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private final ResitDeadline policy = new ResitDeadline(Period.ofYears(1), 60);

    @Test
    void X6_theDeadlineIsOneYearAfterTheSessionEndForATrainedCandidateAfterAPartialSuccessOrAFailure() {
        LocalDate end = LocalDate.of(2026, 3, 12);
        assertThat(policy.deadline(Outcome.PARTIAL_SUCCESS, AccessRoute.TRAINING, end)).contains(LocalDate.of(2027, 3, 12));
        assertThat(policy.deadline(Outcome.FAILURE, AccessRoute.TRAINING, end)).contains(LocalDate.of(2027, 3, 12));
        assertThat(policy.deadline(Outcome.SUCCESS, AccessRoute.TRAINING, end)).isEmpty();
        assertThat(policy.deadline(Outcome.ABSENT, AccessRoute.TRAINING, end)).isEmpty();
        assertThat(policy.deadline(Outcome.FAILURE, AccessRoute.VAE, end)).isEmpty();
        assertThat(policy.deadline(Outcome.PARTIAL_SUCCESS, AccessRoute.EQUIVALENCE, end)).isEmpty();
        assertThat(new ResitDeadline(Period.ofMonths(18), 60).deadline(Outcome.FAILURE, AccessRoute.TRAINING, end))
                .contains(LocalDate.of(2027, 9, 12));
    }

    @Test
    void X6_warnsWithinSixtyDaysAndFlagsAnExpiredDeadline() {
        LocalDate today = LocalDate.now(CLOCK);
        ResitDeadline.Assessment open = policy.assess(LocalDate.of(2027, 3, 17), today);
        assertThat(open.state()).isEqualTo(ResitDeadline.State.OPEN);
        assertThat(open.daysLeft()).isEqualTo(61);
        assertThat(open.warning().isAllowed()).isTrue();

        ResitDeadline.Assessment soon = policy.assess(LocalDate.of(2027, 3, 16), today);
        assertThat(soon.state()).isEqualTo(ResitDeadline.State.DUE_SOON);
        assertThat(soon.warning().firstRefusal().orElseThrow().displayMessage())
                .isEqualTo("Délai de repassage proche : jusqu'au 16/03/2027 (60 jours restants). (X6)");

        ResitDeadline.Assessment lastDay = policy.assess(today, today);
        assertThat(lastDay.state()).isEqualTo(ResitDeadline.State.DUE_SOON);

        ResitDeadline.Assessment expired = policy.assess(LocalDate.of(2027, 1, 14), today);
        assertThat(expired.state()).isEqualTo(ResitDeadline.State.EXPIRED);
        assertThat(expired.daysLeft()).isEqualTo(-1);
        assertThat(expired.warning().firstRefusal().orElseThrow().displayMessage())
                .isEqualTo("Délai de repassage dépassé depuis le 14/01/2027. (X6)");
        assertThat(new ResitDeadline(Period.ofYears(1), 10).assess(LocalDate.of(2027, 2, 14), today).state())
                .isEqualTo(ResitDeadline.State.OPEN);
    }

    // ---- helpers ----

    private static Line line(long id, String birth, String usage, String first, AccessRoute route, Outcome outcome,
                             String... codes) {
        return new Line(id, "ID-" + id, birth, usage, first, route, outcome, List.of(codes));
    }

    private static GeneralReportSnapshot report(boolean juryComplete, boolean countersigned, Line... lines) {
        return new GeneralReportSnapshot(10, 2, "a".repeat(64), 1, "S1", "TITLE", 1, "TP-1", "Agent", 1, "Centre",
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 12), juryComplete ? 2 : 1, juryComplete,
                countersigned ? Instant.parse("2026-03-13T09:00:00Z") : null, List.of(lines));
    }

    private static CeresExportPolicy.Facts facts(GeneralReportSnapshot pv) {
        Line[] lines = pv.lines().toArray(Line[]::new);
        return new CeresExportPolicy.Facts(false, enrolled(lines), Optional.of(pv), decisions(lines), "TP-1",
                Set.of("CP-1", "CP-2", "CS-1"));
    }

    private static List<Enrolled> enrolled(Line... lines) {
        List<Enrolled> list = new ArrayList<>();
        for (Line l : lines) {
            list.add(new Enrolled(l.candidateId(), l.birthName() + " " + l.firstNames()));
        }
        return list;
    }

    private static Map<Long, CandidateOutcome> decisions(Line... lines) {
        Map<Long, CandidateOutcome> map = new HashMap<>();
        for (Line l : lines) {
            map.put(l.candidateId(), outcome(l, l.outcome(), l.awardedCodes().toArray(String[]::new)));
        }
        return map;
    }

    private static CandidateOutcome outcome(Line l, Outcome outcome, String... codes) {
        return new CandidateOutcome(1, l.candidateId(), outcome, List.of(codes), "", "", "");
    }

    private static List<String> messages(Decision d) {
        return d.refusals().stream().map(Refusal::displayMessage).toList();
    }
}
