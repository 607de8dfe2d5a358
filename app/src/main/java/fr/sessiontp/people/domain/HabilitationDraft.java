package fr.sessiontp.people.domain;

import java.time.LocalDate;

/** A validated habilitation, for one title. */
public record HabilitationDraft(long titleId, LocalDate validFrom, LocalDate validUntil) {
}
