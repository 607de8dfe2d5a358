package fr.sessiontp.conduct.application;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.ExamDay;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.people.JuryMemberSummary;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ExamDay} through the opening and jury reception use cases. */
@Service
class ExamDayService implements ExamDay {

    private final OpeningDay opening;
    private final JuryReception reception;
    private final ConductSupport support;

    ExamDayService(OpeningDay opening, JuryReception reception, ConductSupport support) {
        this.opening = opening;
        this.reception = reception;
        this.support = support;
    }

    @Override
    @Transactional
    public void open(long sessionId) {
        opening.open(sessionId);
    }

    @Override
    @Transactional
    public void checkIn(long sessionId, long candidateId) {
        opening.checkIn(sessionId, candidateId, true, true, true);
    }

    @Override
    @Transactional
    public void receiveJury(long sessionId) {
        Step.of(RuleId.J1).forEach(step -> reception.recordItem(sessionId, step));
        support.session(sessionId).juryPairs().stream().flatMap(pair -> pair.members().stream())
                .filter(Objects::nonNull).map(JuryMemberSummary::id).distinct()
                .forEach(member -> reception.confirmNoLink(sessionId, member));
    }

    @Override
    @Transactional
    public void envelopesSealed(long sessionId, long witnessCandidateId) {
        opening.checkEnvelopes(sessionId, true, witnessCandidateId, null);
    }

    @Override
    @Transactional
    public void startEpreuves(long sessionId) {
        opening.startEpreuves(sessionId);
    }

    @Override
    @Transactional
    public void dteHanded(long sessionId, String epreuveCode, long candidateId) {
        opening.handDte(sessionId, epreuveCode, candidateId, null);
    }
}
