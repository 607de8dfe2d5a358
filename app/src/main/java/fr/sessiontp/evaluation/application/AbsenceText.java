package fr.sessiontp.evaluation.application;

import fr.sessiontp.common.Messages;
import fr.sessiontp.conduct.CandidateAbsence;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** O2: how the deliberation page and the PVs word an absence recorded on the exam day (who, when). */
public final class AbsenceText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private AbsenceText() {
    }

    public static String of(CandidateAbsence absence) {
        return Messages.get("evaluation.absence.recorded", absence.recordedBy(),
                absence.recordedAt() == null ? "?" : WHEN.format(absence.recordedAt()));
    }
}
