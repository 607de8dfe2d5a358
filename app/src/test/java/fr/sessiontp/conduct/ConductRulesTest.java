package fr.sessiontp.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.domain.ConductRules;
import fr.sessiontp.conduct.domain.Step;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policies of the exam days, directly. */
class ConductRulesTest {

    final ConductRules rules = new ConductRules();

    static RuleId rule(Decision d) {
        return d.firstRefusal().orElseThrow().rule();
    }

    @Test
    void O1_presentOnlyWithConvocationIdentityAndOutfitWhenRequired() {
        assertThat(rule(rules.checkIn(false, true, true, false))).isEqualTo(RuleId.O1);
        assertThat(rule(rules.checkIn(true, false, true, false))).isEqualTo(RuleId.O1);
        assertThat(rule(rules.checkIn(true, true, false, true))).isEqualTo(RuleId.O1);
        assertThat(rules.checkIn(true, true, false, false).isAllowed()).isTrue();
    }

    @Test
    void O3_witnessIsAPresentCandidateAndUnsealedNeedsANote() {
        assertThat(rule(rules.envelopeCheck(9, List.of(1L, 2L), true, null))).isEqualTo(RuleId.O3);
        assertThat(rule(rules.envelopeCheck(1, List.of(1L), false, " "))).isEqualTo(RuleId.O3);
        assertThat(rules.envelopeCheck(1, List.of(1L), true, null).isAllowed()).isTrue();
    }

    @Test
    void O4_contentAfterTheSealAndAMismatchIsDescribed() {
        assertThat(rule(rules.contentCheck(null, true, null))).isEqualTo(RuleId.O4);
        assertThat(rule(rules.contentCheck(true, false, ""))).isEqualTo(RuleId.O4);
        assertThat(rules.contentCheck(true, true, null).isAllowed()).isTrue();
    }

    @Test
    void O5_dteCandidatOnlyToAPresentCandidate() {
        assertThat(rule(rules.dteToCandidate(3, List.of(1L)))).isEqualTo(RuleId.O5);
        assertThat(rules.dteToCandidate(1, List.of(1L)).isAllowed()).isTrue();
    }

    @Test
    void O6_endTimeStaysThePlannedOneAndNoAdmissionAfterTheEnd() {
        LocalTime end = LocalTime.of(10, 30);
        assertThat(rule(rules.lateArrival(LocalTime.of(8, 50), end, LocalTime.of(10, 50), true))).isEqualTo(RuleId.O6);
        assertThat(rule(rules.lateArrival(LocalTime.of(10, 40), end, null, true))).isEqualTo(RuleId.O6);
        assertThat(rules.lateArrival(LocalTime.of(8, 50), end, end, true).isAllowed()).isTrue();
        assertThat(rules.lateArrival(LocalTime.of(10, 40), end, null, false).isAllowed()).isTrue();
    }

    @Test
    void O6_withADerouleTheSittingEndRulesAndATypedDifferentEndIsRefused() {
        LocalTime end = LocalTime.of(11, 30);
        assertThat(rule(rules.lateArrivalOnDeroule(LocalTime.of(8, 50), end, LocalTime.of(12, 0), null, true)))
                .isEqualTo(RuleId.O6);
        assertThat(rule(rules.lateArrivalOnDeroule(LocalTime.of(8, 50), end, null, LocalTime.of(11, 50), true)))
                .isEqualTo(RuleId.O6);
        assertThat(rule(rules.lateArrivalOnDeroule(LocalTime.of(11, 40), end, null, null, true))).isEqualTo(RuleId.O6);
        assertThat(rules.lateArrivalOnDeroule(LocalTime.of(8, 50), end, null, null, true).isAllowed()).isTrue();
        assertThat(rules.lateArrivalOnDeroule(LocalTime.of(8, 50), end, end, null, true).isAllowed()).isTrue();
    }

    @Test
    void S6_noSittingBeforeTheBriefing() {
        assertThat(rule(rules.sitting(false, "Dubois Marc"))).isEqualTo(RuleId.S6);
        assertThat(rules.sitting(true, "Dubois Marc").isAllowed()).isTrue();
    }

    @Test
    void S1_onlyTheResponsableOrTheDesignatedSubstitute() {
        assertThat(rule(rules.actingManager(3, 1, 2L))).isEqualTo(RuleId.S1);
        assertThat(rule(rules.actingManager(2, 1, null))).isEqualTo(RuleId.S1);
        assertThat(rules.actingManager(2, 1, 2L).isAllowed()).isTrue();
        assertThat(rules.actingManager(1, 1, null).isAllowed()).isTrue();
    }

    @Test
    void J1_receptionCompleteOnlyWithEveryItemAndEveryMemberConfirmed() {
        Set<Step> all = EnumSet.copyOf(Step.of(RuleId.J1));
        assertThat(rule(rules.receptionComplete(EnumSet.of(Step.REAC_RE_HANDED), List.of(1L, 2L), List.of(1L, 2L))))
                .isEqualTo(RuleId.J1);
        assertThat(rule(rules.receptionComplete(all, List.of(1L), List.of(1L, 2L)))).isEqualTo(RuleId.J1);
        assertThat(rule(rules.receptionComplete(all, List.of(), List.of()))).isEqualTo(RuleId.J1);
        assertThat(rules.receptionComplete(all, List.of(1L, 2L), List.of(1L, 2L)).isAllowed()).isTrue();
    }

    @Test
    void J2_aDrawNeedsTwoDistinctTopics() {
        assertThat(rule(rules.draw(List.of("A", "A")))).isEqualTo(RuleId.J2);
        assertThat(rules.draw(List.of("A", "B")).isAllowed()).isTrue();
    }

    @Test
    void J3_durationsReminderIsAStepOfRuleJ3() {
        assertThat(Step.of(RuleId.J3)).containsExactly(Step.DURATIONS_REMINDED);
        assertThat(Step.of(RuleId.O7)).containsExactly(Step.PHONES_INSTRUCTION, Step.COMPUTERS_INSTRUCTION);
    }

    @Test
    void X5_anIncidentIsWrittenUpAndSignedByWitnesses() {
        assertThat(rule(rules.incident(" ", "Dubois", true))).isEqualTo(RuleId.X5);
        assertThat(rule(rules.incident("Téléphone allumé", "", true))).isEqualTo(RuleId.X5);
        assertThat(rule(rules.incident("Téléphone allumé", "Dubois", false))).isEqualTo(RuleId.X5);
        assertThat(rules.incident("Téléphone allumé", "Dubois", true).isAllowed()).isTrue();
    }

    @Test
    void O8_informationSheetCompleteWithAddressPostalCodeCityAndPhone() {
        assertThat(rules.informationSheetComplete("1 rue A", "14000", "Caen", null)).isFalse();
        assertThat(rules.informationSheetComplete("1 rue A", "14000", "Caen", "02 31 00 00 00")).isTrue();
    }
}
