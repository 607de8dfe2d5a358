package fr.sessiontp.centre;

import java.time.LocalTime;

/**
 * A centre's working day, used by planning instead of the defaults of {@code sessiontp.planning.*}: épreuves run
 * from {@code dayStart} to {@code dayEnd} (P3) around the lunch break; the jury's tasks may run to {@code juryDayEnd}.
 */
public record CentreCalendar(LocalTime dayStart, LocalTime lunchStart, LocalTime lunchEnd, LocalTime dayEnd,
                             LocalTime juryDayEnd) {
}
