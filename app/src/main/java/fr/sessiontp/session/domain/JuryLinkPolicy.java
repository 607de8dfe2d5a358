package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryLink;
import fr.sessiontp.people.JuryMemberSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** S3 — no declared personal or professional link between a jury member and a candidate they evaluate. */
public final class JuryLinkPolicy {

    /**
     * Whether the pair of {@code members} may evaluate {@code candidates}, given the declared links (any links may be
     * passed: only those between these members and these candidates count).
     */
    public Decision canEvaluate(Collection<JuryMemberSummary> members, Collection<CandidateSummary> candidates,
                                Collection<JuryLink> links) {
        List<Decision> refusals = new ArrayList<>();
        for (JuryLink link : links) {
            JuryMemberSummary member = members.stream().filter(m -> m.id() == link.juryMemberId()).findFirst().orElse(null);
            CandidateSummary candidate = candidates.stream().filter(c -> c.id() == link.candidateId()).findFirst().orElse(null);
            if (member != null && candidate != null) {
                refusals.add(Decision.refused(RuleId.S3, "session.refusal.S3.linked", member.displayName(),
                        candidate.displayName(), link.nature()));
            }
        }
        return Decision.all(refusals.toArray(Decision[]::new));
    }
}
