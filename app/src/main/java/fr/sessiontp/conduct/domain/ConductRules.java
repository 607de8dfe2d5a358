package fr.sessiontp.conduct.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rules of the exam days, each in one method: O1 check-in, O3 envelopes and their witness, O4 content after the
 * seal, O5 DTE to present candidates, O6 late arrivals, S6 briefed proctors, J1 jury reception, J2 topics, X5
 * incidents.
 */
public final class ConductRules {

    /** O1: a candidate is recorded present only once convocation, identity (and outfit when required) are checked. */
    public Decision checkIn(boolean convocation, boolean identity, boolean outfit, boolean outfitRequired) {
        if (!convocation) {
            return Decision.refused(RuleId.O1, "conduct.refusal.O1.convocation");
        }
        if (!identity) {
            return Decision.refused(RuleId.O1, "conduct.refusal.O1.identity");
        }
        if (outfitRequired && !outfit) {
            return Decision.refused(RuleId.O1, "conduct.refusal.O1.outfit");
        }
        return Decision.allowed();
    }

    /** O3: the witness of the envelope check is a candidate of the session recorded present; unsealed needs a note. */
    public Decision envelopeCheck(long witnessId, Collection<Long> presentCandidateIds, boolean sealed, String note) {
        if (!presentCandidateIds.contains(witnessId)) {
            return Decision.refused(RuleId.O3, "conduct.refusal.O3.witness");
        }
        if (!sealed && (note == null || note.isBlank())) {
            return Decision.refused(RuleId.O3, "conduct.refusal.O3.note");
        }
        return Decision.allowed();
    }

    /** O4: the content is checked after the envelopes were found sealed; a mismatch is described. */
    public Decision contentCheck(Boolean envelopesSealed, boolean matches, String note) {
        if (envelopesSealed == null || !envelopesSealed) {
            return Decision.refused(RuleId.O4, "conduct.refusal.O4.sealFirst");
        }
        if (!matches && (note == null || note.isBlank())) {
            return Decision.refused(RuleId.O4, "conduct.refusal.O4.note");
        }
        return Decision.allowed();
    }

    /** O5: the DTE candidat goes to a candidate recorded present. */
    public Decision dteToCandidate(long candidateId, Collection<Long> presentCandidateIds) {
        return presentCandidateIds.contains(candidateId) ? Decision.allowed()
                : Decision.refused(RuleId.O5, "conduct.refusal.O5.notPresent");
    }

    /**
     * O6 with a déroulé: the épreuve ends at the end of the candidate's sitting in the déroulé; a typed planned end
     * that differs is refused (the end time of the épreuve does not change), then {@link #lateArrival} applies.
     */
    public Decision lateArrivalOnDeroule(LocalTime arrival, LocalTime derouleEnd, LocalTime typedEnd,
                                         LocalTime requestedEnd, boolean admitted) {
        if (typedEnd != null && !typedEnd.equals(derouleEnd)) {
            return Decision.refused(RuleId.O6, "conduct.refusal.O6.notDeroule", derouleEnd.toString());
        }
        return lateArrival(arrival, derouleEnd, requestedEnd, admitted);
    }

    /**
     * O6: a late candidate is admitted or not by the responsable; the épreuve still ends at its planned time, and
     * nobody is admitted once it has ended.
     */
    public Decision lateArrival(LocalTime arrival, LocalTime plannedEnd, LocalTime requestedEnd, boolean admitted) {
        if (requestedEnd != null && !requestedEnd.equals(plannedEnd)) {
            return Decision.refused(RuleId.O6, "conduct.refusal.O6.endChanged", plannedEnd.toString());
        }
        if (admitted && !arrival.isBefore(plannedEnd)) {
            return Decision.refused(RuleId.O6, "conduct.refusal.O6.afterEnd", plannedEnd.toString());
        }
        return Decision.allowed();
    }

    /** S6: a proctor's sitting is recorded only after their briefing. */
    public Decision sitting(boolean briefed, String proctorName) {
        return briefed ? Decision.allowed() : Decision.refused(RuleId.S6, "conduct.refusal.S6.notBriefed", proctorName);
    }

    /** S1: who acts as responsable is the session's responsable or the substitute designated by the centre. */
    public Decision actingManager(long managerId, long sessionManagerId, Long substituteId) {
        if (managerId == sessionManagerId || (substituteId != null && managerId == substituteId)) {
            return Decision.allowed();
        }
        return Decision.refused(RuleId.S1, "conduct.refusal.S1.notDesignated");
    }

    /**
     * S1: a hand-over to another responsable: the person acting now (if any, today) is not the one taking over, and the
     * hand-over comes after they took over.
     */
    public Decision handOver(Long actingManagerId, LocalTime actingFrom, long takingOverId, LocalTime from) {
        if (actingManagerId == null) {
            return Decision.allowed();
        }
        if (actingManagerId == takingOverId) {
            return Decision.refused(RuleId.S1, "conduct.refusal.S1.alreadyActing");
        }
        if (!from.isAfter(actingFrom)) {
            return Decision.refused(RuleId.S1, "conduct.refusal.S1.handOverBeforeStart", actingFrom.toString());
        }
        return Decision.allowed();
    }

    /** S1: the end of the responsable's presence on site today: someone acts, and the end comes after their start. */
    public Decision endPresence(Long actingManagerId, LocalTime actingFrom, LocalTime until) {
        if (actingManagerId == null) {
            return Decision.refused(RuleId.S1, "conduct.refusal.S1.nobodyActing");
        }
        if (!until.isAfter(actingFrom)) {
            return Decision.refused(RuleId.S1, "conduct.refusal.S1.endBeforeStart", actingFrom.toString());
        }
        return Decision.allowed();
    }

    /** J1: every reception item done and every jury member of the session confirmed having no link. */
    public Decision receptionComplete(Set<Step> done, Collection<Long> confirmedMembers, Collection<Long> members) {
        List<Step> missing = Step.of(RuleId.J1).stream().filter(s -> !done.contains(s)).toList();
        if (!missing.isEmpty()) {
            return Decision.refused(RuleId.J1, "conduct.refusal.J1.itemsMissing", missing.size());
        }
        long unconfirmed = members.stream().filter(m -> !confirmedMembers.contains(m)).count();
        if (members.isEmpty() || unconfirmed > 0) {
            return Decision.refused(RuleId.J1, "conduct.refusal.J1.linksUnconfirmed", unconfirmed);
        }
        return Decision.allowed();
    }

    /** J2: a draw by lot needs at least two distinct topics. */
    public Decision draw(List<String> topics) {
        return topics.stream().distinct().count() >= 2 ? Decision.allowed()
                : Decision.refused(RuleId.J2, "conduct.refusal.J2.topics");
    }

    /** X5: an incident is written up and signed by at least one named witness who confirmed it. */
    public Decision incident(String description, String witnesses, boolean confirmed) {
        if (description == null || description.isBlank()) {
            return Decision.refused(RuleId.X5, "conduct.refusal.X5.description");
        }
        if (witnesses == null || witnesses.isBlank()) {
            return Decision.refused(RuleId.X5, "conduct.refusal.X5.witnesses");
        }
        if (!confirmed) {
            return Decision.refused(RuleId.X5, "conduct.refusal.X5.unconfirmed");
        }
        return Decision.allowed();
    }

    /** O8: the information sheet is complete when address, postal code, city and phone are known. */
    public boolean informationSheetComplete(String address, String postalCode, String city, String phone) {
        return !(blank(address) || blank(postalCode) || blank(city) || blank(phone));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
