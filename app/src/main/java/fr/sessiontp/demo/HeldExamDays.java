package fr.sessiontp.demo;

import fr.sessiontp.conduct.ExamDay;
import fr.sessiontp.evaluation.JuryDecisions;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.platform.ClockShift;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionGate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Records the exam days of the demo session already held, as they happened: each step through the modules' use cases
 * (and so the lifecycle's gates, the rules and the audit trail), by the demo user who did it, with the application's
 * clock moved to that day for this thread only ({@link ClockShift}). The PVs are left for the jury to prepare and sign.
 */
@Component
class HeldExamDays {

    /** The DTE candidat handed at the start of the first written épreuve (O5). */
    private static final String FIRST_EPREUVE = "MSP3";

    private final SessionGate gate;
    private final ExamDay examDay;
    private final JuryDecisions decisions;
    private final UserAccounts userAccounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    HeldExamDays(SessionGate gate, ExamDay examDay, JuryDecisions decisions, UserAccounts userAccounts, JdbcClient jdbc,
                 Clock clock) {
        this.gate = gate;
        this.examDay = examDay;
        this.decisions = decisions;
        this.userAccounts = userAccounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The session (start, end) with its candidates in order; the last one fails, the others pass. */
    void record(long sessionId, LocalDate start, LocalDate end, List<Long> candidates) {
        SecurityContext caller = SecurityContextHolder.getContext();
        try {
            // Convened five weeks before (the convocations leave 30 days, X4).
            as(DemoData.MANAGER_USER, start.minusDays(35), LocalTime.of(9, 0), () -> gate.convene(sessionId));
            as(DemoData.MANAGER_USER, start, LocalTime.of(8, 0), () -> examDay.open(sessionId));
            as(DemoData.PROCTOR_USER, start, LocalTime.of(8, 10),
                    () -> candidates.forEach(candidate -> examDay.checkIn(sessionId, candidate)));
            as(DemoData.MANAGER_USER, start, LocalTime.of(8, 30), () -> examDay.receiveJury(sessionId));
            as(DemoData.PROCTOR_USER, start, LocalTime.of(8, 45),
                    () -> examDay.envelopesSealed(sessionId, candidates.get(0)));
            as(DemoData.MANAGER_USER, start, LocalTime.of(9, 0), () -> examDay.startEpreuves(sessionId));
            as(DemoData.PROCTOR_USER, start, LocalTime.of(9, 5),
                    () -> candidates.forEach(candidate -> examDay.dteHanded(sessionId, FIRST_EPREUVE, candidate)));
            as(DemoData.JURY_USER, end, LocalTime.of(16, 0), () -> decided(sessionId, candidates));
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    private void decided(long sessionId, List<Long> candidates) {
        CurrentUser jury = UserAccounts.required();
        List<Long> competences = jdbc.sql("""
                        select k.id from competence k join certificate c on c.id = k.certificate_id
                        join exam_session s on s.title_id = c.title_id
                        where s.id = :s and c.kind = 'CCP' order by c.position, k.position""")
                .param("s", sessionId).query(Long.class).list();
        for (int i = 0; i < candidates.size(); i++) {
            boolean passed = i < candidates.size() - 1;
            Map<Long, Boolean> grid = new LinkedHashMap<>();
            competences.forEach(competence -> grid.put(competence, passed));
            decisions.synthesis(jury, sessionId, candidates.get(i), grid);
            decisions.decide(jury, sessionId, candidates.get(i), passed ? Outcome.SUCCESS : Outcome.FAILURE, List.of(),
                    passed ? "Diagnostic méthodique, interventions conduites en sécurité."
                            : "Diagnostic incomplet, consignes de sécurité oubliées en atelier.",
                    passed ? "" : "Reprendre la maintenance corrective en entreprise avant de se représenter.");
        }
    }

    /** Runs the step as the demo user, the application's clock reading that day and time. */
    private void as(String username, LocalDate day, LocalTime time, Runnable step) {
        UserDetails user = userAccounts.loadUserByUsername(username);
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        ClockShift.on(clock, day, time, step);
    }
}
