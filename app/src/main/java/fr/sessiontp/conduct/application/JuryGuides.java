package fr.sessiontp.conduct.application;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Messages;
import fr.sessiontp.conduct.domain.JuryGuide;
import fr.sessiontp.conduct.domain.JuryGuideAccessPolicy;
import fr.sessiontp.documents.DocumentMeta;
import fr.sessiontp.documents.DocumentRenderer;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.referential.JuryTaskTemplate;
import fr.sessiontp.referential.Presence;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.referential.TitleReferential;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.session.SessionView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Produces the jury's guides (J2) of a session as PDF/A from the RE version the session is planned with: the
 * technical interview guide, the correction guide and the final interview guide, each with the épreuves it covers
 * (duration, how candidates sit it, what the RE tells the jury to look at) and the competences the jury decides on.
 * Confidential: {@link JuryGuideAccessPolicy}.
 */
@Service
public class JuryGuides {

    public static final String TEMPLATE = "conduct/documents/jury-guide";

    private final Referential referential;
    private final DocumentRenderer renderer;
    private final Clock clock;

    JuryGuides(Referential referential, DocumentRenderer renderer, Optional<Clock> clock) {
        this.referential = referential;
        this.renderer = renderer;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** J2: whether the user may read the session's guides. */
    public Decision mayRead(SessionView session, CurrentUser user) {
        List<Long> pairMembers = session.juryPairs().stream().flatMap(p -> p.members().stream())
                .map(JuryMemberSummary::id).toList();
        List<Long> managers = new ArrayList<>();
        if (session.manager() != null) {
            managers.add(session.manager().id());
        }
        if (session.substitute() != null) {
            managers.add(session.substitute().id());
        }
        return JuryGuideAccessPolicy.mayRead(user.is(Role.JURY) ? user.personId() : null,
                user.is(Role.SESSION_MANAGER) ? user.personId() : null, pairMembers, managers);
    }

    /** The guide as a PDF/A-3u document; call {@link #mayRead} first. */
    public byte[] pdf(SessionView session, JuryGuide guide) {
        TitleReferential re = referential.titleReferentialOfVersion(session.summary().reVersionId()).orElseThrow();
        SessionType type = session.summary().type();
        List<EpreuveTemplate> epreuves = re.epreuves(type).stream()
                .filter(e -> guide.covers(e.kind(), e.presence() == Presence.JURY)).toList();
        List<JuryTaskTemplate> tasks = re.juryTasks(type).stream().filter(t -> guide.coversTask(t.kind())).toList();
        List<Certificate> certificates = re.certificates(type == SessionType.CCS ? CertificateKind.CCS : CertificateKind.CCP);
        Map<String, Object> model = new HashMap<>();
        model.put("s", session);
        model.put("guide", guide);
        model.put("re", re);
        model.put("epreuves", epreuves);
        model.put("tasks", tasks);
        model.put("certificates", certificates);
        String title = Messages.get("conduct.guides." + guide.slug() + ".title", session.summary().number());
        return renderer.renderPdf(TEMPLATE, model, DocumentMeta.french(title, session.centre().name(),
                Messages.get("conduct.guides.subject"), clock.instant()));
    }
}
