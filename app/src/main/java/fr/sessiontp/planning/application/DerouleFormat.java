package fr.sessiontp.planning.application;

import fr.sessiontp.common.Messages;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Times;

/** French renderings of the planner's figures. */
public final class DerouleFormat {

    private DerouleFormat() {
    }

    /** "2 jour(s), 2 journée(s)-jury, 1200 min de jury sur site, fin 2026-03-10 à 17:00, 1400 min d'attente candidats". */
    public static String metrics(Solution.Metrics m) {
        return Messages.get("planning.metrics", m.daysUsed(), m.juryDays(), String.valueOf(m.juryMinutes()),
                m.lastDay() == null ? "—" : m.lastDay(), Times.format(m.lastEnd()),
                String.valueOf(m.candidateIdleMinutes()));
    }

    /** "9h00" for 540. */
    public static String hour(int minutes) {
        return (minutes / 60) + "h" + String.format("%02d", minutes % 60);
    }
}
