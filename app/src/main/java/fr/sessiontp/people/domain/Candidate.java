package fr.sessiontp.people.domain;

import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.people.CandidateSummary;
import java.time.LocalDate;

/** A candidate of a centre, with every detail the centre keeps. */
public record Candidate(long id, long centreId, String identifier, String birthName, String usageName, String firstNames,
                        LocalDate birthDate, String email, AccessRoute accessRoute, int extraTimePercent,
                        String adjustmentNote, Long trainerId, Long trainerPersonId) {

    public CandidateSummary summary() {
        return new CandidateSummary(id, centreId, identifier, birthName, usageName, firstNames, accessRoute,
                extraTimePercent, trainerId, trainerPersonId);
    }

    public String displayName() {
        return summary().displayName();
    }

    public String accessRouteLabel() {
        return AccessRoutes.label(accessRoute);
    }
}
