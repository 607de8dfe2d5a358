package fr.sessiontp.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retention rules as plain Java (A2, A3, A4). */
class RetentionPolicyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final RetentionPolicy fiveYears = new RetentionPolicy(5);
    private final LocalDate sessionEnd = LocalDate.of(2026, 3, 10);

    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), PARIS));
    }

    private static RuleId ruleOf(Decision decision) {
        return decision.firstRefusal().orElseThrow().rule();
    }

    @Test
    void A2_refusesDestroyingGridsAndBookletsBeforeFiveYearsFromTheSessionEnd() {
        Decision decision = fiveYears.mayDestroyKeptDocuments(sessionEnd, today("2031-03-09T12:00:00Z"));
        assertThat(ruleOf(decision)).isEqualTo(RuleId.A2);
        assertThat(decision.firstRefusal().orElseThrow().displayMessage())
                .contains("5 ans").contains("10/03/2031").endsWith("(A2)");
        assertThat(fiveYears.mayDestroyKeptDocuments(sessionEnd, sessionEnd).isRefused()).isTrue();
    }

    @Test
    void A2_allowsTheDestructionFromTheDayTheRetentionPeriodEnds() {
        assertThat(fiveYears.keptUntil(sessionEnd)).isEqualTo(LocalDate.of(2031, 3, 10));
        assertThat(fiveYears.mayDestroyKeptDocuments(sessionEnd, today("2031-03-10T08:00:00Z")).isAllowed()).isTrue();
        assertThat(fiveYears.dueCutoff(LocalDate.of(2031, 3, 10))).isEqualTo(sessionEnd);
    }

    @Test
    void A2_retentionPeriodIsConfigurable() {
        RetentionPolicy tenYears = new RetentionPolicy(10);
        assertThat(tenYears.mayDestroyKeptDocuments(sessionEnd, today("2031-03-10T08:00:00Z")).isRefused()).isTrue();
        assertThat(tenYears.keptUntil(sessionEnd)).isEqualTo(LocalDate.of(2036, 3, 10));
    }

    @Test
    void A2_A3_recordsAsKeptOnlyWhatTheRulesKeep() {
        assertThat(fiveYears.mayRecordAsKept(DocumentKind.ECF_BOOKLET).isAllowed()).isTrue();
        assertThat(fiveYears.mayRecordAsKept(DocumentKind.EVALUATION_GRIDS).isAllowed()).isTrue();
    }

    @Test
    void A3_refusesRecordingAProductionUnusedDteOrOtherDocumentAsKept() {
        for (DocumentKind kind : List.of(DocumentKind.CANDIDATE_PRODUCTION, DocumentKind.UNUSED_DTE,
                DocumentKind.OTHER_DOCUMENTS)) {
            Decision decision = fiveYears.mayRecordAsKept(kind);
            assertThat(ruleOf(decision)).as(kind.name()).isEqualTo(RuleId.A3);
            assertThat(decision.firstRefusal().orElseThrow().message()).contains("détruit");
        }
    }

    @Test
    void A4_refusesAKeptDpCopyWithoutTheCandidatesWrittenAuthorisation() {
        LocalDate returned = LocalDate.of(2026, 3, 11);
        assertThat(ruleOf(fiveYears.mayRecordReturn(new PortfolioReturn(returned, true, null, null))))
                .isEqualTo(RuleId.A4);
        assertThat(ruleOf(fiveYears.mayRecordReturn(new PortfolioReturn(returned, true, returned, "  "))))
                .isEqualTo(RuleId.A4);
        assertThat(ruleOf(fiveYears.mayRecordReturn(new PortfolioReturn(returned, true, null, "AUT-1"))))
                .isEqualTo(RuleId.A4);
        assertThat(ruleOf(fiveYears.mayRecordAsKept(DocumentKind.PORTFOLIO))).isEqualTo(RuleId.A4);
    }

    @Test
    void A4_allowsAReturnAndAKeptCopyWithAuthorisation() {
        LocalDate returned = LocalDate.of(2026, 3, 11);
        assertThat(fiveYears.mayRecordReturn(new PortfolioReturn(returned, false, null, null)).isAllowed()).isTrue();
        assertThat(fiveYears.mayRecordReturn(new PortfolioReturn(returned, true, returned, "AUT-2026-01")).isAllowed())
                .isTrue();
    }

    @Test
    void A4_refusesClosingWhileADpIsNotRecordedAsReturned() {
        Decision decision = fiveYears.mayClose(List.of("RIGAUD Manon", "LEFORT Kévin"));
        assertThat(ruleOf(decision)).isEqualTo(RuleId.A4);
        assertThat(decision.firstRefusal().orElseThrow().message()).contains("2 candidat(s)")
                .contains("LEFORT Kévin, RIGAUD Manon");
        assertThat(fiveYears.mayClose(List.of()).isAllowed()).isTrue();
    }
}
