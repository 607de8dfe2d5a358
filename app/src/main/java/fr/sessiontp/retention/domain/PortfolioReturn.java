package fr.sessiontp.retention.domain;

import java.time.LocalDate;

/**
 * A4: the DP returned to its candidate on {@code returnedOn}; when the centre keeps one copy, the candidate's written
 * authorisation (its date and the reference of the signed document).
 */
public record PortfolioReturn(LocalDate returnedOn, boolean copyKept, LocalDate authorisationDate,
                              String authorisationReference) {

    public boolean hasAuthorisation() {
        return authorisationDate != null && authorisationReference != null && !authorisationReference.isBlank();
    }
}
