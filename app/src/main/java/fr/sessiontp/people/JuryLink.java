package fr.sessiontp.people;

/** A declared personal or professional link between a jury member and a candidate (S3). */
public record JuryLink(long juryMemberId, long candidateId, String nature) {
}
