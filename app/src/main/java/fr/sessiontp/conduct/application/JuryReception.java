package fr.sessiontp.conduct.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.domain.ConductRules;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.conduct.persistence.ConductRepository;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.session.SessionFact;
import fr.sessiontp.session.SessionView;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The jury reception (J1, with S3 at reception), the draw of topics by lot (J2), durations reminded (J3). */
@Service
public class JuryReception {

    private final ConductSupport support;
    private final ConductRepository repository;
    private final OpeningDay opening;
    private final AuditTrail audit;
    private final ConductRules rules = new ConductRules();
    private final SecureRandom random = new SecureRandom();

    JuryReception(ConductSupport support, OpeningDay opening, AuditTrail audit) {
        this.support = support;
        this.repository = support.repository;
        this.opening = opening;
        this.audit = audit;
    }

    /** J1/J3: a reception item done, or the durations reminded. */
    @Transactional
    public void recordItem(long sessionId, Step step) {
        if (step.rule() != RuleId.J1 && step.rule() != RuleId.J3) {
            throw new InputRejectedException("step", Messages.get("conduct.error.stepUnknown"));
        }
        opening.recordStep(sessionId, step);
    }

    /**
     * J1/S3: a jury member of the session, present at the reception, confirms having no link with their candidates
     * (refused if one is declared); their presence is recorded for S2.
     */
    @Transactional
    public void confirmNoLink(long sessionId, long juryMemberId) {
        SessionView session = support.onSite(sessionId);
        JuryMemberSummary member = session.juryPairs().stream().flatMap(p -> p.members().stream())
                .filter(m -> m != null && m.id() == juryMemberId).findFirst()
                .orElseThrow(() -> new InputRejectedException("juryMemberId", Messages.get("session.error.juryMemberUnknown")));
        support.sessions.juryMemberHasNoLink(sessionId, juryMemberId).orThrow();
        repository.confirmNoLink(sessionId, juryMemberId);
        support.gate.record(sessionId, SessionFact.JURY_MEMBER_PRESENT, juryMemberId);
        audit.record("conduct.jury.noLinkConfirmed", RuleId.S3, "session", ConductSupport.sid(session),
                Messages.get("conduct.audit.noLink", member.displayName(), session.summary().number()));
    }

    /** J2: draws one topic by lot (secure random) among those entered for an épreuve, and records it. */
    @Transactional
    public String drawTopic(long sessionId, String epreuveCode, String topicsText) {
        SessionView session = support.onSite(sessionId);
        EpreuveTemplate epreuve = support.epreuve(session, epreuveCode);
        List<String> topics = topicsText == null ? List.of() : Arrays.stream(topicsText.split("\\R"))
                .map(String::strip).filter(t -> !t.isEmpty()).map(t -> t.length() > 500 ? t.substring(0, 500) : t)
                .distinct().limit(50).toList();
        rules.draw(topics).orThrow();
        String drawn = topics.get(random.nextInt(topics.size()));
        repository.saveDraw(sessionId, epreuve.code(), topics, drawn);
        audit.record("conduct.topic.drawn", RuleId.J2, "session", ConductSupport.sid(session),
                Messages.get("conduct.audit.drawn", drawn, topics.size(), epreuve.label(), session.summary().number()));
        return drawn;
    }
}
