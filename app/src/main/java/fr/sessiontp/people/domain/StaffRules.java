package fr.sessiontp.people.domain;

/** Checks a staff member's name and e-mail (optional for the centre's staff). */
public final class StaffRules {

    private StaffRules() {
    }

    public static Validated<PersonDraft> validate(PersonInput in) {
        Violations violations = new Violations();
        String last = Fields.required(violations, "lastName", in.lastName(), 100);
        String first = Fields.required(violations, "firstName", in.firstName(), 100);
        String email = Fields.email(violations, "email", in.email(), false);
        return Validated.of(new PersonDraft(last, first, email), violations);
    }
}
