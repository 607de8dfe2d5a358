package fr.sessiontp.planning.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.planner.Planner;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;
import fr.sessiontp.planner.format.SolutionWriter;
import fr.sessiontp.planner.format.Times;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planner.validation.Violation;
import fr.sessiontp.planning.persistence.DerouleRepository;
import fr.sessiontp.planning.persistence.DerouleRepository.StoredDeroule;
import fr.sessiontp.planning.persistence.PlanningJobRepository;
import fr.sessiontp.planning.persistence.PlanningJobRepository.JobView;
import fr.sessiontp.session.SessionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The déroulé's use cases: request a planning run, stop it, move or pin a sitting by hand. */
@Service
public class PlanningService {

    /** The outcome of a hand edit: refused with the validator's French reasons, or applied. */
    public record EditOutcome(boolean applied, List<String> reasons) {
    }

    private final ProblemBuilder builder;
    private final PlanningJobRepository jobs;
    private final DerouleRepository deroules;
    private final AuditTrail audit;

    public PlanningService(ProblemBuilder builder, PlanningJobRepository jobs, DerouleRepository deroules,
                           AuditTrail audit) {
        this.builder = builder;
        this.jobs = jobs;
        this.deroules = deroules;
        this.audit = audit;
    }

    /**
     * Queues a planning run of the session from its current data; with {@code aroundPins}, the sittings pinned by
     * hand in the stored déroulé are kept. A session with a run waiting or in progress gets no second one.
     */
    @Transactional
    public long requestPlanning(SessionView session, String requestedBy, boolean aroundPins) {
        Optional<JobView> latest = jobs.latest(session.id());
        if (latest.isPresent() && latest.get().active()) {
            return latest.get().id();
        }
        Problem problem = builder.build(session);
        String pinned = aroundPins ? deroules.find(session.id()).map(StoredDeroule::pinnedJson).orElse(null) : null;
        long id = jobs.enqueue(session.id(), PlanningJobRepository.DEFAULT_QUEUE, ProblemJson.write(problem), pinned,
                requestedBy);
        audit.record("planning.requested", RuleId.P1, "session", String.valueOf(session.id()),
                "Calcul du déroulé demandé" + (pinned != null ? " autour des passages épinglés" : "")
                        + " (" + problem.candidates().size() + " candidats, " + problem.juryPairs().size()
                        + " binôme(s))");
        return id;
    }

    @Transactional
    public void stop(long sessionId) {
        if (jobs.requestStop(sessionId) > 0) {
            audit.record("planning.stopRequested", null, "session", String.valueOf(sessionId),
                    "Arrêt du calcul demandé : le meilleur déroulé trouvé est gardé");
        }
    }

    public Optional<JobView> latestJob(long sessionId) {
        return jobs.latest(sessionId);
    }

    public Optional<StoredDeroule> deroule(long sessionId) {
        return deroules.find(sessionId);
    }

    /**
     * Moves sitting number {@code index} of the stored déroulé to {@code day}, {@code start} and {@code room},
     * optionally pinning it. The planner's independent validator checks the edited déroulé: an infeasible edit is
     * refused with its reasons (constraint and rule ID) and nothing changes.
     */
    @Transactional
    public EditOutcome moveSitting(long sessionId, int index, String day, String start, String room, boolean pin) {
        StoredDeroule stored = deroules.find(sessionId).orElseThrow(java.util.NoSuchElementException::new);
        Problem problem = ProblemJson.read(stored.problemJson());
        Solution solution = new SolutionReader().read(stored.solutionJson()).value();
        if (index < 0 || index >= solution.sittings().size()) {
            throw new java.util.NoSuchElementException();
        }
        int startMinutes = Times.parse(start == null ? "" : start.trim());
        List<String> reasons = new ArrayList<>();
        if (startMinutes < 0) {
            reasons.add(fr.sessiontp.common.Messages.get("planning.move.badTime"));
        }
        if (day == null || !problem.calendar().days().contains(day)) {
            reasons.add(fr.sessiontp.common.Messages.get("planning.move.badDay"));
        }
        if (room == null || problem.room(room) == null) {
            reasons.add(fr.sessiontp.common.Messages.get("planning.move.badRoom"));
        }
        if (!reasons.isEmpty()) {
            return new EditOutcome(false, reasons);
        }
        Solution.Sitting old = solution.sittings().get(index);
        Solution.Sitting moved = new Solution.Sitting(old.type(), old.epreuve(), old.task(), old.pair(), day,
                startMinutes, startMinutes + (old.end() - old.start()), room, old.candidates(), old.jury(),
                old.surveillant());
        List<Solution.Sitting> sittings = new ArrayList<>(solution.sittings());
        sittings.set(index, moved);
        Solution edited = new Solution(solution.formatVersion(), solution.sessionId(), solution.assignments(),
                sittings, solution.metrics());
        ValidationReport report = new fr.sessiontp.planner.validation.Validator(stored.withdrawnIds())
                .validate(problem, edited);
        if (!report.feasible()) {
            return new EditOutcome(false, report.violations().stream().map(PlanningService::reason).toList());
        }
        edited = new Solution(edited.formatVersion(), edited.sessionId(), edited.assignments(), edited.sittings(),
                report.metrics());
        List<Solution.Sitting> pins = new ArrayList<>(stored.pinnedJson() == null ? List.of()
                : new SolutionReader().read(stored.pinnedJson()).value().sittings());
        pins.removeIf(p -> sameSitting(p, old));
        if (pin) {
            pins.add(moved);
        }
        String pinnedJson = pins.isEmpty() ? null : new SolutionWriter().write(new Solution(1, solution.sessionId(),
                solution.assignments(), pins, report.metrics()));
        Solution.Metrics m = report.metrics();
        deroules.save(sessionId, stored.jobId(), stored.problemJson(), new SolutionWriter().write(edited), pinnedJson,
                true, new DerouleRepository.Metrics(m.daysUsed(), m.juryDays(), m.juryMinutes(), m.lastDay(),
                        m.lastEnd(), m.candidateIdleMinutes()), stored.explanation(), stored.solvingMillis());
        audit.record("planning.sittingMoved", RuleId.P1, "session", String.valueOf(sessionId),
                "Passage " + old.activity() + " déplacé du " + old.day() + " " + Times.format(old.start()) + " ("
                        + old.room() + ") au " + day + " " + Times.format(startMinutes) + " (" + room + ")"
                        + (pin ? ", épinglé" : ""));
        return new EditOutcome(true, List.of());
    }

