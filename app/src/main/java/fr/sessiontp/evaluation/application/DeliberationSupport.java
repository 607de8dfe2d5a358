package fr.sessiontp.evaluation.application;

import fr.sessiontp.conduct.Conduct;
import fr.sessiontp.evaluation.domain.DeliberationInputs;
import fr.sessiontp.evaluation.domain.JuryAccessPolicy;
import fr.sessiontp.evaluation.domain.SynthesisGrid;
import fr.sessiontp.evaluation.persistence.EvaluationRepository;
import fr.sessiontp.evaluation.persistence.EvaluationRepository.DeliberationRow;
import fr.sessiontp.evaluation.persistence.EvaluationRepository.FinalInterviewRow;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.TitleReferential;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.session.SessionAction;
import fr.sessiontp.session.SessionGate;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Loads a session or a candidate's file for a jury member, applying D1 (404 for anyone else). */
@Component
public class DeliberationSupport {

    private final Sessions sessions;
    private final SessionGate gate;
    private final Referential referential;
    private final EvaluationRepository repository;
    private final Conduct conduct;

    DeliberationSupport(Sessions sessions, SessionGate gate, Referential referential, EvaluationRepository repository,
                        Conduct conduct) {
        this.gate = gate;
        this.sessions = sessions;
        this.referential = referential;
        this.repository = repository;
        this.conduct = conduct;
    }

    /** The session if the user is one of its jury members (D1); otherwise NoSuchElementException. */
    public SessionView sessionForJury(CurrentUser user, long sessionId) {
        SessionView session = sessions.session(sessionId).orElseThrow();
        Long member = user.is(Role.JURY) ? user.personId() : null;
        if (JuryAccessPolicy.mayDeliberate(member, juryOf(session)).isRefused()) {
            throw new NoSuchElementException("not this session's jury");
        }
        return session;
    }

    public static List<Long> juryOf(SessionView session) {
        return session.juryPairs().stream().flatMap(p -> p.members().stream()).map(JuryMemberSummary::id).toList();
    }

    public CandidateFile file(CurrentUser user, long sessionId, long candidateId) {
        SessionView session = sessionForJury(user, sessionId);
        return file(session, candidateId, user.personId());
    }

    CandidateFile file(SessionView session, long candidateId, Long juryMemberId) {
        SessionView.Enrolment enrolment = session.enrolments().stream()
                .filter(e -> e.candidate().id() == candidateId).findFirst().orElseThrow();
        CandidateSummary candidate = enrolment.candidate();
        SessionView.JuryPair pair = enrolment.juryPairId() == null ? null
                : session.juryPair(enrolment.juryPairId()).orElse(null);
        List<Long> pairMembers = pair == null ? List.of() : pair.members().stream().map(JuryMemberSummary::id).toList();
        boolean mayEdit = JuryAccessPolicy.mayEnterGrids(juryMemberId, pairMembers).isAllowed();
        long sessionId = session.id();
        DeliberationInputs inputs = DeliberationInputs.of(session.summary().type(), candidate.accessRoute());
        TitleReferential ref = referential.titleReferentialOfVersion(session.summary().reVersionId()).orElseThrow();
        List<Certificate> ofKind = ref.certificates(inputs.certificates());
        Set<Long> sat = repository.certificatesSat(sessionId, candidateId);
        List<Certificate> scope = inputs.chooseCertificatesSat() && !sat.isEmpty()
                ? ofKind.stream().filter(c -> sat.contains(c.id())).toList() : ofKind;
        SynthesisGrid grid = grid(scope, repository.synthesis(sessionId, candidateId));
        return new CandidateFile(session, candidate, pair, inputs, ref.epreuves(session.summary().type()),
                repository.observations(sessionId, candidateId),
                repository.finalInterview(sessionId, candidateId).orElse(new FinalInterviewRow("", "", "")),
                ofKind, sat, grid,
                repository.deliberation(sessionId, candidateId)
                        .orElse(new DeliberationRow("", "", "", null, List.of(), "", "", "")),
                mayEdit, conduct.absence(sessionId, candidateId).orElse(null));
    }

    /**
     * For editing use cases (every grid, input and outcome change passes here): the file, or a J2 refusal when the
     * user is not the candidate's pair, or a J1 refusal while the jury reception is not complete (conduct module).
     */
    /**
     * The candidate's file for the pair that evaluates them, once the reception is complete (J1) and when the
     * session's lifecycle allows the action now (épreuves started, not countersigned nor validated, dates).
     */
    public CandidateFile editableFile(CurrentUser user, long sessionId, long candidateId, SessionAction action) {
        CandidateFile file = file(user, sessionId, candidateId);
        List<Long> pairMembers = file.pair() == null ? List.of()
                : file.pair().members().stream().map(JuryMemberSummary::id).toList();
        JuryAccessPolicy.mayEnterGrids(user.personId(), pairMembers).orThrow();
        conduct.evaluationMayStart(sessionId).orThrow();
        gate.require(sessionId, action);
        return file;
    }

    static SynthesisGrid grid(List<Certificate> certificates, Map<Long, Boolean> answers) {
        return SynthesisGrid.of(certificates.stream().map(c -> new SynthesisGrid.Block(c.code(), c.name(),
                c.competences().stream().map(k -> new SynthesisGrid.Line(k.id(), k.label(), answers.get(k.id())))
                        .toList())).toList());
    }

}
