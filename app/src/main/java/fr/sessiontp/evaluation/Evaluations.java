package fr.sessiontp.evaluation;

import java.util.Optional;

/** The evaluation module's API, for the reports module: the outcome the jury decided for a candidate. */
public interface Evaluations {

    /** The decided outcome of a candidate at a session, if the jury has decided one. */
    Optional<CandidateOutcome> outcome(long sessionId, long candidateId);
}
