package fr.sessiontp.conduct;

import java.time.Instant;

/** A candidate recorded absent on the exam day (O2), by whom and when: the one source of presence for the PV. */
public record CandidateAbsence(long sessionId, long candidateId, String recordedBy, Instant recordedAt) {
}
