package fr.sessiontp.people.domain;

import java.time.OffsetDateTime;

/** A declared link (S3) between a jury member and a candidate, with the candidate's name and when it was declared. */
public record DeclaredLink(long id, long juryMemberId, long candidateId, String candidateName, String candidateIdentifier,
                           String nature, OffsetDateTime declaredAt) {
}