    /** The outcome of a re-planning on the exam day: applied with what changed for whom, or refused with reasons. */
    public record ReplanOutcome(boolean applied, List<String> changes, List<String> reasons) {
    }

    /**
     * On the exam day: candidates absent (withdrawn from what they have not sat yet) or late (arrival time) at
     * {@code now} on {@code day}; the rest is re-planned with the planner's replan API. Sittings already begun never
     * move, and a late candidate joins a sitting in progress whose end does not change (O6).
     */
    @Transactional
    public ReplanOutcome replanOnTheDay(long sessionId, String day, String now, java.util.Set<Long> absent,
                                        java.util.Map<Long, String> late, java.time.Duration limit) {
        StoredDeroule stored = deroules.find(sessionId).orElseThrow(java.util.NoSuchElementException::new);
        Problem problem = ProblemJson.read(stored.problemJson());
        Solution previous = new SolutionReader().read(stored.solutionJson()).value();
        List<String> reasons = new ArrayList<>();
        int nowMinutes = Times.parse(now == null ? "" : now.trim());
        if (nowMinutes < 0) {
            reasons.add(fr.sessiontp.common.Messages.get("planning.replan.badNow"));
        }
        if (day == null || !problem.calendar().days().contains(day)) {
            reasons.add(fr.sessiontp.common.Messages.get("planning.move.badDay"));
        }
        java.util.Map<String, Integer> lateIds = new java.util.HashMap<>();
        late.forEach((candidate, time) -> {
            int arrival = Times.parse(time.trim());
            if (arrival < 0) {
                reasons.add(fr.sessiontp.common.Messages.get("planning.replan.badArrival"));
            } else {
                lateIds.put(ProblemBuilder.candidateId(candidate), arrival);
            }
        });
        java.util.Set<String> absentIds = new java.util.HashSet<>();
        absent.forEach(c -> absentIds.add(ProblemBuilder.candidateId(c)));
        java.util.Set<String> known = new java.util.HashSet<>();
        problem.candidates().forEach(c -> known.add(c.id()));
        if (!known.containsAll(absentIds) || !known.containsAll(lateIds.keySet())) {
            throw new java.util.NoSuchElementException();
        }
        if (!reasons.isEmpty()) {
            return new ReplanOutcome(false, List.of(), reasons);
        }
        absentIds.addAll(stored.withdrawnIds());
        fr.sessiontp.planner.replan.ReplanResult result = new Planner().replan(problem, previous,
                new fr.sessiontp.planner.replan.ReplanRequest(day, nowMinutes, absentIds, lateIds),
                fr.sessiontp.planner.PlanOptions.defaults().withTimeLimit(limit)
                        .withUnimprovedLimit(limit.dividedBy(3)), null);
        if (!result.result().feasible() || result.result().solution() == null) {
            List<String> why = new ArrayList<>(result.result().infeasibleReasons());
            why.addAll(result.result().explanation());
            return new ReplanOutcome(false, List.of(), why);
        }
        java.util.Map<String, String> names = DeroulePresenter.names(problem);
        List<String> changes = new ArrayList<>();
        result.personChanges().forEach(c -> changes.add(names.getOrDefault(c.person(), c.person()) + " : " + c.message()));
        if (changes.isEmpty()) {
            result.sittingChanges().forEach(c -> changes.add(c.message()));
        }
        Solution.Metrics m = result.result().metrics();
        deroules.saveReplanned(sessionId, new SolutionWriter().write(result.result().solution()),
                new DerouleRepository.Metrics(m.daysUsed(), m.juryDays(), m.juryMinutes(), m.lastDay(), m.lastEnd(),
                        m.candidateIdleMinutes()), String.join(",", absentIds), String.join("\n", changes));
        audit.record("planning.replanned", lateIds.isEmpty() ? null : RuleId.O6, "session", String.valueOf(sessionId),
                "Déroulé recalculé le " + day + " à " + Times.format(nowMinutes) + " : " + absentIds.size()
                        + " absent(s), " + lateIds.size() + " retard(s), " + result.sittingChanges().size()
                        + " passage(s) déplacé(s)");
        return new ReplanOutcome(true, changes, List.of());
    }

    static String reason(Violation v) {
        return v.message() + (v.ruleId() == null ? " (contrainte " + v.constraint() + ")" : " (" + v.ruleId() + ")");
    }

    static boolean sameSitting(Solution.Sitting a, Solution.Sitting b) {
        return a.type() == b.type() && java.util.Objects.equals(a.activity(), b.activity())
                && a.candidates().equals(b.candidates()) && java.util.Objects.equals(a.pair(), b.pair());
    }
}
