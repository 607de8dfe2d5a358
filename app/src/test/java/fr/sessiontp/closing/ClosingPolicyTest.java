package fr.sessiontp.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sessiontp.closing.domain.CeresState;
import fr.sessiontp.closing.domain.ClosingPolicy;
import fr.sessiontp.closing.domain.Deadline;
import fr.sessiontp.closing.domain.TransmissionDeadline;
import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.SignedReport;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.domain.SessionLifecycle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The closing policies on their own: the A1 deadline with a fixed clock, transmission, review, archive, CERES states. */
class ClosingPolicyTest {

    static final LocalDate END = LocalDate.of(2026, 3, 10);

    /** A deadline policy whose today is {@code day} days after the session's end (noon UTC, same day in Paris). */
    static TransmissionDeadline at(long day, int days, int warning) {
        Instant now = END.plusDays(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new TransmissionDeadline(Clock.fixed(now, ZoneOffset.UTC), days, warning);
    }

    @Test
    void A1_deadlineIsFifteenCalendarDaysAfterTheEndWarnedFromDayTenAndOverdueAfterDayFifteen() {
        assertThat(at(-1, 15, 10).of(END, null).state()).isEqualTo(Deadline.State.NOT_ENDED);
        Deadline day9 = at(9, 15, 10).of(END, null);
        assertThat(day9.due()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(day9.state()).isEqualTo(Deadline.State.ON_TIME);
        Deadline day10 = at(10, 15, 10).of(END, null);
        assertThat(day10.state()).isEqualTo(Deadline.State.DUE_SOON);
        assertThat(day10.warned()).isTrue();
        assertThat(day10.daysToOrPast()).isEqualTo(5);
        assertThat(at(15, 15, 10).of(END, null).state()).isEqualTo(Deadline.State.DUE_SOON);
        Deadline day16 = at(16, 15, 10).of(END, null);
        assertThat(day16.state()).isEqualTo(Deadline.State.OVERDUE);
        assertThat(day16.overdue()).isTrue();
        assertThat(day16.daysToOrPast()).isEqualTo(1);
        // transmitted: judged on the day of the transmission, not today
        assertThat(at(40, 15, 10).of(END, END.plusDays(15)).state()).isEqualTo(Deadline.State.TRANSMITTED);
        assertThat(at(40, 15, 10).of(END, END.plusDays(16)).state()).isEqualTo(Deadline.State.TRANSMITTED_LATE);
    }

    @Test
    void A1_theDaysAndTheWarningDayAreSettings() {
        assertThat(at(7, 20, 5).of(END, null).state()).isEqualTo(Deadline.State.DUE_SOON);
        assertThat(at(18, 20, 5).of(END, null).due()).isEqualTo(END.plusDays(20));
        assertThat(at(21, 20, 5).of(END, null).state()).isEqualTo(Deadline.State.OVERDUE);
        assertThatThrownBy(() -> at(0, 10, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void A1_theDeadlineDayIsTheFrenchDayNotTheUtcOne() {
        // 23:30 UTC on day 15 is already day 16 in Paris (UTC+1 in March): overdue
        Instant lateEvening = END.plusDays(15).atTime(23, 30).toInstant(ZoneOffset.UTC);
        assertThat(new TransmissionDeadline(Clock.fixed(lateEvening, ZoneOffset.UTC), 15, 10).of(END, null).state())
                .isEqualTo(Deadline.State.OVERDUE);
    }

    static SignedReport signed(ReportKind kind, String name, boolean jury, boolean counter) {
        return new SignedReport(1L, kind, kind == ReportKind.GENERAL ? null : 7L, name, 1, jury, counter, "a".repeat(64),
                "b".repeat(64), Instant.now());
    }

    @Test
    void A1_transmissionRefusedUntilEveryPvIsSignedByTheJuryAndCountersigned() {
        List<SignedReport> ok = List.of(signed(ReportKind.INDIVIDUAL, "LEFORT Kévin", true, true),
                signed(ReportKind.GENERAL, null, true, true));
        assertThat(ClosingPolicy.mayTransmit(SessionStatus.REPORTS_SIGNED, ok).isAllowed()).isTrue();

        Decision juryOnly = ClosingPolicy.mayTransmit(SessionStatus.REPORTS_SIGNED,
                List.of(signed(ReportKind.INDIVIDUAL, "LEFORT Kévin", true, false), signed(ReportKind.GENERAL, null, true, true)));
        assertThat(juryOnly.refusals()).extracting(Refusal::rule).containsExactly(RuleId.A1);
        assertThat(juryOnly.refusals().get(0).displayMessage()).contains("LEFORT Kévin").endsWith("(A1)");

        SignedReport notPrepared = new SignedReport(null, ReportKind.INDIVIDUAL, 8L, "RIGAUD Manon", 0, false, false,
                null, null, null);
        assertThat(ClosingPolicy.mayTransmit(SessionStatus.REPORTS_SIGNED, List.of(notPrepared,
                signed(ReportKind.GENERAL, null, false, false))).refusals()).hasSize(2);
        assertThat(ClosingPolicy.mayTransmit(SessionStatus.DELIBERATION, ok).firstRefusal().orElseThrow().code())
                .isEqualTo("closing.refusal.A1.notSigned");
        assertThat(ClosingPolicy.mayTransmit(SessionStatus.REPORTS_SIGNED, List.of()).isRefused()).isTrue();
    }

    @Test
    void D9_onlyTheAuthorityOfTheCentresRegionValidatesTransmittedPvs() {
        assertThat(ClosingPolicy.mayValidate(true, "Normandie", "Normandie", SessionStatus.TRANSMITTED).isAllowed()).isTrue();
        Decision notAuthority = ClosingPolicy.mayValidate(false, null, "Normandie", SessionStatus.TRANSMITTED);
        assertThat(notAuthority.firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D9);
        assertThat(notAuthority.firstRefusal().orElseThrow().code()).isEqualTo("closing.refusal.D9.authorityOnly");
        assertThat(ClosingPolicy.mayValidate(true, "Bretagne", "Normandie", SessionStatus.TRANSMITTED)
                .firstRefusal().orElseThrow().code()).isEqualTo("closing.refusal.D9.otherRegion");
        assertThat(ClosingPolicy.mayValidate(true, "Normandie", "Normandie", SessionStatus.REPORTS_SIGNED).isRefused()).isTrue();
    }

    @Test
    void D9_theGenericStatusRouteOffersAndAllowsNoMoveThatBelongsToAFlow() {
        SessionLifecycle lifecycle = new SessionLifecycle();
        assertThat(lifecycle.manualNext(SessionStatus.DELIBERATION)).isEmpty();
        assertThat(lifecycle.manualNext(SessionStatus.REPORTS_SIGNED)).isEmpty();
        assertThat(lifecycle.manualNext(SessionStatus.TRANSMITTED)).isEmpty();
        assertThat(lifecycle.manualNext(SessionStatus.VALIDATED)).isEmpty();
        assertThat(lifecycle.manualNext(SessionStatus.PLANNED)).containsExactly(SessionStatus.CONVENED, SessionStatus.CANCELLED);
        assertThat(lifecycle.canMoveByHand(SessionStatus.VALIDATED).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D9);
        assertThat(lifecycle.canMoveByHand(SessionStatus.TRANSMITTED).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.A1);
        assertThat(lifecycle.canMoveByHand(SessionStatus.REPORTS_SIGNED).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D8);
        assertThat(lifecycle.canMoveByHand(SessionStatus.ARCHIVED).isRefused()).isTrue();
        assertThat(lifecycle.canMoveByHand(SessionStatus.CONVENED).isAllowed()).isTrue();
    }

    @Test
    void A1_theAuthoritySendsBackOnlyWithAReason() {
        assertThat(ClosingPolicy.maySendBack(true, "Normandie", "Normandie", SessionStatus.TRANSMITTED, "  ")
                .firstRefusal().orElseThrow().code()).isEqualTo("closing.refusal.A1.reasonRequired");
        assertThat(ClosingPolicy.maySendBack(true, "Normandie", "Normandie", SessionStatus.TRANSMITTED,
                "Signature manquante sur le PV de M. Lefort").isAllowed()).isTrue();
        assertThat(ClosingPolicy.maySendBack(false, null, "Normandie", SessionStatus.TRANSMITTED, "motif").isRefused()).isTrue();
    }

    @Test
    void X7_theCentreArchivesOnlyOnceTheAuthorityValidated() {
        assertThat(ClosingPolicy.mayArchive(SessionStatus.VALIDATED).isAllowed()).isTrue();
        assertThat(ClosingPolicy.mayArchive(SessionStatus.TRANSMITTED).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.X7);
    }

    @Test
    void X7_ceresStatesFollowTheSessionStatusUntilTheResults() {
        assertThat(CeresState.of(SessionStatus.PLANNED, false)).isEqualTo(CeresState.IN_PREPARATION);
        assertThat(CeresState.of(SessionStatus.CONVENED, false)).isEqualTo(CeresState.CONVOCATIONS_SENT);
        assertThat(CeresState.of(SessionStatus.DELIBERATION, false)).isEqualTo(CeresState.CONVOCATIONS_SENT);
        assertThat(CeresState.of(SessionStatus.VALIDATED, false)).isEqualTo(CeresState.VALIDATED);
        assertThat(CeresState.of(SessionStatus.ARCHIVED, true)).isEqualTo(CeresState.VALIDATED);
        assertThat(CeresState.of(SessionStatus.CANCELLED, false)).isNull();
        List<CeresState.Step> steps = CeresState.progress(SessionStatus.CONVENED, false);
        assertThat(steps).extracting(CeresState.Step::reached).containsExactly(true, true, true, false, false);
        assertThat(steps).extracting(CeresState.Step::current).containsExactly(false, false, true, false, false);
    }

    @Test
    void A1_resultsEnteredIsReachedOnlyByARecordedCeresEntryNeverByTheStatus() {
        // PVs signed, transmitted, even validated: without a recorded entry, the results are not « saisis »
        assertThat(CeresState.of(SessionStatus.REPORTS_SIGNED, false)).isEqualTo(CeresState.CONVOCATIONS_SENT);
        assertThat(CeresState.of(SessionStatus.TRANSMITTED, false)).isEqualTo(CeresState.CONVOCATIONS_SENT);
        assertThat(CeresState.progress(SessionStatus.VALIDATED, false)).extracting(CeresState.Step::reached)
                .containsExactly(true, true, true, false, true);
        // recorded: reached
        assertThat(CeresState.of(SessionStatus.REPORTS_SIGNED, true)).isEqualTo(CeresState.RESULTS_ENTERED);
        assertThat(CeresState.progress(SessionStatus.TRANSMITTED, true)).extracting(CeresState.Step::current)
                .containsExactly(false, false, false, true, false);
    }

    @Test
    void A1_theEntryInCeresIsRecordedOnceThePvsAreSigned() {
        for (SessionStatus early : List.of(SessionStatus.PLANNED, SessionStatus.CONVENED, SessionStatus.OPENED,
                SessionStatus.IN_PROGRESS, SessionStatus.DELIBERATION, SessionStatus.CANCELLED)) {
            assertThat(ClosingPolicy.mayRecordCeresEntry(early).firstRefusal()).hasValueSatisfying(r -> {
                assertThat(r.rule()).isEqualTo(RuleId.A1);
                assertThat(r.message()).contains("une fois les PV signés");
            });
        }
        for (SessionStatus signed : List.of(SessionStatus.REPORTS_SIGNED, SessionStatus.TRANSMITTED,
                SessionStatus.VALIDATED, SessionStatus.ARCHIVED)) {
            assertThat(ClosingPolicy.mayRecordCeresEntry(signed).isAllowed()).isTrue();
        }
    }
}
