package fr.sessiontp.session.domain;

import java.time.LocalDate;

/** The title and the days a session runs, both dates included: what habilitations and accreditations must cover. */
public record SessionPeriod(long titleId, LocalDate start, LocalDate end) {
}
