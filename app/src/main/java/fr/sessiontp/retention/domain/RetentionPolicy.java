package fr.sessiontp.retention.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

/**
 * The retention rules of the session file. A2: grids and ECF booklets are kept {@code years} (5 by default) from the
 * session's end, and nobody destroys them before. A3: what the centre does not keep (productions, unused DTEs, other
 * documents) cannot be recorded as kept. A4: a DP copy is kept only with the candidate's written authorisation, and a
 * session is not closed while a DP is not recorded as returned.
 */
public final class RetentionPolicy {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final int years;

    public RetentionPolicy(int years) {
        if (years < 1) {
            throw new IllegalArgumentException("The retention period is at least one year: " + years);
        }
        this.years = years;
    }

    public int years() {
        return years;
    }

    /** A2: the first day the kept documents of a session that ended on {@code sessionEnd} may be destroyed. */
    public LocalDate keptUntil(LocalDate sessionEnd) {
        return sessionEnd.plusYears(years);
    }

    /** A2: the latest session end whose kept documents are due for destruction on {@code today}. */
    public LocalDate dueCutoff(LocalDate today) {
        return today.minusYears(years);
    }

    /** A2: grids and ECF booklets may be destroyed only once the retention period has run out. */
    public Decision mayDestroyKeptDocuments(LocalDate sessionEnd, LocalDate today) {
        LocalDate until = keptUntil(sessionEnd);
        if (today.isBefore(until)) {
            return Decision.refused(RuleId.A2, "retention.refusal.A2.tooEarly", years, FRENCH_DATE.format(until));
        }
        return Decision.allowed();
    }

    /** A3 (and A4 for the DP): only what the rules keep may be recorded as kept in the session file. */
    public Decision mayRecordAsKept(DocumentKind kind) {
        return switch (kind.fate()) {
            case KEPT -> Decision.allowed();
            case DESTROYED -> Decision.refused(RuleId.A3, "retention.refusal.A3.mustBeDestroyed",
                    Messages.get("retention.kind." + kind));
            case RETURNED -> Decision.refused(RuleId.A4, "retention.refusal.A4.useReturnForm");
        };
    }

    /**
     * A3: a destruction is recorded by the person who made it, for what the centre does not keep (the candidates'
     * productions, the unused DTEs, every other document), once the PVs are signed — the jury no longer needs them —
     * and each destruction once. Kept documents are destroyed by the A2 purge; the DP is returned (A4).
     */
    public Decision mayRecordDestruction(DocumentKind kind, boolean pvsSigned, boolean alreadyRecorded) {
        if (kind.fate() != DocumentKind.Fate.DESTROYED) {
            return Decision.refused(RuleId.A3, "retention.refusal.A3.notDestroyed",
                    Messages.get("retention.kind." + kind));
        }
        if (!pvsSigned) {
            return Decision.refused(RuleId.A3, "retention.refusal.A3.beforeSignatures");
        }
        if (alreadyRecorded) {
            return Decision.refused(RuleId.A3, "retention.refusal.A3.alreadyRecorded",
                    Messages.get("retention.kind." + kind));
        }
        return Decision.allowed();
    }

    /** A4: a kept DP copy needs the candidate's written authorisation (date and reference of the signed document). */
    public Decision mayRecordReturn(PortfolioReturn portfolioReturn) {
        if (portfolioReturn.copyKept() && !portfolioReturn.hasAuthorisation()) {
            return Decision.refused(RuleId.A4, "retention.refusal.A4.noAuthorisation");
        }
        return Decision.allowed();
    }

    /** A4: the session may be closed once every enrolled candidate's DP is recorded as returned. */
    public Decision mayClose(Collection<String> candidatesWithoutReturn) {
        if (candidatesWithoutReturn.isEmpty()) {
            return Decision.allowed();
        }
        List<String> names = candidatesWithoutReturn.stream().sorted().toList();
        return Decision.refused(RuleId.A4, "retention.refusal.A4.notReturned", names.size(), String.join(", ", names));
    }
}
