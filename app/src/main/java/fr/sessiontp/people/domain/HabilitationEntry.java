package fr.sessiontp.people.domain;

import java.time.LocalDate;

/** A stored habilitation, with its title's code and name. */
public record HabilitationEntry(long id, long juryMemberId, long titleId, String titleCode, String titleName,
                                LocalDate validFrom, LocalDate validUntil) {

    public String validFromText() {
        return Fields.frenchDate(validFrom);
    }

    public String validUntilText() {
        return Fields.frenchDate(validUntil);
    }
}
