package fr.sessiontp.referential;

import java.time.LocalDate;

/**
 * A titre professionnel, e.g. {@code TP-00402}, in the version of its référentiel d'évaluation (RE).
 *
 * @param requiresOutfit           the professional outfit is checked at reception (O1)
 * @param trainerAllowedOnPlatform the RE allows the candidates' trainer on the plateau technique (S4)
 */
public record Title(long id, String code, String name, String reVersion, LocalDate validFrom, LocalDate validUntil,
                    boolean requiresOutfit, boolean trainerAllowedOnPlatform) {

    /** "TP-00402 Secrétaire comptable". */
    public String displayName() {
        return code + " " + name;
    }
}
