package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.session.domain.SessionStaffingPolicy;
import fr.sessiontp.session.persistence.SessionRepository.PairRow;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms a jury pair (binôme): two distinct members, in no other pair of the session, habilitated for the title (S2)
 * over the whole session (X2).
 */
@Service
public class FormJuryPair {

    private final SessionSupport support;
    private final AuditTrail audit;
    private final SessionStaffingPolicy policy = new SessionStaffingPolicy();

    FormJuryPair(SessionSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional
    public long form(long sessionId, long memberAId, long memberBId) {
        SessionRow session = SessionSupport.requireOpen(support.lock(sessionId));
        JuryMemberSummary a = support.juryMember("memberAId", memberAId);
        JuryMemberSummary b = support.juryMember("memberBId", memberBId);
        List<PairRow> pairs = support.sessions.pairs(sessionId);
        policy.canFormPair(a, b, SessionSupport.memberIds(pairs), SessionSupport.period(session), List.of(), List.of())
                .orThrow();
        PairRow pair = support.sessions.insertPair(sessionId, memberAId, memberBId);
        audit.record("session.juryPair.formed", RuleId.X2, "session", String.valueOf(sessionId),
                Messages.get("session.audit.pairFormed", pair.position(), session.number(), a.displayName(),
                        b.displayName()));
        return pair.id();
    }
}
