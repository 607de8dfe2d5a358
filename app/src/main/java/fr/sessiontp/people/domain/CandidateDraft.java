package fr.sessiontp.people.domain;

import fr.sessiontp.people.AccessRoute;
import java.time.LocalDate;

/** A candidate's validated details, ready to be saved. {@code trainerId} is checked against the centre by the use case. */
public record CandidateDraft(String birthName, String usageName, String firstNames, String identifier, LocalDate birthDate,
                             String email, AccessRoute accessRoute, int extraTimePercent, String adjustmentNote,
                             Long trainerId) {

    public CandidateDraft withTrainer(Long trainer) {
        return new CandidateDraft(birthName, usageName, firstNames, identifier, birthDate, email, accessRoute,
                extraTimePercent, adjustmentNote, trainer);
    }

    public String displayName() {
        String last = usageName == null ? birthName : usageName + " (" + birthName + ")";
        return last + " " + firstNames;
    }
}
