package fr.sessiontp.people;

/**
 * A candidate as other modules see them. {@code trainerId} is the trainer who trained or coached them, and
 * {@code trainerPersonId} that trainer's person (S4: whoever is that person may not proctor them).
 */
public record CandidateSummary(long id, long centreId, String identifier, String birthName, String usageName,
                               String firstNames, AccessRoute accessRoute, int extraTimePercent, Long trainerId,
                               Long trainerPersonId) {

    /** "Birthname Firstnames", or "Usagename (Birthname) Firstnames" when a usage name is known. */
    public String displayName() {
        String last = usageName == null || usageName.isBlank() ? birthName : usageName + " (" + birthName + ")";
        return last + " " + firstNames;
    }
}
