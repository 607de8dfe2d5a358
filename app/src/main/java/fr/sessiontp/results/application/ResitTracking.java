package fr.sessiontp.results.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.reports.GeneralReportSnapshot;
import fr.sessiontp.reports.GeneralReports;
import fr.sessiontp.results.domain.CeresExportPolicy;
import fr.sessiontp.results.domain.ResitDeadline;
import fr.sessiontp.results.persistence.ResitRepository;
import fr.sessiontp.results.persistence.ResitRepository.ResitRow;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionStatusChanged;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * X6: records the re-sit deadlines of a session when the authority validates its reports (in the same transaction as
 * the move), closes earlier deadlines of candidates who now have validated results again for the same title, and
 * lists a centre's open deadlines, soonest first, with the policy's warning.
 */
@Service
public class ResitTracking {

    private static final Logger LOG = LoggerFactory.getLogger(ResitTracking.class);
    public static final int PAGE_SIZE = 50;

    private final Sessions sessions;
    private final GeneralReports reports;
    private final ResitRepository repository;
    private final ResitDeadline policy;
    private final AuditTrail audit;
    private final Clock clock;

    ResitTracking(Sessions sessions, GeneralReports reports, ResitRepository repository, ResitDeadline policy,
                  AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.reports = reports;
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** A deadline as a list shows it. */
    public record Resit(ResitRow row, ResitDeadline.Assessment assessment) {
    }

    public record ResitPage(List<Resit> resits, int page, long total, int pageSize) {

        public boolean hasNext() {
            return (long) (page + 1) * pageSize < total;
        }
    }

    @EventListener
    void onStatusChanged(SessionStatusChanged event) {
        if (event.to() == SessionStatus.VALIDATED) {
            record(event.sessionId());
        }
    }

    /**
     * Records the deadlines from the session's countersigned general PV; does nothing (and says so in the log) when
     * there is none, so that validating a session never fails because of this module.
     *
     * @return the number of deadlines recorded
     */
    @Transactional
    public int record(long sessionId) {
        Optional<SessionView> session = sessions.session(sessionId);
        Optional<GeneralReportSnapshot> report = reports.latestGeneralReport(sessionId);
        if (session.isEmpty() || report.isEmpty() || !report.get().countersigned()) {
            LOG.warn("Session {} validated without a countersigned general PV: no re-sit deadline recorded", sessionId);
            return 0;
        }
        SessionView s = session.get();
        GeneralReportSnapshot pv = report.get();
        int recorded = 0;
        int closed = 0;
        for (GeneralReportSnapshot.Line line : pv.lines()) {
            closed += repository.close(line.candidateId(), s.title().id(), pv.startDate(), sessionId);
            Optional<LocalDate> deadline = policy.deadline(line.outcome(), line.accessRoute(), pv.endDate());
            if (deadline.isPresent()) {
                repository.upsert(s.centre().id(), sessionId, pv.sessionNumber(), s.title().id(), pv.titleCode(),
                        line.candidateId(), line.identifier(), CeresExportPolicy.name(line), line.outcome().name(),
                        line.awardedCodes(), pv.endDate(), deadline.get(), pv.versionId());
                recorded++;
            } else {
                repository.remove(sessionId, line.candidateId());
            }
        }
        if (recorded > 0 || closed > 0) {
            audit.record("results.resitDeadlinesRecorded", RuleId.X6, "session", String.valueOf(sessionId),
                    "Délais de repassage de la session " + pv.sessionNumber() + " : " + recorded
                            + " enregistré(s), " + closed + " délai(s) antérieur(s) clos par cette session");
        }
        return recorded;
    }

    /** The centre's open deadlines, soonest first (expired ones first of all), one page at a time. */
    @Transactional(readOnly = true)
    public ResitPage openOfCentre(long centreId, int page) {
        int p = Math.max(0, page);
        LocalDate today = LocalDate.now(clock);
        List<Resit> resits = repository.openOfCentre(centreId, p * PAGE_SIZE, PAGE_SIZE).stream()
                .map(r -> new Resit(r, policy.assess(r.deadline(), today))).toList();
        return new ResitPage(resits, p, repository.countOpenOfCentre(centreId), PAGE_SIZE);
    }

    /** Where a candidate's deadline stands today, when the rule applies to their result. */
    public Optional<ResitDeadline.Assessment> assess(fr.sessiontp.evaluation.Outcome outcome,
                                                     fr.sessiontp.people.AccessRoute route, LocalDate sessionEnd) {
        LocalDate today = LocalDate.now(clock);
        return policy.deadline(outcome, route, sessionEnd).map(d -> policy.assess(d, today));
    }

    public ResitDeadline policy() {
        return policy;
    }
}
