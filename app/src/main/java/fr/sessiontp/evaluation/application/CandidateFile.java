package fr.sessiontp.evaluation.application;

import fr.sessiontp.conduct.CandidateAbsence;
import fr.sessiontp.evaluation.domain.DeliberationInputs;
import fr.sessiontp.evaluation.domain.SynthesisGrid;
import fr.sessiontp.evaluation.persistence.EvaluationRepository.DeliberationRow;
import fr.sessiontp.evaluation.persistence.EvaluationRepository.FinalInterviewRow;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.session.SessionView;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the jury deliberates from for one candidate: the session, the pair, the applicable inputs (X1), the
 * grids (J2), the decision so far, and the absence the responsable recorded on the exam day (O2), if any.
 */
public record CandidateFile(SessionView session, CandidateSummary candidate, SessionView.JuryPair pair,
                            DeliberationInputs inputs, List<EpreuveTemplate> epreuves, Map<String, String> observations,
                            FinalInterviewRow finalInterview, List<Certificate> certificatesOfKind,
                            Set<Long> certificatesSat, SynthesisGrid synthesis, DeliberationRow deliberation,
                            boolean mayEdit, CandidateAbsence absence) {

    public boolean recordedAbsent() {
        return absence != null;
    }
}
