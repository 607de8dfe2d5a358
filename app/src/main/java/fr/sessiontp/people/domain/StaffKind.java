package fr.sessiontp.people.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of centre staff the people module keeps, with their table and the path segment of their pages. */
public enum StaffKind {
    TRAINER("trainer", "trainers"),
    PROCTOR("proctor", "proctors"),
    SESSION_MANAGER("session_manager", "managers");

    private final String table;
    private final String path;

    StaffKind(String table, String path) {
        this.table = table;
        this.path = path;
    }

    public String table() {
        return table;
    }

    public String path() {
        return path;
    }

    public static Optional<StaffKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
