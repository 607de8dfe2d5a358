package fr.sessiontp.centre;

import java.time.LocalDate;

/** The centre's agrément for one title, naming its responsable (S7), valid from one date to another, both included. */
public record Accreditation(long id, long centreId, long titleId, String number, LocalDate validFrom, LocalDate validUntil,
                            String managerLastName, String managerFirstName) {

    /** True when this accreditation is for the title and valid on every day from {@code start} to {@code end}. */
    public boolean covers(long title, LocalDate start, LocalDate end) {
        return titleId == title && !validFrom.isAfter(start) && !validUntil.isBefore(end);
    }

    public String managerName() {
        return managerLastName + " " + managerFirstName;
    }
}
