package fr.sessiontp.conduct.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.domain.ConductRules;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.conduct.persistence.ConductRepository;
import fr.sessiontp.conduct.persistence.ConductRepository.EnvelopeCheck;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.planning.Deroules;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.session.SessionAction;
import fr.sessiontp.session.SessionFact;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionView;
import java.time.LocalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening of the session and the épreuves' hand-outs: check-in (O1), absences (O2), sealed envelopes with a
 * witness (O3, cancellation when unsealed), their content (O4), DTE (O5), late arrivals (O6), instructions (O7).
 */
@Service
public class OpeningDay {

    private final ConductSupport support;
    private final ConductRepository repository;
    private final AuditTrail audit;
    private final Deroules deroules;
    private final ConductRules rules = new ConductRules();

    OpeningDay(ConductSupport support, AuditTrail audit, Deroules deroules) {
        this.support = support;
        this.repository = support.repository;
        this.audit = audit;
        this.deroules = deroules;
    }

    /** Opens the session (CONVENED → OPENED, on a session day with two habilitated jury members: the lifecycle). */
    @Transactional
    public void open(long sessionId) {
        support.session(sessionId);
        support.gate.open(sessionId);
    }

    /** O1: records a candidate present once convocation, identity and (if required) outfit are checked. */
    @Transactional
    public void checkIn(long sessionId, long candidateId, boolean convocation, boolean identity, boolean outfit) {
        SessionView session = support.onSite(sessionId);
        CandidateSummary candidate = ConductSupport.enrolled(session, candidateId);
        boolean required = session.title().requiresOutfit();
        rules.checkIn(convocation, identity, outfit, required).orThrow();
        repository.saveCheckin(sessionId, candidateId, true, true, true, required ? Boolean.TRUE : null, ConductSupport.who());
        audit.record("conduct.candidate.checkedIn", RuleId.O1, "candidate", String.valueOf(candidateId),
                Messages.get(required ? "conduct.audit.checkedInOutfit" : "conduct.audit.checkedIn",
                        candidate.displayName(), session.summary().number()));
    }

    /** O2: records a candidate absent; the jury sees it and the PV lists it. */
    @Transactional
    public void markAbsent(long sessionId, long candidateId) {
        SessionView session = support.onSite(sessionId);
        CandidateSummary candidate = ConductSupport.enrolled(session, candidateId);
        repository.saveCheckin(sessionId, candidateId, false, false, false, null, ConductSupport.who());
        audit.record("conduct.candidate.absent", RuleId.O2, "candidate", String.valueOf(candidateId),
                Messages.get("conduct.audit.absent", candidate.displayName(), session.summary().number()));
    }

    /**
     * O3: the envelopes checked with a present candidate as witness. Unsealed: the session is cancelled with the note
     * as its reason.
     */
    @Transactional
    public void checkEnvelopes(long sessionId, boolean sealed, Long witnessId, String note) {
        SessionView session = support.onSite(sessionId);
        if (witnessId == null) {
            throw new InputRejectedException("witnessId", Messages.get("conduct.error.witnessRequired"));
        }
        if (session.summary().status() != SessionStatus.OPENED) {
            throw new InputRejectedException("global", Messages.get("conduct.error.envelopesDayOne"));
        }
        String text = note == null ? null : note.strip();
        rules.envelopeCheck(witnessId, support.presentIds(sessionId), sealed, text).orThrow();
        CandidateSummary witness = ConductSupport.enrolled(session, witnessId);
        repository.saveEnvelopeCheck(sessionId, sealed, witnessId, text);
        if (sealed) {
            support.gate.record(sessionId, SessionFact.SEAL_CHECKED, witnessId);
        }
        audit.record(sealed ? "conduct.envelopes.sealed" : "conduct.envelopes.unsealed", RuleId.O3, "session",
                ConductSupport.sid(session), Messages.get(sealed ? "conduct.audit.sealed" : "conduct.audit.unsealed",
                        session.summary().number(), witness.displayName(), text == null ? "—" : text));
        if (!sealed) {
            support.gate.cancel(sessionId, RuleId.O3, Messages.get("conduct.cancelReason", witness.displayName(), text));
        }
    }

    /** O4: the envelopes' content checked against the title's épreuves. */
    @Transactional
    public void checkContent(long sessionId, boolean matches, String note) {
        SessionView session = support.onSite(sessionId);
        String text = note == null ? null : note.strip();
        Boolean sealed = repository.envelopeCheck(sessionId).map(EnvelopeCheck::sealed).orElse(null);
        rules.contentCheck(sealed, matches, text).orThrow();
        repository.saveContentCheck(sessionId, matches, text);
        String epreuves = String.join(", ", support.epreuves(session).stream().map(EpreuveTemplate::code).toList());
        audit.record("conduct.envelopes.content", RuleId.O4, "session", ConductSupport.sid(session),
                Messages.get(matches ? "conduct.audit.contentMatches" : "conduct.audit.contentDiffers",
                        session.summary().number(), epreuves, text == null ? "—" : text));
    }

    /** O7 (and J1/J3 items, through {@link JuryReception}): a step done once for the session. */
    @Transactional
    public void recordStep(long sessionId, Step step) {
        SessionView session = support.onSite(sessionId);
        repository.saveStep(sessionId, step, ConductSupport.who());
        audit.record("conduct.step." + step.name(), step.rule(), "session", ConductSupport.sid(session),
                Messages.get("conduct.audit.step", Messages.get(dynamicKey("conduct.step.", step.name())), session.summary().number()));
    }

