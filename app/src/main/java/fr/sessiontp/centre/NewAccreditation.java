package fr.sessiontp.centre;

import java.time.LocalDate;

/** An accreditation to add to a centre: see {@link Centres#addAccreditation(long, NewAccreditation)}. */
public record NewAccreditation(long titleId, String number, LocalDate validFrom, LocalDate validUntil,
                               String managerLastName, String managerFirstName) {
}
