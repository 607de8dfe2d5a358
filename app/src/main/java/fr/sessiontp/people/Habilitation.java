package fr.sessiontp.people;

import java.time.LocalDate;

/** A jury member's habilitation for one title, valid from one date to another, both included. */
public record Habilitation(long titleId, LocalDate validFrom, LocalDate validUntil) {

    /** True when this habilitation is for the title and valid on every day from {@code start} to {@code end}. */
    public boolean covers(long title, LocalDate start, LocalDate end) {
        return titleId == title && !validFrom.isAfter(start) && !validUntil.isBefore(end);
    }
}