    /**
     * O3, S2: the épreuves start (OPENED → IN_PROGRESS) only after the envelopes were checked sealed and with two
     * habilitated jury members present at the reception, on a session day: the session's lifecycle decides.
     */
    @Transactional
    public void startEpreuves(long sessionId) {
        SessionView session = support.onSite(sessionId);
        support.gate.startEpreuves(session.id());
    }

    /** O5: a DTE candidat to a present candidate at the start of an épreuve, or the DTE jury to a jury member. */
    @Transactional
    public void handDte(long sessionId, String epreuveCode, Long candidateId, Long juryMemberId) {
        SessionView session = support.onSite(sessionId);
        EpreuveTemplate epreuve = support.epreuve(session, epreuveCode);
        support.gate.require(sessionId, SessionAction.HAND_DTE);
        String recipient;
        if (candidateId != null) {
            CandidateSummary candidate = ConductSupport.enrolled(session, candidateId);
            rules.dteToCandidate(candidateId, support.presentIds(sessionId)).orThrow();
            repository.saveDteHandout(sessionId, epreuve.code(), candidateId, null);
            recipient = candidate.displayName();
        } else if (juryMemberId != null) {
            JuryMemberSummary member = session.juryPairs().stream().flatMap(p -> p.members().stream())
                    .filter(m -> m != null && m.id() == juryMemberId).findFirst()
                    .orElseThrow(() -> new InputRejectedException("juryMemberId", Messages.get("session.error.juryMemberUnknown")));
            repository.saveDteHandout(sessionId, epreuve.code(), null, juryMemberId);
            recipient = member.displayName();
        } else {
            throw new InputRejectedException("recipient", Messages.get("conduct.error.recipientRequired"));
        }
        audit.record("conduct.dte.handed", RuleId.O5, "session", ConductSupport.sid(session),
                Messages.get(candidateId != null ? "conduct.audit.dteCandidate" : "conduct.audit.dteJury",
                        recipient, epreuve.label(), session.summary().number()));
    }

    /**
     * O6: a late candidate admitted or refused; the épreuve still ends at its planned time: the end of the candidate's
     * sitting of that épreuve in the session's déroulé (a typed planned end that differs is refused), or, without a
     * déroulé, the planned end typed by the responsable. O1: a candidate not yet recorded present is admitted only once
     * convocation, identity (and outfit when required) are checked, and is then recorded present.
     */
    @Transactional
    public void recordLateArrival(long sessionId, long candidateId, String epreuveCode, LocalTime arrivedAt,
                                  LocalTime plannedEnd, LocalTime requestedEnd, boolean admitted,
                                  IdentityChecks checks) {
        SessionView session = support.onSite(sessionId);
        CandidateSummary candidate = ConductSupport.enrolled(session, candidateId);
        EpreuveTemplate epreuve = support.epreuve(session, epreuveCode);
        LocalTime derouleEnd = deroules.sittingOf(sessionId, candidateId, epreuve.code())
                .map(Deroules.Sitting::end).orElse(null);
        if (arrivedAt == null || (plannedEnd == null && derouleEnd == null)) {
            throw new InputRejectedException("arrivedAt", Messages.get("conduct.error.timesRequired"));
        }
        if (derouleEnd != null) {
            rules.lateArrivalOnDeroule(arrivedAt, derouleEnd, plannedEnd, requestedEnd, admitted).orThrow();
        } else {
            rules.lateArrival(arrivedAt, plannedEnd, requestedEnd, admitted).orThrow();
        }
        LocalTime end = derouleEnd != null ? derouleEnd : plannedEnd;
        boolean checkInNow = admitted && !support.presentIds(sessionId).contains(candidateId);
        boolean required = session.title().requiresOutfit();
        if (checkInNow) {
            rules.checkIn(checks.convocation(), checks.identity(), checks.outfit(), required).orThrow();
        }
        repository.saveLateArrival(sessionId, candidateId, epreuve.code(), arrivedAt, end, admitted);
        if (checkInNow) {
            repository.saveCheckin(sessionId, candidateId, true, true, true, required ? Boolean.TRUE : null,
                    ConductSupport.who());
            audit.record("conduct.candidate.checkedIn", RuleId.O1, "candidate", String.valueOf(candidateId),
                    Messages.get(required ? "conduct.audit.checkedInOutfit" : "conduct.audit.checkedIn",
                            candidate.displayName(), session.summary().number()));
        }
        audit.record("conduct.late." + (admitted ? "admitted" : "refused"), RuleId.O6, "candidate",
                String.valueOf(candidateId), Messages.get(admitted ? "conduct.audit.lateAdmitted" : "conduct.audit.lateRefused",
                        candidate.displayName(), epreuve.label(), arrivedAt.toString(), end.toString()));
    }

    /** O1: what the responsable checked when a late candidate arrives (convocation, identity, outfit). */
    public record IdentityChecks(boolean convocation, boolean identity, boolean outfit) {

        public static IdentityChecks none() {
            return new IdentityChecks(false, false, false);
        }
    }

    /** A message key built from a prefix and a value (an enum constant, a field name). */
    private static String dynamicKey(String prefix, Object value) {
        return prefix + value;
    }
}
