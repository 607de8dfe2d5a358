package fr.sessiontp.evaluation.application;

import fr.sessiontp.conduct.CandidateAbsence;
import fr.sessiontp.conduct.Conduct;
import fr.sessiontp.evaluation.CandidateOutcome;
import fr.sessiontp.evaluation.Evaluations;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.persistence.EvaluationRepository;
import fr.sessiontp.evaluation.persistence.EvaluationRepository.DeliberationRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evaluation module's API for the reports and retention modules. */
@Service
class EvaluationsService implements Evaluations {

    private final EvaluationRepository repository;
    private final Conduct conduct;

    EvaluationsService(EvaluationRepository repository, Conduct conduct) {
        this.repository = repository;
        this.conduct = conduct;
    }

    /**
     * The jury's decided outcome; for a candidate the responsable recorded absent on the exam day (O2), Absent with
     * who recorded the absence and when, whether or not the jury has opened the candidate's file.
     */
    @Override
    public Optional<CandidateOutcome> outcome(long sessionId, long candidateId) {
        Optional<DeliberationRow> decided = repository.deliberation(sessionId, candidateId);
        Optional<CandidateAbsence> absence = conduct.absence(sessionId, candidateId);
        if (absence.isPresent()) {
            return Optional.of(new CandidateOutcome(sessionId, candidateId, Outcome.ABSENT, List.of(),
                    decided.map(DeliberationRow::observations).orElse(""), "", AbsenceText.of(absence.get())));
        }
        return decided.filter(d -> d.outcome() != null)
                .map(d -> new CandidateOutcome(sessionId, candidateId, Outcome.valueOf(d.outcome()), d.awardedCodes(),
                        d.observations(), d.recommendations(), d.absenceNote()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> gridCounts(long sessionId) {
        return repository.gridCounts(sessionId);
    }

    @Override
    @Transactional
    public Map<Long, Integer> purgeGrids(long sessionId) {
        return repository.deleteGrids(sessionId);
    }
}
