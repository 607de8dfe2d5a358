package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.TrainerSummary;
import java.util.Collection;
import java.util.Objects;

/**
 * S4 — a trainer who trained or coached a candidate of the session may not proctor it, nor be on its plateau technique
 * (unless the RE allows it). Being that trainer is being the same person: the proctor's person is compared with the
 * person of each candidate's trainer.
 */
public final class TrainerProctorPolicy {

    /** Whether {@code proctor} may proctor a session whose enrolled candidates are {@code candidates}. */
    public Decision canProctor(ProctorSummary proctor, Collection<CandidateSummary> candidates) {
        return candidates.stream()
                .filter(c -> trainedBy(c, proctor.personId()))
                .findFirst()
                .map(c -> Decision.refused(RuleId.S4, "session.refusal.S4.trainerOfCandidate",
                        proctor.displayName(), c.displayName()))
                .orElse(Decision.allowed());
    }

    /** Whether {@code candidate} may be enrolled in a session proctored by {@code proctors}. */
    public Decision canEnrol(CandidateSummary candidate, Collection<ProctorSummary> proctors) {
        return proctors.stream()
                .filter(p -> trainedBy(candidate, p.personId()))
                .findFirst()
                .map(p -> Decision.refused(RuleId.S4, "session.refusal.S4.trainerIsProctor",
                        candidate.displayName(), p.displayName()))
                .orElse(Decision.allowed());
    }

    /**
     * Whether the trainer may be on the plateau technique of a session whose candidates are {@code candidates}: not if
     * they trained one of them, unless the RE allows it.
     */
    public Decision canBeOnPlateau(TrainerSummary trainer, Collection<CandidateSummary> candidates,
                                   boolean allowedByRe) {
        if (allowedByRe) {
            return Decision.allowed();
        }
        return candidates.stream()
                .filter(c -> trainedBy(c, trainer.personId()))
                .findFirst()
                .map(c -> Decision.refused(RuleId.S4, "session.refusal.S4.trainerOnPlateau", trainer.displayName(),
                        c.displayName()))
                .orElse(Decision.allowed());
    }

    private static boolean trainedBy(CandidateSummary candidate, long personId) {
        return Objects.equals(candidate.trainerPersonId(), personId);
    }
}
