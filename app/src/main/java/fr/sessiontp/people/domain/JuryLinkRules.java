package fr.sessiontp.people.domain;

/**
 * S3: a link between a jury member and a candidate is declared with its nature (personal or professional), so that
 * the session can keep the jury member away from that candidate.
 */
public final class JuryLinkRules {

    private JuryLinkRules() {
    }

    public static Validated<String> validateNature(String candidateId, String nature) {
        Violations violations = new Violations();
        Long candidate = Fields.id(violations, "candidateId", candidateId);
        if (candidate == null && !violations.has("candidateId")) {
            violations.add("candidateId", "people.field.required");
        }
        String text = Fields.required(violations, "nature", nature, 300);
        return Validated.of(text, violations);
    }
}
