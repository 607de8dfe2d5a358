package fr.sessiontp.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Read access to a session's stored déroulé for the other modules (the exam days): its épreuve sittings with the
 * application's ids (candidates, jury members, proctor), in the order of the day, start time and room.
 */
public interface Deroules {

    /** The épreuve sittings of the session's déroulé (empty when the session has none), numbered from 1. */
    List<Sitting> sittings(long sessionId);

    /** The sitting numbered {@code index} in {@link #sittings(long)}, if any. */
    default java.util.Optional<Sitting> sitting(long sessionId, int index) {
        return sittings(sessionId).stream().filter(s -> s.index() == index).findFirst();
    }

    /** The candidate's first sitting of the épreuve in the déroulé, if the session has a déroulé and it plans one. */
    default java.util.Optional<Sitting> sittingOf(long sessionId, long candidateId, String epreuveCode) {
        return sittings(sessionId).stream()
                .filter(s -> s.epreuveCode().equals(epreuveCode) && s.candidateIds().contains(candidateId))
                .findFirst();
    }

    /**
     * One épreuve sitting: {@code proctorId} is the surveillant's proctor id (null for a sitting before the jury),
     * {@code juryMemberIds} the jury members present (empty for a proctored sitting).
     */
    record Sitting(int index, String epreuveCode, String epreuveLabel, LocalDate day, LocalTime start, LocalTime end,
                   String room, List<Long> candidateIds, Long proctorId, List<Long> juryMemberIds) {

        public Sitting {
            candidateIds = List.copyOf(candidateIds);
            juryMemberIds = List.copyOf(juryMemberIds);
        }
    }
}
