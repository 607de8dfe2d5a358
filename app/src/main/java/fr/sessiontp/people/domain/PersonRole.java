package fr.sessiontp.people.domain;

/** The roles a person may hold; the key names the role in the message bundle ({@code people.role.<key>}). */
public enum PersonRole {
    TRAINER("trainer"),
    PROCTOR("proctor"),
    SESSION_MANAGER("manager"),
    JURY_MEMBER("jury");

    private final String key;

    PersonRole(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static PersonRole of(StaffKind kind) {
        return switch (kind) {
            case TRAINER -> TRAINER;
            case PROCTOR -> PROCTOR;
            case SESSION_MANAGER -> SESSION_MANAGER;
        };
    }
}
