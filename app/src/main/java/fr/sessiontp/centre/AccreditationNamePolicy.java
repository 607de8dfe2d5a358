package fr.sessiontp.centre;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * S7: the responsable's name must be the one on the centre's accreditation; otherwise the action is allowed but
 * flagged, and the DREETS must be informed by e-mail. Names compare without case, accents or extra spaces. Checked
 * when the accreditation is entered, when a session is created and when the general PV is countersigned.
 */
public final class AccreditationNamePolicy {

    private AccreditationNamePolicy() {
    }

    /** The responsable {@code lastName firstName} against the accreditation's (null when no accreditation covers). */
    public static Decision check(String lastName, String firstName, String accreditedLastName, String accreditedFirstName) {
        if (accreditedLastName == null) {
            return Decision.refused(RuleId.S7, "centre.warning.S7.noAccreditation");
        }
        boolean same = sameName(lastName, firstName, accreditedLastName, accreditedFirstName);
        return same ? Decision.allowed() : Decision.refused(RuleId.S7, "centre.warning.S7.nameDiffers",
                lastName + " " + firstName, accreditedLastName + " " + accreditedFirstName);
    }

    /**
     * When an accreditation is entered: the responsable it names must be one of the centre's responsables de session
     * ({@code staff} as "last name", "first name" pairs).
     */
    public static Decision checkNamedResponsable(String accreditedLastName, String accreditedFirstName,
                                                 Collection<String[]> staff) {
        boolean known = staff.stream().anyMatch(s -> sameName(s[0], s[1], accreditedLastName, accreditedFirstName));
        return known ? Decision.allowed() : Decision.refused(RuleId.S7, "centre.warning.S7.unknownResponsable",
                accreditedLastName + " " + accreditedFirstName);
    }

    private static boolean sameName(String last, String first, String otherLast, String otherFirst) {
        return normal(last).equals(normal(otherLast)) && normal(first).equals(normal(otherFirst));
    }

    static String normal(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
    }
}
