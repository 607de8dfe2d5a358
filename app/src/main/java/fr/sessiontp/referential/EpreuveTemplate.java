package fr.sessiontp.referential;

import java.util.List;

/**
 * An épreuve the RE sets for one session type, with its exact duration (P5).
 *
 * @param code           the planner's épreuve id, e.g. {@code MSP1}
 * @param groupSize      the size of a group when {@code grouping} is GROUP, else {@code null}
 * @param afterEpreuves  codes of the épreuves a candidate must have sat before this one
 * @param afterJuryTasks codes of the jury tasks that must be done before this one
 * @param guidance       what the RE tells the jury to look at in this épreuve (the jury's guides, J2), in order
 */
public record EpreuveTemplate(long id, long titleId, SessionType sessionType, String code, String label, String kind,
                              int minutes, EpreuveGrouping grouping, Integer groupSize, Presence presence,
                              String roomKind, List<String> afterEpreuves, List<String> afterJuryTasks, int position,
                              List<String> guidance) {

    public EpreuveTemplate {
        afterEpreuves = List.copyOf(afterEpreuves);
        afterJuryTasks = List.copyOf(afterJuryTasks);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
    }

    /** An épreuve without guidance for the jury. */
    public EpreuveTemplate(long id, long titleId, SessionType sessionType, String code, String label, String kind,
                           int minutes, EpreuveGrouping grouping, Integer groupSize, Presence presence, String roomKind,
                           List<String> afterEpreuves, List<String> afterJuryTasks, int position) {
        this(id, titleId, sessionType, code, label, kind, minutes, grouping, groupSize, presence, roomKind,
                afterEpreuves, afterJuryTasks, position, List.of());
    }
}
