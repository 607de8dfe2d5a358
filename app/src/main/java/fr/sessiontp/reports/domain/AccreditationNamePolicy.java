package fr.sessiontp.reports.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import java.text.Normalizer;
import java.util.Locale;

/**
 * S7: the responsable's name must be the one on the centre's accreditation; otherwise the countersignature is allowed
 * but flagged, and an e-mail to the DREETS is prepared. Names compare without case, accents or extra spaces.
 */
public final class AccreditationNamePolicy {

    private AccreditationNamePolicy() {
    }

    public static Decision check(String lastName, String firstName, String accreditedLastName, String accreditedFirstName) {
        if (accreditedLastName == null) {
            return Decision.refused(RuleId.S7, "reports.warning.S7.noAccreditation");
        }
        boolean same = normal(lastName).equals(normal(accreditedLastName))
                && normal(firstName).equals(normal(accreditedFirstName));
        return same ? Decision.allowed() : Decision.refused(RuleId.S7, "reports.warning.S7.nameDiffers",
                lastName + " " + firstName, accreditedLastName + " " + accreditedFirstName);
    }

    static String normal(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
    }
}
