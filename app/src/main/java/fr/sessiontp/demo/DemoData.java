package fr.sessiontp.demo;

import fr.sessiontp.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The names and numbers of the demo data, for the seeding code and for tests that look for them. Every person, the centre
 * and its address are fictitious. Title TP-00402 and its CCP codes are the real ones; the TSMI title and CCP codes are
 * illustrative.
 */
public final class DemoData {

    private DemoData() {
    }

    public static final String CENTRE_NAME = "Centre de formation des Ateliers du Bocage (démonstration)";
    public static final String REGION = "Normandie";

    /** Illustrative code: the demo does not claim it is the real code of the TSMI title. */
    public static final String TSMI_CODE = "TP-01234";
    public static final String TSMI_NAME = "Technicien supérieur de maintenance industrielle";
    public static final String SC_CODE = "TP-00402";
    public static final String SC_NAME = "Secrétaire comptable";

    /** The TSMI session: the reference case of the planner (seed-tsmi.json, same number and dates). */
    public static final String TSMI_SESSION_NUMBER = "DEMO-TSMI";
    public static final LocalDate TSMI_START = LocalDate.of(2026, 3, 9);
    public static final LocalDate TSMI_END = LocalDate.of(2026, 3, 10);

    public static final String SC_SESSION_NUMBER = "DEMO-SC";

    /**
     * The Secrétaire comptable session is dated from the day of the first start, never in the past: it starts on the first
     * Monday at least five weeks later (the next month, with time to send the convocations, X4: 30 days before).
     */
    public static LocalDate scStart(LocalDate firstStart) {
        return firstStart.plusDays(35).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** Monday to Thursday. */
    public static LocalDate scEnd(LocalDate firstStart) {
        return scStart(firstStart).plusDays(3);
    }

    /**
     * The TSMI session already held at the first start, waiting for its PVs: its exam days are recorded through the use
     * cases as they happened (convened, opened, candidates checked in, jury received, envelopes sealed, épreuves
     * started, grids and outcomes decided on its last day).
     */
    public static final String HELD_SESSION_NUMBER = "DEMO-PV-TSMI";

    /** The last working day (Monday to Friday) before the first start. */
    public static LocalDate heldEnd(LocalDate firstStart) {
        return previousWorkingDay(firstStart);
    }

    /** The working day before {@link #heldEnd}: a two-day session, like DEMO-TSMI. */
    public static LocalDate heldStart(LocalDate firstStart) {
        return previousWorkingDay(heldEnd(firstStart));
    }

    private static LocalDate previousWorkingDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (previous.getDayOfWeek() == DayOfWeek.SATURDAY || previous.getDayOfWeek() == DayOfWeek.SUNDAY) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /** A person's names as stored: last (birth) name, first name(s). */
    public record Name(String lastName, String firstNames) {
        public String full() {
            return firstNames + " " + lastName;
        }
    }

    public static final Name MANAGER = new Name("Marchand", "Hélène");
    public static final Name SUBSTITUTE = new Name("Perrot", "Julien");
    public static final Name PROCTOR = new Name("Dubois", "Marc");
    /** Trainer of the Secrétaire comptable candidates and proctor too: may not proctor their session (S4). */
    public static final Name TRAINER_AND_PROCTOR = new Name("Lacroix", "Olivier");
    public static final Name TSMI_TRAINER = new Name("Benali", "Nadia");

    public static final Name TSMI_JURY_A = new Name("Garnier", "Paul");
    public static final Name TSMI_JURY_B = new Name("Lemaire", "Sophie");
    public static final Name SC_JURY_1A = new Name("Renaud", "Isabelle");
    /** Declared a professional link with {@link #SC_LINKED_CANDIDATE} (S3): they are in different pairs. */
    public static final Name SC_JURY_1B = new Name("Morel", "Thierry");
    public static final Name SC_JURY_2A = new Name("Vasseur", "Céline");
    public static final Name SC_JURY_2B = new Name("Giraud", "Laurent");
    /** Habilitation for TP-00402 expired before the sessions (X2): cannot join a pair. */
    public static final Name EXPIRED_JURY = new Name("Aubry", "Bernard");
    /** Proposed by the demo centre for TP-00402, waiting for the authority of the region (X2): in no pair yet. */
    public static final Name PROPOSED_JURY = new Name("Lenoir", "Agathe");

    public static final List<Name> TSMI_CANDIDATES = List.of(
            new Name("Lefort", "Kévin"),
            new Name("Haddad", "Yanis"),
            new Name("Rigaud", "Manon"),
            new Name("Carpentier", "Théo"));

    /** The candidates of {@link #HELD_SESSION_NUMBER}; the pair decided that the last one failed. */
    public static final List<Name> HELD_CANDIDATES = List.of(
            new Name("Meunier", "Lucas"),
            new Name("Roussel", "Inès"),
            new Name("Bertin", "Hugo"));

    /** Birth names; the first candidate also has a usage name, Dupré. */
    public static final List<Name> SC_CANDIDATES = List.of(
            new Name("Martin", "Émilie"),
            new Name("Benhamou", "Sarah"),
            new Name("Caron", "Mathieu"),
            new Name("Perrin", "Julie"),
            new Name("Fabre", "Aurélie"),
            new Name("Guérin", "Nicolas"));

    /** The candidate granted a third more time by the DDETS (X3). */
    public static final Name SC_EXTRA_TIME_CANDIDATE = SC_CANDIDATES.get(1);
    public static final int SC_EXTRA_TIME_PERCENT = 33;
    /** The candidate with a declared link to {@link #SC_JURY_1B} (S3): evaluated by the second pair. */
    public static final Name SC_LINKED_CANDIDATE = SC_CANDIDATES.get(3);

    /** The demo usernames, one per role. */
    public static final String PLATFORM_ADMIN_USER = "plateforme";
    public static final String ADMIN_USER = "admin";
    public static final String MANAGER_USER = "responsable";
    public static final String JURY_USER = "jury";
    /** The second member of the TSMI pair (Sophie Lemaire), so that a PV can be fully signed in the browser (D6, D7). */
    public static final String SECOND_JURY_USER = "jury2";
    public static final String PROCTOR_USER = "surveillant";
    public static final String TRAINER_USER = "formateur";
    public static final String AUTHORITY_USER = "dreets";

    public static String username(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> PLATFORM_ADMIN_USER;
            case ADMIN -> ADMIN_USER;
            case SESSION_MANAGER -> MANAGER_USER;
            case JURY -> JURY_USER;
            case PROCTOR -> PROCTOR_USER;
            case TRAINER -> TRAINER_USER;
            case AUTHORITY -> AUTHORITY_USER;
            case API_CLIENT -> throw new IllegalArgumentException("An API client has no demo login, only tokens");
        };
    }
}
