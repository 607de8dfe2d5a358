package fr.sessiontp.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.Habilitation;
import fr.sessiontp.people.JuryLink;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.people.TrainerSummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The staffing rules of a session, one policy at a time, without Spring or a database. */
class SessionPoliciesTest {

    static final long TITLE = 7;
    static final long OTHER_TITLE = 8;
    static final SessionPeriod PERIOD = new SessionPeriod(TITLE, LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 10));

    final SessionStaffingPolicy staffing = new SessionStaffingPolicy();

    static JuryMemberSummary member(long id, String last, Habilitation... habilitations) {
        return new JuryMemberSummary(id, last, "Alex", last.toLowerCase() + "@exemple.fr", "Comptable", "IDF",
                List.of(habilitations));
    }

    static Habilitation habilitation(long title, String from, String until) {
        return new Habilitation(title, LocalDate.parse(from), LocalDate.parse(until));
    }

    static final Habilitation WHOLE = habilitation(TITLE, "2026-01-01", "2028-12-31");

    /** A candidate trained by the trainer whose person is {@code trainerPersonId} (none when null). */
    static CandidateSummary candidate(long id, String last, Long trainerPersonId) {
        return new CandidateSummary(id, 1, "ID" + id, last, null, "Camille", AccessRoute.TRAINING, 0,
                trainerPersonId == null ? null : trainerPersonId + 1000, trainerPersonId);
    }

    static SessionManagerSummary manager(long id, long personId) {
        return new SessionManagerSummary(id, 1, personId, "Resp" + id, "Alex", null);
    }

    static Refusal only(Decision decision) {
        assertThat(decision.isRefused()).isTrue();
        return decision.firstRefusal().orElseThrow();
    }

    // ---- S2 ----

    @Test
    void S2_refusesAPairOfTheSameMemberTwice() {
        JuryMemberSummary a = member(1, "Bernard", WHOLE);
        Refusal refusal = only(new JuryPresencePolicy().canFormPair(a, a, List.of(), TITLE));
        assertThat(refusal.rule()).isEqualTo(RuleId.S2);
        assertThat(refusal.message()).contains("Bernard Alex");
    }

    @Test
    void S2_refusesAMemberAlreadyInAnotherPairOfTheSession() {
        Refusal refusal = only(staffing.canFormPair(member(1, "Bernard", WHOLE), member(2, "Petit", WHOLE),
                List.of(2L, 3L), PERIOD, List.of(), List.of()));
        assertThat(refusal.rule()).isEqualTo(RuleId.S2);
        assertThat(refusal.displayMessage()).contains("Petit Alex").contains("déjà").endsWith("(S2)");
    }

    @Test
    void S2_refusesAPairWhoseMemberIsNotHabilitatedForTheTitle() {
        Refusal refusal = only(staffing.canFormPair(member(1, "Bernard", WHOLE),
                member(2, "Petit", habilitation(OTHER_TITLE, "2026-01-01", "2028-12-31")), List.of(), PERIOD,
                List.of(), List.of()));
        assertThat(refusal.rule()).isEqualTo(RuleId.S2);
        assertThat(refusal.message()).contains("Petit Alex").contains("habilité");
    }

    @Test
    void S2_sessionCannotStartWithFewerThanTwoHabilitatedMembers() {
        Refusal refusal = only(staffing.canStart(List.of(member(1, "Bernard", WHOLE),
                member(2, "Petit", habilitation(TITLE, "2026-01-01", "2027-03-09"))), PERIOD));
        assertThat(refusal.rule()).isEqualTo(RuleId.S2);
        assertThat(refusal.message()).contains("au moins deux membres de jury habilités");
        assertThat(staffing.canStart(List.of(), PERIOD).isRefused()).isTrue();
    }

    @Test
    void S2_sessionCanStartWithTwoHabilitatedMembers() {
        assertThat(staffing.canStart(List.of(member(1, "Bernard", WHOLE), member(2, "Petit", WHOLE)), PERIOD)
                .isAllowed()).isTrue();
        assertThat(staffing.canFormPair(member(1, "Bernard", WHOLE), member(2, "Petit", WHOLE), List.of(5L, 6L),
                PERIOD, List.of(), List.of()).isAllowed()).isTrue();
    }

    // ---- X2 ----

    @Test
    void X2_refusesAMemberWhoseHabilitationEndsDuringTheSession() {
        JuryMemberSummary late = member(2, "Petit", habilitation(TITLE, "2026-01-01", "2027-03-09"));
        Refusal refusal = only(staffing.canFormPair(member(1, "Bernard", WHOLE), late, List.of(), PERIOD, List.of(),
                List.of()));
        assertThat(refusal.rule()).isEqualTo(RuleId.X2);
        assertThat(refusal.message()).contains("Petit Alex").contains("08/03/2027").contains("10/03/2027");
    }

    @Test
    void X2_refusesAMemberWhoseHabilitationStartsAfterTheFirstDay() {
        JuryMemberSummary early = member(2, "Petit", habilitation(TITLE, "2027-03-09", "2028-12-31"));
        assertThat(only(new JuryHabilitationPolicy().covers(early, PERIOD)).rule()).isEqualTo(RuleId.X2);
    }

    @Test
    void X2_acceptsAHabilitationCoveringTheWholeSessionToTheDay() {
        JuryMemberSummary exact = member(2, "Petit", habilitation(TITLE, "2027-03-08", "2027-03-10"));
        assertThat(new JuryHabilitationPolicy().covers(exact, PERIOD).isAllowed()).isTrue();
    }

    @Test
    void X2_refusesEditingDatesBeyondAPairedMembersHabilitation() {
        SessionPeriod longer = new SessionPeriod(TITLE, PERIOD.start(), LocalDate.of(2029, 1, 5));
        Refusal refusal = only(staffing.canEdit(longer, List.of(member(1, "Bernard", WHOLE)), manager(1, 60), null, List.of()));
        assertThat(refusal.rule()).isEqualTo(RuleId.X2);
    }

    // ---- S3 ----

    @Test
    void S3_refusesAssigningACandidateLinkedToAMemberOfThePair() {
        JuryMemberSummary a = member(1, "Bernard", WHOLE);
        JuryMemberSummary b = member(2, "Petit", WHOLE);
        CandidateSummary candidate = candidate(10, "Lefebvre", null);
        Refusal refusal = only(staffing.canAssign(candidate, List.of(a, b),
                List.of(new JuryLink(2, 10, "ancien employeur"))));
        assertThat(refusal.rule()).isEqualTo(RuleId.S3);
        assertThat(refusal.message()).contains("Petit Alex").contains("Lefebvre Camille").contains("ancien employeur");
    }

    @Test
    void S3_ignoresLinksWithOtherCandidatesOrMembers() {
        JuryMemberSummary a = member(1, "Bernard", WHOLE);
        CandidateSummary candidate = candidate(10, "Lefebvre", null);
        assertThat(staffing.canAssign(candidate, List.of(a),
                List.of(new JuryLink(1, 11, "voisin"), new JuryLink(3, 10, "cousin"))).isAllowed()).isTrue();
    }

    @Test
    void S3_refusesFormingAPairOverAlreadyAssignedLinkedCandidates() {
        Refusal refusal = only(staffing.canFormPair(member(1, "Bernard", WHOLE), member(2, "Petit", WHOLE), List.of(),
                PERIOD, List.of(candidate(10, "Lefebvre", null)), List.of(new JuryLink(1, 10, "parent"))));
        assertThat(refusal.rule()).isEqualTo(RuleId.S3);
    }

    // ---- S4 ----

    @Test
    void S4_refusesAProctorWhoIsThePersonWhoTrainedAnEnrolledCandidate() {
        ProctorSummary trainer = new ProctorSummary(5, 1, 40, "Roux", "Sam");
        Refusal refusal = only(staffing.canAssignProctor(trainer, manager(100, 60), null,
                List.of(candidate(10, "Lefebvre", 41L), candidate(11, "Moreau", 40L))));
        assertThat(refusal.rule()).isEqualTo(RuleId.S4);
        assertThat(refusal.message()).contains("Roux Sam").contains("Moreau Camille");
    }

    @Test
    void S4_refusesEnrollingACandidateWhoseTrainerIsTheSamePersonAsAProctor() {
        ProctorSummary trainer = new ProctorSummary(5, 1, 40, "Roux", "Sam");
        Refusal refusal = only(staffing.canEnrol(candidate(11, "Moreau", 40L), List.of(trainer)));
        assertThat(refusal.rule()).isEqualTo(RuleId.S4);
        assertThat(staffing.canEnrol(candidate(12, "Garnier", 41L), List.of(trainer)).isAllowed()).isTrue();
        assertThat(staffing.canEnrol(candidate(13, "Faure", null), List.of(trainer)).isAllowed()).isTrue();
    }

    @Test
    void S4_refusesTheTrainerOfACandidateOnThePlateauUnlessTheReAllowsIt() {
        TrainerSummary trainer = new TrainerSummary(7, 1, 40, "Roux", "Sam");
        List<CandidateSummary> enrolled = List.of(candidate(11, "Moreau", 40L));
        assertThat(only(staffing.canBeOnPlateau(trainer, enrolled, false)).rule()).isEqualTo(RuleId.S4);
        assertThat(staffing.canBeOnPlateau(trainer, enrolled, true).isAllowed()).isTrue();
        assertThat(staffing.canBeOnPlateau(new TrainerSummary(8, 1, 41, "Blanc", "Léa"), enrolled, false).isAllowed())
                .isTrue();
    }

    // ---- S5 ----

    @Test
    void S5_refusesAProctorWhoIsTheSamePersonAsTheResponsable() {
        ProctorSummary manager = new ProctorSummary(5, 1, 60, "Martin", "Claire");
        Refusal refusal = only(staffing.canAssignProctor(manager, manager(100, 60), manager(101, 61), List.of()));
        assertThat(refusal.rule()).isEqualTo(RuleId.S5);
        assertThat(refusal.message()).contains("Martin Claire").contains("responsable");
    }

    @Test
    void S5_refusesAProctorWhoIsTheSamePersonAsTheSubstitute() {
        ProctorSummary substitute = new ProctorSummary(5, 1, 61, "Durand", "Paul");
        assertThat(only(staffing.canAssignProctor(substitute, manager(100, 60), manager(101, 61), List.of())).rule())
                .isEqualTo(RuleId.S5);
        assertThat(staffing.canAssignProctor(substitute, manager(100, 60), null, List.of()).isAllowed()).isTrue();
    }

    @Test
    void S5_refusesNamingAsResponsableThePersonWhoProctorsTheSession() {
        ProctorSummary proctor = new ProctorSummary(5, 1, 61, "Durand", "Paul");
        assertThat(only(staffing.canEdit(PERIOD, List.of(), manager(101, 61), null, List.of(proctor))).rule())
                .isEqualTo(RuleId.S5);
        assertThat(staffing.canEdit(PERIOD, List.of(), manager(102, 62), null, List.of(proctor)).isAllowed()).isTrue();
    }
}
