package fr.sessiontp.people.domain;

import fr.sessiontp.people.AccessRoute;
import java.util.Optional;

/** Reads an access route as a centre writes it: Formation, VAE, Équivalence (any case, with or without accents). */
public final class AccessRoutes {

    private AccessRoutes() {
    }

    public static Optional<AccessRoute> parse(String text) {
        return switch (Fields.fold(text)) {
            case "formation", "training" -> Optional.of(AccessRoute.TRAINING);
            case "vae" -> Optional.of(AccessRoute.VAE);
            case "equivalence", "equivalence / correspondance", "correspondance" -> Optional.of(AccessRoute.EQUIVALENCE);
            default -> Optional.empty();
        };
    }

    /** The French label of an access route. */
    public static String label(AccessRoute route) {
        return switch (route) {
            case TRAINING -> "Formation";
            case VAE -> "VAE";
            case EQUIVALENCE -> "Équivalence";
        };
    }
}
