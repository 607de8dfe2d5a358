package fr.sessiontp.planner.bench;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Problem.Calendar;
import fr.sessiontp.planner.format.Problem.Candidate;
import fr.sessiontp.planner.format.Problem.Epreuve;
import fr.sessiontp.planner.format.Problem.Grouping;
import fr.sessiontp.planner.format.Problem.JuryMember;
import fr.sessiontp.planner.format.Problem.JuryTask;
import fr.sessiontp.planner.format.Problem.Lunch;
import fr.sessiontp.planner.format.Problem.Person;
import fr.sessiontp.planner.format.Problem.Presence;
import fr.sessiontp.planner.format.Problem.Room;
import fr.sessiontp.planner.format.Problem.Surveillant;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates valid planning problems of two kinds of titles: workshop-based (like TSMI: written tests
 * for all, practical tests in small groups in a workshop, individual questioning and final interview)
 * and office-based (like Secrétaire comptable: a long proctored computer test in a computer room,
 * a questionnaire, individual technical interviews and the final interview).
 */
public final class Generator {

    public enum Kind { WORKSHOP, OFFICE }

    /** @param hazards add links, extra time, absentees and unavailable jury members */
    public record Spec(Kind kind, int candidates, int pairs, boolean hazards, long seed) {
        public String name() {
            return kind.name().toLowerCase() + "-" + candidates + "c-" + pairs + "p" + (hazards ? "-h" : "");
        }
    }

    private Generator() {
    }

