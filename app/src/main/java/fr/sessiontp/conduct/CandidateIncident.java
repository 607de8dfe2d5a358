package fr.sessiontp.conduct;

import java.time.Instant;

/**
 * An incident or a fraud written up for a candidate (X5), signed by the named witnesses.
 *
 * @param kind {@code INCIDENT} or {@code FRAUD}
 */
public record CandidateIncident(long id, long sessionId, long candidateId, String kind, String description,
                                String witnesses, Instant occurredAt, String recordedBy) {
}
