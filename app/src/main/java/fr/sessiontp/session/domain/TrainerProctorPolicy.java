package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.ProctorSummary;
import java.util.Collection;
import java.util.Objects;

/** S4 — a trainer who trained or coached a candidate of the session may not proctor it. */
public final class TrainerProctorPolicy {

    /** Whether {@code proctor} may proctor a session whose enrolled candidates are {@code candidates}. */
    public Decision canProctor(ProctorSummary proctor, Collection<CandidateSummary> candidates) {
        if (proctor.trainerId() == null) {
            return Decision.allowed();
        }
        return candidates.stream()
                .filter(c -> Objects.equals(c.trainerId(), proctor.trainerId()))
                .findFirst()
                .map(c -> Decision.refused(RuleId.S4, "session.refusal.S4.trainerOfCandidate",
                        proctor.displayName(), c.displayName()))
                .orElse(Decision.allowed());
    }

    /** Whether {@code candidate} may be enrolled in a session proctored by {@code proctors}. */
    public Decision canEnrol(CandidateSummary candidate, Collection<ProctorSummary> proctors) {
        if (candidate.trainerId() == null) {
            return Decision.allowed();
        }
        return proctors.stream()
                .filter(p -> Objects.equals(p.trainerId(), candidate.trainerId()))
                .findFirst()
                .map(p -> Decision.refused(RuleId.S4, "session.refusal.S4.trainerIsProctor",
                        candidate.displayName(), p.displayName()))
                .orElse(Decision.allowed());
    }

    /**
     * Whether the trainer {@code trainerId} may be on the plateau technique of a session whose candidates are
     * {@code candidates}: not if they trained one of them, unless the RE allows it.
     */
    public Decision canBeOnPlateau(long trainerId, String trainerName, Collection<CandidateSummary> candidates,
                                   boolean allowedByRe) {
        if (allowedByRe) {
            return Decision.allowed();
        }
        return candidates.stream()
                .filter(c -> Objects.equals(c.trainerId(), trainerId))
                .findFirst()
                .map(c -> Decision.refused(RuleId.S4, "session.refusal.S4.trainerOnPlateau", trainerName,
                        c.displayName()))
                .orElse(Decision.allowed());
    }
}
