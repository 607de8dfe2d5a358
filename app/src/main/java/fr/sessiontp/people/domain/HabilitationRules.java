package fr.sessiontp.people.domain;

import java.time.LocalDate;

/** Checks a habilitation's fields; the dates follow {@link HabilitationPolicy} (X2). */
public final class HabilitationRules {

    private HabilitationRules() {
    }

    public static Validated<HabilitationDraft> validate(HabilitationInput in) {
        Violations violations = new Violations();
        Long titleId = Fields.id(violations, "titleId", in.titleId());
        if (titleId == null && !violations.has("titleId")) {
            violations.add("titleId", "people.field.required");
        }
        LocalDate from = Fields.date(violations, "validFrom", in.validFrom(), true);
        LocalDate until = Fields.date(violations, "validUntil", in.validUntil(), true);
        violations.add("validUntil", HabilitationPolicy.check(from, until));
        return Validated.of(new HabilitationDraft(titleId == null ? 0 : titleId, from, until), violations);
    }
}
