package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.session.persistence.SessionRepository.PairRow;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dissolves a jury pair; its candidates are no longer assigned to a pair. */
@Service
public class DissolveJuryPair {

    private final SessionSupport support;
    private final AuditTrail audit;

    DissolveJuryPair(SessionSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional
    public void dissolve(long sessionId, long pairId) {
        SessionRow session = SessionSupport.requireOpen(support.lock(sessionId));
        PairRow pair = support.sessions.pairs(sessionId).stream().filter(p -> p.id() == pairId).findFirst()
                .orElseThrow(() -> new InputRejectedException("pairId", Messages.get("session.error.pairUnknown")));
        support.sessions.deletePair(sessionId, pairId);
        audit.record("session.juryPair.dissolved", null, "session", String.valueOf(sessionId),
                Messages.get("session.audit.pairDissolved", pair.position(), session.number()));
    }
}
