package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryLink;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.people.TrainerSummary;
import java.util.Collection;
import java.util.List;

/**
 * The staffing rules of a session in one place for the use cases: each rule lives in its own policy (S2
 * {@link JuryPresencePolicy}, X2 {@link JuryHabilitationPolicy}, S3 {@link JuryLinkPolicy}, S4
 * {@link TrainerProctorPolicy}, S5 {@link ManagerProctorPolicy}); this class says which apply to which action.
 */
public final class SessionStaffingPolicy {

    private final JuryPresencePolicy presence = new JuryPresencePolicy();
    private final JuryHabilitationPolicy habilitation = new JuryHabilitationPolicy();
    private final JuryLinkPolicy links = new JuryLinkPolicy();
    private final TrainerProctorPolicy trainers = new TrainerProctorPolicy();
    private final ManagerProctorPolicy managers = new ManagerProctorPolicy();

    /** S2: whether the session's jury allows it to start. */
    public Decision canStart(Collection<JuryMemberSummary> membersInPairs, SessionPeriod period) {
        return presence.canStart(membersInPairs, period);
    }

    /** S2 then X2 then S3 (over candidates already assigned, if any): forming a pair. */
    public Decision canFormPair(JuryMemberSummary a, JuryMemberSummary b, Collection<Long> membersInPairs,
                                SessionPeriod period, Collection<CandidateSummary> assignedCandidates,
                                Collection<JuryLink> declaredLinks) {
        Decision s2 = presence.canFormPair(a, b, membersInPairs, period.titleId());
        if (s2.isRefused()) {
            return s2;
        }
        Decision x2 = habilitation.coverAll(List.of(a, b), period);
        if (x2.isRefused()) {
            return x2;
        }
        return links.canEvaluate(List.of(a, b), assignedCandidates, declaredLinks);
    }

    /** S3: assigning a candidate to a pair. */
    public Decision canAssign(CandidateSummary candidate, Collection<JuryMemberSummary> pairMembers,
                              Collection<JuryLink> declaredLinks) {
        return links.canEvaluate(pairMembers, List.of(candidate), declaredLinks);
    }

    /** S4: enrolling a candidate in a session with these proctors. */
    public Decision canEnrol(CandidateSummary candidate, Collection<ProctorSummary> proctors) {
        return trainers.canEnrol(candidate, proctors);
    }

    /** S5 then S4: assigning a proctor. */
    public Decision canAssignProctor(ProctorSummary proctor, SessionManagerSummary manager,
                                     SessionManagerSummary substitute, Collection<CandidateSummary> enrolled) {
        Decision s5 = managers.canProctor(proctor, manager, substitute);
        return s5.isRefused() ? s5 : trainers.canProctor(proctor, enrolled);
    }

    /** X2 over every paired member and S5 over every proctor: changing a session's title, dates or responsables. */
    public Decision canEdit(SessionPeriod period, Collection<JuryMemberSummary> membersInPairs,
                            SessionManagerSummary manager, SessionManagerSummary substitute,
                            Collection<ProctorSummary> proctors) {
        return Decision.all(habilitation.coverAll(membersInPairs, period),
                managers.canName(manager, substitute, proctors));
    }

    /** S4: a trainer on the plateau technique on the day. */
    public Decision canBeOnPlateau(TrainerSummary trainer, Collection<CandidateSummary> enrolled, boolean allowedByRe) {
        return trainers.canBeOnPlateau(trainer, enrolled, allowedByRe);
    }
}
