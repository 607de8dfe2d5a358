package fr.sessiontp.planning.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.documents.DocumentMeta;
import fr.sessiontp.documents.DocumentRenderer;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.planning.persistence.CalendarEventRepository;
import fr.sessiontp.planning.persistence.DerouleRepository;
import fr.sessiontp.planning.persistence.DerouleRepository.StoredDeroule;
import fr.sessiontp.session.SessionView;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan of each jury pair (P6): as a PDF, as an iCalendar file whose events keep their UID and count their changes
 * (SEQUENCE), and sent by e-mail to each member with both attached.
 */
@Service
public class JuryPlans {

    private final DerouleRepository deroules;
    private final CalendarEventRepository events;
    private final DocumentRenderer renderer;
    private final Mailer mailer;
    private final ConvocationService convocations;
    private final AuditTrail audit;
    private final Clock clock;

    JuryPlans(DerouleRepository deroules, CalendarEventRepository events, DocumentRenderer renderer, Mailer mailer,
              ConvocationService convocations, AuditTrail audit, Clock clock) {
        this.deroules = deroules;
        this.events = events;
        this.renderer = renderer;
        this.mailer = mailer;
        this.convocations = convocations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan of the pair at {@code position} (from 1) as a PDF/A document. */
    public byte[] pdf(SessionView session, int position) {
        StoredDeroule stored = stored(session);
        Map<String, Object> model = new HashMap<>();
        model.put("s", session);
        model.put("d", DeroulePresenter.present(stored, position - 1));
        model.put("pairPosition", position);
        return renderer.renderPdf("planning/documents/jury-plan", model, DocumentMeta.french(
                Messages.get("planning.juryPlan.document.title", position, session.summary().number()),
                session.centre().name(), Messages.get("planning.juryPlan.document.subject"), clock.instant()));
    }

    /** The plan of the pair at {@code position} (from 1) as an iCalendar file. */
    @Transactional
    public String ics(SessionView session, int position) {
        StoredDeroule stored = stored(session);
        return JuryCalendar.write(ProblemJson.read(stored.problemJson()), DeroulePresenter.solution(stored),
                position - 1, session.centre().name() + ", " + session.centre().fullAddress(), clock.instant(),
                (uid, fingerprint) -> events.sequence(session.id(), uid, fingerprint));
    }

    /** Sends each member of each pair their plan, PDF and ICS attached; each sending is audited. */
    public MailingReport send(SessionView session) {
        stored(session);
        if (!mailer.configured()) {
            return MailingReport.noMailServer();
        }
        String lead = convocations.leadWarning(session, true).map(Refusal::displayMessage).orElse(null);
        int sent = 0;
        int failed = 0;
        for (SessionView.JuryPair pair : session.juryPairs()) {
            List<Mailer.Attachment> files = List.of(
                    new Mailer.Attachment(fileName(session, pair.position(), "pdf"), "application/pdf",
                            pdf(session, pair.position())),
                    new Mailer.Attachment(fileName(session, pair.position(), "ics"), "text/calendar; charset=UTF-8",
                            ics(session, pair.position()).getBytes(StandardCharsets.UTF_8)));
            for (JuryMemberSummary member : pair.members()) {
                String error = mailer.deliver(member.email(), Messages.get("planning.juryPlan.mail.subject",
                                session.summary().number(), session.title().displayName()),
                        Messages.get("planning.juryPlan.mail.body", member.displayName(), pair.position(),
                                session.summary().number(), session.title().displayName(),
                                session.centre().name(), session.centre().fullAddress(),
                                session.manager().displayName()), () -> files).orElse(null);
                if (error == null) {
                    sent++;
                } else {
                    failed++;
                }
                audit.record(error == null ? "planning.juryPlanSent" : "planning.juryPlanFailed",
                        lead != null ? RuleId.X4 : null, "juryMember", String.valueOf(member.id()),
                        (error == null ? Messages.get("planning.juryPlan.audit.sent", member.email()) : error)
                                + Messages.get("planning.audit.ofSession", session.summary().number())
                                + (lead != null ? " ; " + lead : ""));
            }
        }
        return new MailingReport(sent, failed, false);
    }

    public static String fileName(SessionView session, int position, String extension) {
        return "plan-jury-" + session.summary().number() + "-binome-" + position + "." + extension;
    }

    private StoredDeroule stored(SessionView session) {
        return deroules.find(session.id()).orElseThrow(NoSuchElementException::new);
    }
}
