package fr.sessiontp.people.domain;

import java.time.OffsetDateTime;

/**
 * A centre's proposal of a jury member for a title, waiting for (or decided by) the authority of the member's region.
 * {@code decision} is null while pending, else ACCEPTED or REFUSED, with who decided and when.
 */
public record JuryProposal(long id, long juryMemberId, String memberName, String memberEmail, String profession,
                           String region, long centreId, String centreName, long titleId, String titleLabel,
                           String note, String proposedBy, OffsetDateTime proposedAt, String decision,
                           String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

    public boolean isPending() {
        return decision == null;
    }
}
