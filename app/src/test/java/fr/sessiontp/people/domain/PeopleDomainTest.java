package fr.sessiontp.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.AccessRoute;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleDomainTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static CandidateInput valid() {
        return new CandidateInput("DUPONT", "", "Camille Marie", "2026-001", "15/03/1990", "camille@exemple.fr",
                "Formation", "0", "");
    }

    private static CandidateInput with(String field, String value) {
        CandidateInput v = valid();
        return new CandidateInput(
                field.equals("birthName") ? value : v.birthName(), field.equals("usageName") ? value : v.usageName(),
                field.equals("firstNames") ? value : v.firstNames(), field.equals("identifier") ? value : v.identifier(),
                field.equals("birthDate") ? value : v.birthDate(), field.equals("email") ? value : v.email(),
                field.equals("accessRoute") ? value : v.accessRoute(),
                field.equals("extraTimePercent") ? value : v.extraTimePercent(),
                field.equals("adjustmentNote") ? value : v.adjustmentNote());
    }

    private static List<String> fieldsInError(CandidateInput input) {
        return CandidateRules.validate(input, null, TODAY).violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void acceptsAValidCandidateAndNormalisesBlanks() {
        Validated<CandidateDraft> result = CandidateRules.validate(valid(), 7L, TODAY);
        assertThat(result.isValid()).isTrue();
        CandidateDraft draft = result.value();
        assertThat(draft.usageName()).isNull();
        assertThat(draft.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(draft.accessRoute()).isEqualTo(AccessRoute.TRAINING);
        assertThat(draft.extraTimePercent()).isZero();
        assertThat(draft.trainerId()).isEqualTo(7L);
    }

    @Test
    void reportsEveryMissingRequiredFieldAtOnceInFrench() {
        CandidateInput empty = new CandidateInput(" ", null, "", "", "", "", "", "", "");
        Validated<CandidateDraft> result = CandidateRules.validate(empty, null, TODAY);
        assertThat(result.violations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("birthName", "firstNames", "identifier", "accessRoute");
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.message()).isEqualTo("Ce champ est obligatoire."));
    }

    @Test
    void refusesABadEmailADateThatIsNotOneAndAnUnknownAccessRoute() {
        assertThat(fieldsInError(with("email", "camille@"))).containsExactly("email");
        assertThat(fieldsInError(with("email", "camille exemple.fr"))).containsExactly("email");
        assertThat(fieldsInError(with("birthDate", "31/02/1990"))).containsExactly("birthDate");
        assertThat(fieldsInError(with("birthDate", "demain"))).containsExactly("birthDate");
        assertThat(fieldsInError(with("birthDate", "01/01/2027"))).containsExactly("birthDate");
        assertThat(fieldsInError(with("accessRoute", "apprentissage"))).containsExactly("accessRoute");
        assertThat(fieldsInError(with("identifier", "A B"))).containsExactly("identifier");
        assertThat(fieldsInError(with("birthName", "X".repeat(101)))).containsExactly("birthName");
    }

    @Test
    void refusesControlCharactersInANameWithAFrenchFieldError() {
        for (String name : List.of("DUP\rONT", "DUP\nONT", "DUP\u0007ONT", "DUP\u0000ONT", "DUP\tONT")) {
            Validated<CandidateDraft> result = CandidateRules.validate(with("birthName", name), null, TODAY);
            assertThat(result.violations()).extracting(FieldViolation::field).containsExactly("birthName");
            assertThat(result.violations().get(0).message()).startsWith("Ce champ contient un caractère invisible");
        }
        assertThat(fieldsInError(with("firstNames", "Zoé\u0007"))).containsExactly("firstNames");
    }

    @Test
    void readsDatesInFrenchOrIsoFormat() {
        assertThat(Fields.parseDate("05/01/2026")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(Fields.parseDate("5/1/2026")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(Fields.parseDate("2026-01-05")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(Fields.parseDate("2026/01/05")).isNull();
    }

    @Test
    void readsTheAccessRouteWhateverItsCaseAndAccents() {
        assertThat(AccessRoutes.parse("FORMATION")).contains(AccessRoute.TRAINING);
        assertThat(AccessRoutes.parse(" vae ")).contains(AccessRoute.VAE);
        assertThat(AccessRoutes.parse("Équivalence")).contains(AccessRoute.EQUIVALENCE);
        assertThat(AccessRoutes.parse("EQUIVALENCE")).contains(AccessRoute.EQUIVALENCE);
        assertThat(AccessRoutes.parse("équivalence")).contains(AccessRoute.EQUIVALENCE);
        assertThat(AccessRoutes.parse("TRAINING")).contains(AccessRoute.TRAINING);
        assertThat(AccessRoutes.parse("alternance")).isEmpty();
    }

    @Test
    void X3_refusesExtraTimeOutsideZeroToOneHundredPercent() {
        assertThat(AdjustmentPolicy.check(101, "Décision DDETS 2026-12").firstRefusal())
                .hasValueSatisfying(r -> {
                    assertThat(r.rule()).isEqualTo(RuleId.X3);
                    assertThat(r.displayMessage()).isEqualTo("Le temps majoré doit être un pourcentage entier compris entre 0 et 100. (X3)");
                });
        assertThat(AdjustmentPolicy.check(-1, "Décision").isRefused()).isTrue();
        assertThat(AdjustmentPolicy.check(100, "Décision").isAllowed()).isTrue();
        assertThat(AdjustmentPolicy.check(0, null).isAllowed()).isTrue();
        assertThat(fieldsInError(with("extraTimePercent", "150"))).containsExactly("extraTimePercent");
    }

    @Test
    void X3_refusesExtraTimeWithoutTheDdetsDecision() {
        Decision decision = AdjustmentPolicy.check(33, "  ");
        assertThat(decision.isRefused()).isTrue();
        assertThat(decision.firstRefusal().orElseThrow().code()).isEqualTo("people.X3.ddetsDecisionRequired");
        Validated<CandidateDraft> result = CandidateRules.validate(with("extraTimePercent", "33"), null, TODAY);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("adjustmentNote");
            assertThat(v.rule()).isEqualTo(RuleId.X3);
            assertThat(v.displayMessage()).endsWith("(X3)").contains("DDETS");
        });
        CandidateInput granted = new CandidateInput("DUPONT", "", "Camille", "A1", "", "", "VAE", "33 %", "Décision DDETS n° 42");
        assertThat(CandidateRules.validate(granted, null, TODAY).value().extraTimePercent()).isEqualTo(33);
    }

    @Test
    void X3_refusesExtraTimeThatIsNotAWholeNumber() {
        assertThat(fieldsInError(with("extraTimePercent", "un tiers"))).containsExactly("extraTimePercent");
    }

    @Test
    void X2_requiresTheJuryMembersProfession() {
        assertThat(JuryMemberRules.professionalOfTheTrade(" ").firstRefusal())
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(RuleId.X2));
        Validated<JuryMemberDraft> result = JuryMemberRules.validate(
                new JuryMemberInput("DURAND", "Alex", "Alex.Durand@Exemple.fr", "", "Bretagne"));
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("profession");
            assertThat(v.displayMessage()).isEqualTo("Le métier est obligatoire : les membres du jury sont des professionnels du métier. (X2)");
        });
        JuryMemberDraft ok = JuryMemberRules.validate(
                new JuryMemberInput("DURAND", "Alex", "Alex.Durand@Exemple.fr", "Cuisinier", "Bretagne")).orThrow();
        assertThat(ok.email()).isEqualTo("alex.durand@exemple.fr");
    }

    @Test
    void juryMemberNeedsAValidEmail() {
        Validated<JuryMemberDraft> result = JuryMemberRules.validate(new JuryMemberInput("D", "A", "pas-un-courriel", "Cuisinier", "Bretagne"));
        assertThat(result.violations()).extracting(FieldViolation::field).containsExactly("email");
    }

    @Test
    void X2_refusesAHabilitationEndingBeforeItStarts() {
        assertThat(HabilitationPolicy.check(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)).firstRefusal())
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(RuleId.X2));
        assertThat(HabilitationPolicy.check(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)).isAllowed()).isTrue();
        Validated<HabilitationDraft> result = HabilitationRules.validate(new HabilitationInput("3", "2026-02-01", "2026-01-31"));
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("validUntil");
            assertThat(v.displayMessage()).endsWith("(X2)");
        });
        assertThat(HabilitationRules.validate(new HabilitationInput("", "x", "")).violations())
                .extracting(FieldViolation::field).containsExactly("titleId", "validFrom", "validUntil");
    }

    @Test
    void S3_aDeclaredLinkNeedsACandidateAndItsNature() {
        assertThat(JuryLinkRules.validateNature("", " ").violations()).extracting(FieldViolation::field)
                .containsExactly("candidateId", "nature");
        assertThat(JuryLinkRules.validateNature("12", "Ancien collègue").value()).isEqualTo("Ancien collègue");
    }

    @Test
    void staffMembersNeedANameAndAValidEmailIfAny() {
        assertThat(StaffRules.validate(new PersonInput("", "Paul", "paul@")).violations()).extracting(FieldViolation::field)
                .containsExactly("lastName", "email");
        assertThat(StaffRules.validate(new PersonInput("MARTIN", "Paul", "")).value().email()).isNull();
    }
}
