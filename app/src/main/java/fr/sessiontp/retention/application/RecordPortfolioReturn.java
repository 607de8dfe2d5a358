package fr.sessiontp.retention.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.retention.domain.PortfolioReturn;
import fr.sessiontp.retention.domain.RetentionPolicy;
import fr.sessiontp.retention.persistence.RetentionRepository;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A4: the responsable records that every copy of a candidate's DP was returned; a copy kept by the centre needs the
 * candidate's written authorisation (date and reference of the signed document), recorded with who recorded it.
 */
@Service
public class RecordPortfolioReturn {

    private final Sessions sessions;
    private final RetentionRepository repository;
    private final RetentionPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    RecordPortfolioReturn(Sessions sessions, RetentionRepository repository, RetentionPolicy policy, AuditTrail audit,
                          Clock clock) {
        this.sessions = sessions;
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void record(long sessionId, long candidateId, PortfolioReturn portfolioReturn) {
        SessionView session = sessions.session(sessionId).orElseThrow(NoSuchElementException::new);
        CandidateSummary candidate = session.candidates().stream().filter(c -> c.id() == candidateId).findFirst()
                .orElseThrow(NoSuchElementException::new);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        if (portfolioReturn.returnedOn() == null) {
            errors.put("returnedOn", Messages.get("retention.error.returnedOnRequired"));
        } else if (portfolioReturn.returnedOn().isAfter(today)) {
            errors.put("returnedOn", Messages.get("retention.error.dateInFuture"));
        }
        if (portfolioReturn.authorisationDate() != null && portfolioReturn.authorisationDate().isAfter(today)) {
            errors.put("authorisationDate", Messages.get("retention.error.dateInFuture"));
        }
        if (portfolioReturn.authorisationReference() != null && portfolioReturn.authorisationReference().length() > 200) {
            errors.put("authorisationReference", Messages.get("retention.error.referenceTooLong"));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        policy.mayRecordReturn(portfolioReturn).orThrow();
        PortfolioReturn stored = portfolioReturn.copyKept() ? new PortfolioReturn(portfolioReturn.returnedOn(), true,
                portfolioReturn.authorisationDate(), portfolioReturn.authorisationReference().strip())
                : new PortfolioReturn(portfolioReturn.returnedOn(), false, null, null);
        repository.saveReturn(sessionId, candidateId, stored, Actors.current());
        audit.record("retention.portfolio.returned", RuleId.A4, "candidate", String.valueOf(candidateId),
                stored.copyKept()
                        ? Messages.get("retention.audit.returnedCopyKept", candidate.displayName(),
                        session.summary().number(), SessionFileService.french(stored.returnedOn()),
                        stored.authorisationReference(), SessionFileService.french(stored.authorisationDate()))
                        : Messages.get("retention.audit.returned", candidate.displayName(), session.summary().number(),
                        SessionFileService.french(stored.returnedOn())));
    }
}
