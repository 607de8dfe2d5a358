package fr.sessiontp.audit;

/** One break in the audit chain, at the entry numbered {@code seq}, with a French explanation. */
public record AuditProblem(long seq, Kind kind, String message) {

    public enum Kind {
        /** The entry's content no longer matches its hash. */
        ALTERED,
        /** Entries are missing before this one. */
        DELETED,
        /** The entry does not chain to the one before it: it was inserted or rewritten. */
        INSERTED
    }
}
