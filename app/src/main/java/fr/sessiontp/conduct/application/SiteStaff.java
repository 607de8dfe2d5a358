package fr.sessiontp.conduct.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.domain.ConductRules;
import fr.sessiontp.conduct.persistence.ConductRepository;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.conduct.persistence.ConductRepository.ManagerPresence;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff on site: who acts as responsable, from when to when and who handed over to whom (S1), proctors briefed before their first sitting (S6)
 * and allowed on the day (S5, S4 through the session module's policies), trainers kept off the plateau (S4).
 */
@Service
public class SiteStaff {

    private final ConductSupport support;
    private final ConductRepository repository;
    private final AuditTrail audit;
    private final ConductRules rules = new ConductRules();
    private final Clock clock;

    SiteStaff(ConductSupport support, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.support = support;
        this.repository = support.repository;
        this.audit = audit;
    }

    /**
     * S1: the responsable, or the substitute designated by the centre, acts on site from {@code from} today (the
     * application's clock). When someone else acts already, this is a hand-over: their presence ends at that time and
     * the new one records who handed over to whom.
     */
    @Transactional
    public void actingManager(long sessionId, long managerId, LocalTime from) {
        SessionView session = support.onSite(sessionId);
        if (from == null) {
            throw new InputRejectedException("fromTime", Messages.get("conduct.error.timesRequired"));
        }
        long sessionManager = session.manager() == null ? -1 : session.manager().id();
        Long substitute = session.substitute() == null ? null : session.substitute().id();
        rules.actingManager(managerId, sessionManager, substitute).orThrow();
        LocalDate today = LocalDate.now(clock);
        Optional<ManagerPresence> acting = acting(sessionId, today);
        rules.handOver(acting.map(ManagerPresence::managerId).orElse(null),
                acting.map(ManagerPresence::fromTime).orElse(null), managerId, from).orThrow();
        String who = ConductSupport.who();
        acting.ifPresent(p -> repository.endManagerPresence(p.id(), from, who));
        repository.saveManagerPresence(sessionId, managerId, today, from,
                acting.map(ManagerPresence::managerId).orElse(null), who);
        String name = nameOf(session, managerId);
        String message = acting.isPresent()
                ? Messages.get("conduct.audit.handOver", nameOf(session, acting.get().managerId()), name, from.toString(),
                        session.summary().number())
                : Messages.get(managerId == sessionManager ? "conduct.audit.managerPresent" : "conduct.audit.substituteTakesOver",
                        name, from.toString(), session.summary().number());
        audit.record("conduct.manager.acting", RuleId.S1, "session", ConductSupport.sid(session), message);
    }

    /** S1: the presence of the responsable acting on site ends at {@code until} today (the end of the day). */
    @Transactional
    public void endPresence(long sessionId, LocalTime until) {
        SessionView session = support.onSite(sessionId);
        if (until == null) {
            throw new InputRejectedException("untilTime", Messages.get("conduct.error.timesRequired"));
        }
        Optional<ManagerPresence> acting = acting(sessionId, LocalDate.now(clock));
        rules.endPresence(acting.map(ManagerPresence::managerId).orElse(null),
                acting.map(ManagerPresence::fromTime).orElse(null), until).orThrow();
        repository.endManagerPresence(acting.orElseThrow().id(), until, ConductSupport.who());
        audit.record("conduct.manager.ended", RuleId.S1, "session", ConductSupport.sid(session),
                Messages.get("conduct.audit.managerEnded", nameOf(session, acting.get().managerId()), until.toString(),
                        session.summary().number()));
    }

    /** Who acts as responsable on site today: the presence recorded today that has not ended. */
    private Optional<ManagerPresence> acting(long sessionId, LocalDate today) {
        return repository.managerPresences(sessionId).stream()
                .filter(p -> p.current() && today.equals(p.day())).reduce((first, second) -> second);
    }

    private static String nameOf(SessionView session, long managerId) {
        SessionManagerSummary manager = session.manager() != null && session.manager().id() == managerId
                ? session.manager() : session.substitute();
        return manager == null ? "—" : manager.displayName();
    }

    /** S6: a proctor of the session briefed on the mission and the incident procedure. */
    @Transactional
    public void brief(long sessionId, long proctorId) {
        SessionView session = support.onSite(sessionId);
        ProctorSummary proctor = proctorOf(session, proctorId);
        repository.saveBriefing(sessionId, proctorId);
        audit.record("conduct.proctor.briefed", RuleId.S6, "session", ConductSupport.sid(session),
                Messages.get("conduct.audit.briefed", proctor.displayName(), session.summary().number()));
    }

    /** S6, then S5 and S4 again on the day: a proctor starts proctoring an épreuve. */
    @Transactional
    public void startSitting(long sessionId, long proctorId, String epreuveCode) {
        SessionView session = support.onSite(sessionId);
        ProctorSummary proctor = proctorOf(session, proctorId);
        EpreuveTemplate epreuve = support.epreuve(session, epreuveCode);
        rules.sitting(repository.briefedProctors(sessionId).contains(proctorId), proctor.displayName()).orThrow();
        support.sessions.proctorMayActOnTheDay(sessionId, proctorId).orThrow();
        repository.saveSitting(sessionId, proctorId, epreuve.code());
        audit.record("conduct.sitting.started", RuleId.S6, "session", ConductSupport.sid(session),
                Messages.get("conduct.audit.sitting", proctor.displayName(), epreuve.label(), session.summary().number()));
    }

    /** S4: a trainer may be on the plateau technique only if they trained no candidate of the session (or the RE allows). */
    @Transactional
    public void trainerOnPlateau(long sessionId, long trainerId) {
        SessionView session = support.onSite(sessionId);
        var trainer = support.people.trainer(trainerId).filter(t -> t.centreId() == session.centre().id())
                .orElseThrow(() -> new InputRejectedException("trainerId", Messages.get("session.error.choose")));
        support.sessions.trainerMayBeOnPlateau(sessionId, trainerId).orThrow();
        audit.record("conduct.plateau.trainer", RuleId.S4, "session", ConductSupport.sid(session),
                Messages.get("conduct.audit.plateau", trainer.displayName(), session.summary().number()));
    }

    private static ProctorSummary proctorOf(SessionView session, long proctorId) {
        return session.proctors().stream().filter(p -> p.id() == proctorId).findFirst()
                .orElseThrow(() -> new InputRejectedException("proctorId", Messages.get("session.error.proctorNotAssigned")));
    }
}