    public static Problem generate(Spec spec) {
        Random rnd = new Random(spec.seed());
        int n = spec.candidates();
        int pairs = spec.pairs();
        int days = Math.max(2, Math.min(5, 1 + (int) Math.ceil(n / (double) (6 * pairs)) + 1));
        List<String> dayList = new ArrayList<>();
        for (int d = 0; d < days; d++) dayList.add(String.format("2026-06-%02d", 8 + d));
        Calendar cal = new Calendar(dayList, 450, 1080, 1140, new Lunch(750, 810), 5, spec.hazards() ? 5 : 0);
        List<JuryMember> jury = new ArrayList<>();
        List<List<String>> juryPairs = new ArrayList<>();
        for (int j = 0; j < 2 * pairs; j++) {
            List<String> un = new ArrayList<>();
            if (spec.hazards() && j == 1 && days > 2) un.add(dayList.get(days - 1));
            jury.add(new JuryMember("J" + (j + 1), "Juré " + (j + 1), un));
        }
        for (int k = 0; k < pairs; k++) juryPairs.add(List.of("J" + (2 * k + 1), "J" + (2 * k + 2)));
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            List<String> links = new ArrayList<>();
            boolean absent = false;
            int extra = 0;
            if (spec.hazards()) {
                if (pairs > 1 && rnd.nextInt(6) == 0) links.add("J" + (1 + rnd.nextInt(2 * pairs)));
                if (rnd.nextInt(12) == 0) extra = 33;
                if (n > 4 && rnd.nextInt(15) == 0) absent = true;
            }
            candidates.add(new Candidate("C" + (c + 1), "Candidat " + (c + 1), links, null, absent, extra));
        }
        int surveillantCount = Math.max(1, (n + 14) / 15);
        List<Surveillant> surveillants = new ArrayList<>();
        for (int s = 0; s < surveillantCount + (spec.hazards() ? 1 : 0); s++) {
            List<String> trainerOf = new ArrayList<>();
            if (spec.hazards() && s == surveillantCount) trainerOf.add("C" + (1 + rnd.nextInt(n)));
            surveillants.add(new Surveillant("S" + (s + 1), "Surveillant " + (s + 1), trainerOf));
        }
        List<Room> rooms = new ArrayList<>();
        rooms.add(new Room("SALLE-1", "SALLE", Math.max(12, n + 2), false));
        rooms.add(new Room("SALLE-2", "SALLE", 8, false));
        for (int k = 0; k < pairs; k++) rooms.add(new Room("JURY-" + (char) ('A' + k), "JURY", 1, true));
        List<Epreuve> epreuves = new ArrayList<>();
        List<JuryTask> tasks = new ArrayList<>();
        if (spec.kind() == Kind.WORKSHOP) {
            for (int a = 0; a < Math.max(1, (pairs + 1) / 2); a++) {
                rooms.add(new Room("ATELIER-" + (a + 1), "ATELIER", 3, false));
            }
            epreuves.add(new Epreuve("ACCUEIL", "Accueil des candidats", 45, Grouping.ALL, null, "SALLE",
                    Presence.SURVEILLANT, List.of(), List.of()));
            epreuves.add(new Epreuve("EE", "Étude de cas", 120, Grouping.ALL, null, "SALLE",
                    Presence.SURVEILLANT, List.of("ACCUEIL"), List.of()));
            epreuves.add(new Epreuve("QP", "Questionnaire professionnel", 40, Grouping.ALL, null, "SALLE",
                    Presence.SURVEILLANT, List.of("ACCUEIL"), List.of()));
            epreuves.add(new Epreuve("MSP1", "Mise en situation en atelier", 45, Grouping.GROUP, 2, "ATELIER",
                    Presence.JURY, List.of("ACCUEIL"), List.of("BRIEFING")));
            epreuves.add(new Epreuve("MSP2", "Mise en situation en salle", 45, Grouping.GROUP, 4, "SALLE",
                    Presence.SURVEILLANT, List.of("MSP1"), List.of()));
            epreuves.add(new Epreuve("QSP", "Questionnement sur production", 30, Grouping.INDIVIDUAL, null, "JURY",
                    Presence.JURY, List.of("MSP2"), List.of("BRIEFING")));
            epreuves.add(new Epreuve("EF", "Entretien final", 20, Grouping.INDIVIDUAL, null, "JURY", Presence.JURY,
                    List.of("ACCUEIL", "EE", "QP", "MSP1", "MSP2", "QSP"), List.of("BRIEFING", "CORRECTION")));
            tasks.add(new JuryTask("BRIEFING", "Accueil et briefing du jury", 45, "JURY", List.of(),
                    List.of("MSP1", "QSP", "EF")));
            tasks.add(new JuryTask("CORRECTION", "Corrections des écrits", 60, "JURY", List.of("EE", "QP", "MSP2"),
                    List.of("EF")));
            tasks.add(new JuryTask("DELIBERATION", "Délibérations", 45, "JURY", List.of("EF"), List.of()));
        } else {
            rooms.add(new Room("INFO-1", "INFO", Math.min(12, Math.max(6, n)), false));
            if (n > 12) rooms.add(new Room("INFO-2", "INFO", 10, false));
            epreuves.add(new Epreuve("ACCUEIL", "Accueil des candidats", 30, Grouping.ALL, null, "SALLE",
                    Presence.SURVEILLANT, List.of(), List.of()));
            epreuves.add(new Epreuve("MSP", "Mise en situation sur poste informatique", 210, Grouping.GROUP, null,
                    "INFO", Presence.SURVEILLANT, List.of("ACCUEIL"), List.of()));
            epreuves.add(new Epreuve("QP", "Questionnaire professionnel", 60, Grouping.ALL, null, "SALLE",
                    Presence.SURVEILLANT, List.of("ACCUEIL"), List.of()));
            epreuves.add(new Epreuve("ET", "Entretien technique", 30, Grouping.INDIVIDUAL, null, "JURY",
                    Presence.JURY, List.of("MSP"), List.of("BRIEFING")));
            epreuves.add(new Epreuve("EF", "Entretien final", 20, Grouping.INDIVIDUAL, null, "JURY", Presence.JURY,
                    List.of("ACCUEIL", "MSP", "QP", "ET"), List.of("BRIEFING", "CORRECTION")));
            tasks.add(new JuryTask("BRIEFING", "Accueil et briefing du jury", 30, "JURY", List.of(),
                    List.of("ET", "EF")));
            tasks.add(new JuryTask("CORRECTION", "Correction des productions", 60, "JURY", List.of("MSP", "QP"),
                    List.of("EF")));
            tasks.add(new JuryTask("DELIBERATION", "Délibérations", 40, "JURY", List.of("EF"), List.of()));
        }
        return new Problem(1, spec.name().toUpperCase(), cal, rooms, new Person("R1", "Responsable"), jury, juryPairs,
                surveillants, candidates, epreuves, tasks);
    }
}
