package fr.sessiontp.closing.application;

import fr.sessiontp.closing.domain.CeresState;
import fr.sessiontp.closing.domain.Deadline;
import fr.sessiontp.closing.persistence.ClosingRepository.CeresEntryRow;
import fr.sessiontp.closing.persistence.ClosingRepository.DecisionRow;
import fr.sessiontp.closing.persistence.ClosingRepository.ItemRow;
import fr.sessiontp.closing.persistence.ClosingRepository.TransmissionRow;
import fr.sessiontp.common.Decision;
import fr.sessiontp.reports.SignedReport;
import fr.sessiontp.session.SessionView;
import java.util.List;

/**
 * What the closing page (centre) and the authority's session page show: the session, its A1 deadline, its CERES-like
 * progress (X7) with the recorded CERES entry (A1), its PVs (latest versions and their signatures), the last
 * transmission with the versions sent, the authority's decisions (and by which path a validation came), and whether the
 * user may transmit, validate, send back, archive, record the entry in CERES, or record the authority's validation
 * received outside SessionTP now.
 */
public record ClosingView(SessionView session, Deadline deadline, List<CeresState.Step> ceres,
                          List<SignedReport> reports, TransmissionRow transmission, List<ItemRow> transmittedItems,
                          List<DecisionRow> decisions, Decision transmit, Decision validate, Decision archive,
                          int days, CeresEntryRow ceresEntry, Decision recordCeresEntry, Decision recordOutside) {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(fr.sessiontp.closing.domain.TransmissionDeadline.FRANCE);

    /** An instant as the pages write it, in French time: 25/03/2026 à 14:05. */
    public String when(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** A day as the pages write it: 25/03/2026. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : fr.sessiontp.closing.domain.TransmissionDeadline.formatted(date);
    }

    public long id() {
        return session.id();
    }
}
