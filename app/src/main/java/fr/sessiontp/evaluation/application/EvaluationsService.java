package fr.sessiontp.evaluation.application;

import fr.sessiontp.evaluation.CandidateOutcome;
import fr.sessiontp.evaluation.Evaluations;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.persistence.EvaluationRepository;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evaluation module's API for the reports and retention modules. */
@Service
class EvaluationsService implements Evaluations {

    private final EvaluationRepository repository;

    EvaluationsService(EvaluationRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<CandidateOutcome> outcome(long sessionId, long candidateId) {
        return repository.deliberation(sessionId, candidateId).filter(d -> d.outcome() != null)
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
