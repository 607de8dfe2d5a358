package fr.sessiontp.conduct;

import fr.sessiontp.common.Decision;
import java.util.List;
import java.util.Optional;

/**
 * The conduct module's API for the evaluation and reports modules: whether the jury reception is complete (J1; no
 * evaluation before), the absences (O2) and each candidate's incidents (X5) for the PV.
 */
public interface Conduct {

    /** J1: REAC/RE handed, plateau and déroulé presented, files handed, charter recalled, every member confirmed. */
    boolean juryReceptionComplete(long sessionId);

    /** Allowed once the jury reception is complete, otherwise refused with J1 (for {@code orThrow()}). */
    Decision evaluationMayStart(long sessionId);

    /** O2: the candidates recorded absent. */
    List<Long> absentCandidateIds(long sessionId);

    /** O2: the candidate's absence as the responsable recorded it on the exam day (who, when), if recorded absent. */
    Optional<CandidateAbsence> absence(long sessionId, long candidateId);

    /** X5: the incidents and frauds written up for a candidate of the session, oldest first. */
    List<CandidateIncident> incidentsOf(long sessionId, long candidateId);
}
