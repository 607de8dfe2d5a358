package fr.sessiontp.planner.solver;

import java.util.ArrayList;
import java.util.List;

/** One sitting of a plan under construction (plain Java, used by the greedy builder). */
final class Act {
    final int id;
    final boolean task;
    /** Épreuve or task index. */
    final int activity;
    /** The jury pair, or -1 for a SURVEILLANT épreuve sitting. */
    final int pair;
    final int[] cands;
    final int[] jury;
    final int duration;
    /** Épreuve sittings: each candidate's own duration, indexed by candidate (null for a task). */
    int[] durationOf;
    /** Identity of the sitting across decodings of changed decisions (épreuve and group, or task and pair). */
    String key;
    final boolean needsSurveillant;
    final List<Act> preds = new ArrayList<>();
    final List<Act> succs = new ArrayList<>();
    /** Why each predecessor comes first (same order as {@link #preds}). */
    final List<Facts.PrecedenceKind> predKinds = new ArrayList<>();
    boolean pinned;
    /** Earliest absolute start allowed (re-planning, late candidates). */
    int notBefore;
    /** Last day the greedy may use for it (a random window for the pair's sittings). */
    int lastDay = Integer.MAX_VALUE;
    int day = -1;
    int start = -1;
    int room = -1;
    int surveillant = -1;
    int tail;
    /** Re-planning: previous position (−1 when none). */
    int prevDay = -1;
    int prevStart;
    int prevRoom;
    int prevSurveillant = -1;

    Act(int id, boolean task, int activity, int pair, int[] cands, int[] jury, int duration, boolean needsSurveillant) {
        this.id = id;
        this.task = task;
        this.activity = activity;
        this.pair = pair;
        this.cands = cands;
        this.jury = jury;
        this.duration = duration;
        this.needsSurveillant = needsSurveillant;
    }

    int end() {
        return start + duration;
    }

    /** A candidate's own time in this sitting (FORMAT.md: their own duration, at most the sitting's). */
    int own(int candidate) {
        return durationOf == null ? duration : Math.min(duration, durationOf[candidate]);
    }

    /** When a candidate leaves this sitting. */
    int candidateEnd(int candidate) {
        return start + own(candidate);
    }

    int absStart() {
        return day * Instance.DAY + start;
    }

    int absEnd() {
        return day * Instance.DAY + start + duration;
    }

    boolean placed() {
        return day >= 0;
    }
}
