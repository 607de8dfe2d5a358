package fr.sessiontp.conduct.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The jury's guides (J2) produced from the RE: which épreuves each one is about. The technical interview guide covers
 * the interviews and questionings the jury holds; the correction guide covers what the jury corrects after the
 * candidates wrote or produced it under a surveillant, and the correction tasks; the final interview guide covers the
 * final interview and the competences the jury decides on.
 */
public enum JuryGuide {
    TECHNICAL_INTERVIEW("technical-interview", Set.of("TECHNICAL_INTERVIEW", "PRODUCTION_QUESTIONING")),
    CORRECTION("correction", Set.of()),
    FINAL_INTERVIEW("final-interview", Set.of("FINAL_INTERVIEW"));

    /** The kinds of épreuve that are never corrected by the jury: the reception of the candidates. */
    private static final Set<String> NOT_CORRECTED = Set.of("RECEPTION");

    private final String slug;
    private final Set<String> epreuveKinds;

    JuryGuide(String slug, Set<String> epreuveKinds) {
        this.slug = slug;
        this.epreuveKinds = epreuveKinds;
    }

    public String slug() {
        return slug;
    }

    public static Optional<JuryGuide> ofSlug(String slug) {
        return Arrays.stream(values()).filter(g -> g.slug.equals(slug)).findFirst();
    }

    public static List<JuryGuide> all() {
        return List.of(values());
    }

    /**
     * Whether an épreuve of this kind, held with the jury or a surveillant, belongs in this guide.
     *
     * @param withJury the jury is present during the épreuve
     */
    public boolean covers(String epreuveKind, boolean withJury) {
        if (this == CORRECTION) {
            return !withJury && !NOT_CORRECTED.contains(epreuveKind);
        }
        return epreuveKinds.contains(epreuveKind);
    }

    /** Whether a jury task of this kind belongs in this guide (the correction tasks in the correction guide). */
    public boolean coversTask(String taskKind) {
        return this == CORRECTION && "CORRECTION".equals(taskKind);
    }
}
