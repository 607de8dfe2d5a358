package fr.sessiontp.people.domain;

import java.time.LocalDate;

/** A day a jury member cannot attend, who entered it, and for which centre (null when the member did). */
public record Unavailability(long id, long juryMemberId, LocalDate day, String enteredBy, Long centreId) {

    public String dayText() {
        return Fields.frenchDate(day);
    }
}
