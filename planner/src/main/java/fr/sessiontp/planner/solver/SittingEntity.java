package fr.sessiontp.planner.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import fr.sessiontp.planner.solver.Facts.RoomFact;
import fr.sessiontp.planner.solver.Facts.Settings;
import fr.sessiontp.planner.solver.Facts.SurveillantFact;

import java.util.BitSet;
import java.util.List;

/**
 * One sitting: an épreuve sitting of a fixed group of candidates, or a jury task of a pair. The
 * solver decides its start (day and time, as {@code day * 1440 + minute}), its room and, for
 * SURVEILLANT épreuves, its surveillant. Group composition and pairs are chosen by the greedy builder.
 */
@PlanningEntity
public class SittingEntity {
    @PlanningId
    private String id;
    private boolean task;
    private int activity;
    private String activityId;
    private String roomKind;
    private int pair;
    /** Present candidates (solver indices). */
    private int[] candidates;
    private BitSet candidateSet;
    /** Jury member indices (the pair's two members), empty for SURVEILLANT sittings. */
    private int[] jury;
    private BitSet jurySet;
    private BitSet juryUnavailableDays;
    private int duration;
    /** Each candidate's own duration (extra time included), to check the sitting's length (P5, X3). */
    private int[] candidateDurations;
    private int groupLimit;
    private boolean needsSurveillant;
    private Settings settings;
    private List<Integer> startRange;
    private List<RoomFact> roomRange;
    private List<SurveillantFact> surveillantRange;
    /** Re-planning: where the sitting was in the previous déroulé (null if new). */
    private Integer previousStart;
    private String previousRoom;
    /** Earliest absolute start allowed (re-planning: "now", or a late candidate's arrival); 0 otherwise. */
    private int notBefore;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "startRange")
    private Integer start;
    @PlanningVariable(valueRangeProviderRefs = "roomRange")
    private RoomFact room;
    @PlanningVariable(valueRangeProviderRefs = "surveillantRange")
    private SurveillantFact surveillant;

    public SittingEntity() {
    }

    @SuppressWarnings("java:S107")
    public SittingEntity(String id, boolean task, int activity, String activityId, String roomKind, int pair,
                         int[] candidates, int[] jury, BitSet juryUnavailableDays, int duration,
                         int[] candidateDurations, int groupLimit, boolean needsSurveillant, Settings settings) {
        this.id = id;
        this.task = task;
        this.activity = activity;
        this.activityId = activityId;
        this.roomKind = roomKind;
        this.pair = pair;
        this.candidates = candidates;
        this.candidateSet = new BitSet();
        for (int c : candidates) candidateSet.set(c);
        this.jury = jury;
        this.jurySet = new BitSet();
        for (int j : jury) jurySet.set(j);
        this.juryUnavailableDays = juryUnavailableDays;
        this.duration = duration;
        this.candidateDurations = candidateDurations;
        this.groupLimit = groupLimit;
        this.needsSurveillant = needsSurveillant;
        this.settings = settings;
    }

    @ValueRangeProvider(id = "startRange")
    public List<Integer> getStartRange() {
        return startRange;
    }

    @ValueRangeProvider(id = "roomRange")
    public List<RoomFact> getRoomRange() {
        return roomRange;
    }

    @ValueRangeProvider(id = "surveillantRange")
    public List<SurveillantFact> getSurveillantRange() {
        return surveillantRange;
    }

    public void setRanges(List<Integer> starts, List<RoomFact> rooms, List<SurveillantFact> surveillants) {
        this.startRange = starts;
        this.roomRange = rooms;
        this.surveillantRange = surveillants;
    }

    // ---- derived values used by the constraints

    public int day() {
        return start / Instance.DAY;
    }

    public int startMinute() {
        return start % Instance.DAY;
    }

    public int endMinute() {
        return startMinute() + duration;
    }

    public int absEnd() {
        return start + duration;
    }

    public int size() {
        return candidates.length;
    }

    public boolean hasCandidate(int c) {
        return candidateSet.get(c);
    }

    public boolean hasJury(int member) {
        return jurySet.get(member);
    }

    /** Whether the two sittings share a candidate or a jury member. */
    public boolean sharesPersonWith(SittingEntity o) {
        return candidateSet.intersects(o.candidateSet) || jurySet.intersects(o.jurySet);
    }

    /** Minutes of overlap with {@code o}, or the missing changeover minutes when rooms differ; 0 if fine. */
    public int clashWith(SittingEntity o, int changeover) {
        int overlap = Math.min(absEnd(), o.absEnd()) - Math.max(start, o.start);
        if (overlap > 0) return overlap;
        if (changeover > 0 && room.index() != o.room.index()) {
            int gap = -overlap;
            return Math.max(0, changeover - gap);
        }
        return 0;
    }

    /** A candidate's own time in this sitting (FORMAT.md: their own duration, at most the sitting's). */
    public int candidateDuration(int c) {
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] == c) return i < candidateDurations.length ? Math.min(duration, candidateDurations[i]) : duration;
        }
        return duration;
    }

    /** When a candidate of this sitting leaves it (absolute minute). */
    public int candidateEnd(int c) {
        return start + candidateDuration(c);
    }

    /**
     * For the people both sittings share, the largest clash: minutes of overlap of their own presence
     * (a candidate leaves at their own end, the jury at the sitting's end), or the missing changeover
     * minutes when the rooms differ; 0 if fine.
     */
    public int personClashWith(SittingEntity o, int changeover) {
        int worst = 0;
        boolean otherRoom = room.index() != o.room.index();
        if (jurySet.intersects(o.jurySet)) {
            worst = clash(start, absEnd(), o.start, o.absEnd(), otherRoom ? changeover : 0);
        }
        if (candidateSet.intersects(o.candidateSet)) {
            for (int c : candidates) {
                if (!o.candidateSet.get(c)) continue;
                worst = Math.max(worst, clash(start, candidateEnd(c), o.start, o.candidateEnd(c),
                        otherRoom ? changeover : 0));
            }
        }
        return worst;
    }

    private static int clash(int s1, int e1, int s2, int e2, int changeover) {
        int overlap = Math.min(e1, e2) - Math.max(s1, s2);
        if (overlap > 0) return overlap;
        return Math.max(0, changeover + overlap);
    }

    public int requiredDuration() {
        if (task) return duration;
        int d = 0;
        for (int x : candidateDurations) d = Math.max(d, x);
        return d;
    }

    // ---- accessors

    public String getId() {
        return id;
    }

    public boolean isTask() {
        return task;
    }

    public int getActivity() {
        return activity;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getRoomKind() {
        return roomKind;
    }

    public int getPair() {
        return pair;
    }

    public int[] getCandidates() {
        return candidates;
    }

    public BitSet getCandidateSet() {
        return candidateSet;
    }

    public int[] getJury() {
        return jury;
    }

    public BitSet getJuryUnavailableDays() {
        return juryUnavailableDays;
    }

    public int getDuration() {
        return duration;
    }

    public void setDuration(int duration) {
        this.duration = duration;
    }

    public int getGroupLimit() {
        return groupLimit;
    }

    public boolean isNeedsSurveillant() {
        return needsSurveillant;
    }

    public Settings getSettings() {
        return settings;
    }

    public Integer getPreviousStart() {
        return previousStart;
    }

    public String getPreviousRoom() {
        return previousRoom;
    }

    public void setPrevious(Integer previousStart, String previousRoom) {
        this.previousStart = previousStart;
        this.previousRoom = previousRoom;
    }

    public int getNotBefore() {
        return notBefore;
    }

    public void setNotBefore(int notBefore) {
        this.notBefore = notBefore;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public RoomFact getRoom() {
        return room;
    }

    public void setRoom(RoomFact room) {
        this.room = room;
    }

    public SurveillantFact getSurveillant() {
        return surveillant;
    }

    public void setSurveillant(SurveillantFact surveillant) {
        this.surveillant = surveillant;
    }

    @Override
    public String toString() {
        return id;
    }
}
