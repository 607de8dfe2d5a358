package fr.sessiontp.people.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;

/** Checks a jury member's details. X2: jury members are professionals of the trade, so their profession is required. */
public final class JuryMemberRules {

    private JuryMemberRules() {
    }

    /** X2: a jury member is a professional of the trade; the profession they practise must be known. */
    public static Decision professionalOfTheTrade(String profession) {
        return Fields.clean(profession) == null
                ? Decision.refused(RuleId.X2, "people.X2.professionRequired")
                : Decision.allowed();
    }

    public static Validated<JuryMemberDraft> validate(JuryMemberInput in) {
        Violations violations = new Violations();
        String last = Fields.required(violations, "lastName", in.lastName(), 100);
        String first = Fields.required(violations, "firstName", in.firstName(), 100);
        String email = Fields.email(violations, "email", in.email(), true);
        violations.add("profession", professionalOfTheTrade(in.profession()));
        String profession = violations.has("profession") ? null : Fields.optional(violations, "profession", in.profession(), 200);
        String region = Fields.required(violations, "region", in.region(), 60);
        return Validated.of(new JuryMemberDraft(last, first, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                profession, region), violations);
    }
}
