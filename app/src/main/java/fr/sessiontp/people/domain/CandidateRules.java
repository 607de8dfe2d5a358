package fr.sessiontp.people.domain;

import fr.sessiontp.people.AccessRoute;
import java.time.LocalDate;

/** Checks a candidate's details field by field; the adjustment (extra time) follows {@link AdjustmentPolicy} (X3). */
public final class CandidateRules {

    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private CandidateRules() {
    }

    /**
     * @param today the day of the check: a birth date must be before it
     */
    public static Validated<CandidateDraft> validate(CandidateInput in, Long trainerId, LocalDate today) {
        Violations violations = new Violations();
        String birthName = Fields.required(violations, "birthName", in.birthName(), 100);
        String usageName = Fields.optional(violations, "usageName", in.usageName(), 100);
        String firstNames = Fields.required(violations, "firstNames", in.firstNames(), 150);
        String identifier = Fields.required(violations, "identifier", in.identifier(), 30);
        if (identifier != null && !identifier.matches("[\\p{L}\\p{N}._/-]+")) {
            violations.add("identifier", "people.candidate.identifier.format");
        }
        LocalDate birthDate = Fields.date(violations, "birthDate", in.birthDate(), false);
        if (birthDate != null && (!birthDate.isBefore(today) || birthDate.isBefore(EARLIEST_BIRTH_DATE))) {
            violations.add("birthDate", "people.candidate.birthDate.range");
        }
        String email = Fields.email(violations, "email", in.email(), false);
        AccessRoute route = null;
        if (Fields.clean(in.accessRoute()) == null) {
            violations.add("accessRoute", "people.field.required");
        } else {
            route = AccessRoutes.parse(in.accessRoute()).orElse(null);
            if (route == null) {
                violations.add("accessRoute", "people.candidate.accessRoute.unknown");
            }
        }
        Integer extraTime = Fields.integer(violations, "extraTimePercent", in.extraTimePercent(), 0);
        String note = Fields.optional(violations, "adjustmentNote", in.adjustmentNote(), 500);
        if (extraTime != null && !violations.has("adjustmentNote")) {
            var decision = AdjustmentPolicy.check(extraTime, note);
            decision.refusals().forEach(refusal -> violations.add(FieldViolation.of(
                    refusal.code().equals("people.X3.range") ? "extraTimePercent" : "adjustmentNote", refusal)));
        }
        CandidateDraft draft = new CandidateDraft(birthName, usageName, firstNames, identifier, birthDate, email, route,
                extraTime == null ? 0 : extraTime, note, trainerId);
        return Validated.of(draft, violations);
    }
}
