package fr.sessiontp.planner.replan;

import java.util.Map;
import java.util.Set;

/**
 * What happened on the exam day.
 *
 * @param day     the current day ("YYYY-MM-DD"); null when only re-planning around pinned sittings
 * @param now     minutes after midnight: sittings begun before it do not move
 * @param absent  candidates who will not come (removed from sittings not yet begun)
 * @param late    candidate id → arrival (minutes after midnight on {@code day}); a late candidate joins a
 *                sitting in progress without changing its end (rule O6); later sittings start after arrival
 */
public record ReplanRequest(String day, int now, Set<String> absent, Map<String, Integer> late) {
    public ReplanRequest {
        absent = absent == null ? Set.of() : Set.copyOf(absent);
        late = late == null ? Map.of() : Map.copyOf(late);
    }
}
