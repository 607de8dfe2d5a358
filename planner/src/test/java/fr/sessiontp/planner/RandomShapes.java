package fr.sessiontp.planner;

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

/** Random problems of varied shapes (random épreuves, orders and tasks) for robustness properties. */
final class RandomShapes {
    private RandomShapes() {
    }

    static Problem problem(long seed) {
        Random r = new Random(seed);
        int g = r.nextBoolean() ? 5 : 15;
        int nDays = 1 + r.nextInt(3);
        List<String> days = new ArrayList<>();
        for (int d = 0; d < nDays; d++) days.add("2026-10-0" + (1 + d));
        Lunch lunch = r.nextInt(4) == 0 ? null : new Lunch(720, 780);
        Calendar cal = new Calendar(days, 480, 1050, 1050 + g * r.nextInt(8), lunch, g, r.nextBoolean() ? 0 : g);
        int pairs = 1 + r.nextInt(3);
        List<JuryMember> jury = new ArrayList<>();
        List<List<String>> juryPairs = new ArrayList<>();
        for (int j = 0; j < 2 * pairs; j++) {
            List<String> un = r.nextInt(6) == 0 ? List.of(days.get(r.nextInt(nDays))) : List.of();
            jury.add(new JuryMember("J" + j, "J" + j, un));
        }
        for (int k = 0; k < pairs; k++) juryPairs.add(List.of("J" + 2 * k, "J" + (2 * k + 1)));
        int n = 1 + r.nextInt(10);
        List<Candidate> cands = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            List<String> links = r.nextInt(5) == 0 ? List.of("J" + r.nextInt(2 * pairs)) : List.of();
            Integer fixed = r.nextInt(8) == 0 ? r.nextInt(pairs) : null;
            cands.add(new Candidate("C" + c, "C" + c, links, fixed, r.nextInt(10) == 0, r.nextInt(6) == 0 ? 25 : 0));
        }
        List<Surveillant> survs = new ArrayList<>();
        for (int s = 0; s < 1 + r.nextInt(2); s++) {
            survs.add(new Surveillant("S" + s, "S" + s, r.nextInt(4) == 0 ? List.of("C" + r.nextInt(n)) : List.of()));
        }
        List<Room> rooms = new ArrayList<>(List.of(new Room("SALLE", "SALLE", 12, false),
                new Room("ATELIER", "ATELIER", 1 + r.nextInt(3), false), new Room("JURY-A", "JURY", 1, true)));
        if (r.nextBoolean()) rooms.add(new Room("JURY-B", "JURY", 1, true));
        int ne = 1 + r.nextInt(5);
        List<Epreuve> eps = new ArrayList<>();
        for (int e = 0; e < ne; e++) {
            Grouping grouping = Grouping.values()[r.nextInt(3)];
            Presence presence = grouping == Grouping.ALL || r.nextBoolean() ? Presence.SURVEILLANT : Presence.JURY;
            String kind = presence == Presence.JURY && grouping == Grouping.INDIVIDUAL ? "JURY"
                    : grouping == Grouping.ALL ? "SALLE" : (r.nextBoolean() ? "ATELIER" : "SALLE");
            List<String> after = new ArrayList<>();
            for (int b = 0; b < e; b++) if (r.nextInt(3) == 0) after.add("E" + b);
            eps.add(new Epreuve("E" + e, "E" + e, g * (2 + r.nextInt(10)), grouping,
                    grouping == Grouping.GROUP && r.nextBoolean() ? 1 + r.nextInt(4) : null, kind, presence, after,
                    List.of()));
        }
        List<JuryTask> tasks = new ArrayList<>();
        if (r.nextBoolean()) {
            tasks.add(new JuryTask("T0", "T0", g * (2 + r.nextInt(6)), "JURY", List.of(), List.of("E" + (ne - 1))));
        }
        if (r.nextBoolean() && ne > 1) {
            tasks.add(new JuryTask("T1", "T1", g * (2 + r.nextInt(6)), "JURY", List.of("E0"), List.of()));
        }
        return new Problem(1, "R" + seed, cal, rooms, new Person("R", "R"), jury, juryPairs, survs, cands, eps, tasks);
    }
}
