package fr.sessiontp.planner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Busy intervals of people and rooms, per day, for the greedy builder. */
final class Resources {
    private final Instance in;
    private final int nCand;
    private final int nJury;
    /** busy[person][day]: {start, end, room}. Persons: candidates, then jury, then surveillants. */
    private final List<int[]>[][] busy;
    private final List<int[]>[][] roomBusy;
    private final int[][] roomOrderE;
    private final int[][] roomOrderT;

    @SuppressWarnings("unchecked")
    Resources(Instance in) {
        this.in = in;
        nCand = in.candidates.size();
        nJury = in.juryIds.size();
        int persons = nCand + nJury + in.surveillants.size();
        busy = new List[persons][in.nDays];
        for (List<int[]>[] row : busy) for (int d = 0; d < row.length; d++) row[d] = new ArrayList<>();
        roomBusy = new List[in.rooms.size()][in.nDays];
        for (List<int[]>[] row : roomBusy) for (int d = 0; d < row.length; d++) row[d] = new ArrayList<>();
        roomOrderE = sortByCapacity(in.epreuveRooms);
        roomOrderT = sortByCapacity(in.taskRooms);
    }

    private int[][] sortByCapacity(int[][] rooms) {
        int[][] out = new int[rooms.length][];
        for (int i = 0; i < rooms.length; i++) {
            out[i] = Arrays.stream(rooms[i]).boxed()
                    .sorted((a, b) -> Integer.compare(in.rooms.get(a).capacity(), in.rooms.get(b).capacity()))
                    .mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    int juryPerson(int member) {
        return nCand + member;
    }

    int survPerson(int s) {
        return nCand + nJury + s;
    }

    int[] people(Act a) {
        int extra = a.surveillant >= 0 ? 1 : 0;
        int[] p = new int[a.cands.length + a.jury.length + extra];
        int i = 0;
        for (int c : a.cands) p[i++] = c;
        for (int j : a.jury) p[i++] = juryPerson(j);
        if (extra == 1) p[i] = survPerson(a.surveillant);
        return p;
    }

    /** Candidates and jury members: the people whose days count in the objective. */
    int[] objectivePeople(Act a) {
        int[] p = new int[a.cands.length + a.jury.length];
        int i = 0;
        for (int c : a.cands) p[i++] = c;
        for (int j : a.jury) p[i++] = juryPerson(j);
        return p;
    }

    /** How long person p stays in sitting a: a candidate their own duration, others the whole sitting. */
    int personDuration(Act a, int p) {
        return p < nCand ? a.own(p) : a.duration;
    }

    void occupy(Act a) {
        for (int p : people(a)) busy[p][a.day].add(new int[]{a.start, a.start + personDuration(a, p), a.room});
        if (a.room >= 0 && a.room < roomBusy.length) roomBusy[a.room][a.day].add(new int[]{a.start, a.end(), a.room});
    }

    void release(Act a) {
        for (int p : people(a)) remove(busy[p][a.day], a.start, a.start + personDuration(a, p));
        if (a.room >= 0 && a.room < roomBusy.length) remove(roomBusy[a.room][a.day], a.start, a.end());
    }

    private static void remove(List<int[]> list, int s, int e) {
        for (Iterator<int[]> it = list.iterator(); it.hasNext(); ) {
            int[] x = it.next();
            if (x[0] == s && x[1] == e) {
                it.remove();
                return;
            }
        }
    }

    int firstStart(int p, int d) {
        int m = Integer.MAX_VALUE;
        for (int[] x : busy[p][d]) m = Math.min(m, x[0]);
        return m;
    }

    int[] firstAfter(int p, int d, int t) {
        int[] best = null;
        for (int[] x : busy[p][d]) if (x[0] >= t && (best == null || x[0] < best[0])) best = x;
        return best;
    }

    int[] lastBefore(int p, int d, int t) {
        int[] best = null;
        for (int[] x : busy[p][d]) if (x[1] <= t && (best == null || x[1] > best[1])) best = x;
        return best;
    }

    int dayLastEnd(int d) {
        int m = 0;
        for (List<int[]>[] row : roomBusy) for (int[] x : row[d]) m = Math.max(m, x[1]);
        return m;
    }

    /** End of the latest interval blocking [t, e) for person p (room-aware changeover), or -1 if free. */
    private int blocking(int p, int d, int t, int e, int room) {
        int block = -1;
        int co = in.changeover;
        for (int[] x : busy[p][d]) {
            if (t < x[1] && x[0] < e) {
                block = Math.max(block, x[1] + (room >= 0 && x[2] != room ? co : 0));
            } else if (co > 0 && room >= 0 && x[2] != room && t < x[1] + co && x[0] < e + co) {
                block = Math.max(block, x[1] + co);
            }
        }
        return block;
    }

    private boolean roomFree(int r, int d, int t, int e) {
        for (int[] x : roomBusy[r][d]) if (t < x[1] && x[0] < e) return false;
        return true;
    }

    /** Places {@code a} on day d at t if possible (returns -1), else returns a later time worth trying. */
    int tryPlace(Act a, int d, int t) {
        int e = t + a.duration;
        int block = -1;
        for (int c : a.cands) block = Math.max(block, blocking(c, d, t, t + a.own(c), -1));
        for (int j : a.jury) block = Math.max(block, blocking(juryPerson(j), d, t, e, -1));
        if (block >= 0) return block;
        int[] rooms = a.task ? roomOrderT[a.activity] : roomOrderE[a.activity];
        int size = a.cands.length;
        int next = Integer.MAX_VALUE;
        for (int r : rooms) {
            if (in.rooms.get(r).capacity() < size) continue;
            if (!roomFree(r, d, t, e)) continue;
            int b = -1;
            if (in.changeover > 0) {
                for (int c : a.cands) b = Math.max(b, blocking(c, d, t, t + a.own(c), r));
                for (int j : a.jury) b = Math.max(b, blocking(juryPerson(j), d, t, e, r));
            }
            if (b >= 0) {
                next = Math.min(next, b);
                continue;
            }
            int surv = -1;
            if (a.needsSurveillant) {
                surv = findSurveillant(a, d, t, e, r);
                if (surv < 0) continue;
            }
            a.day = d;
            a.start = t;
            a.room = r;
            a.surveillant = surv;
            occupy(a);
            return -1;
        }
        return next == Integer.MAX_VALUE ? t + in.g : next;
    }

    private int findSurveillant(Act a, int d, int t, int e, int r) {
        int best = -1;
        int bestLoad = -1;
        for (int s = 0; s < in.surveillants.size(); s++) {
            if (s == in.responsableSurveillant) continue;
            boolean ok = true;
            for (int c : a.cands) ok &= !in.trainer[s][c];
            if (!ok || blocking(survPerson(s), d, t, e, r) >= 0) continue;
            int load = busy[survPerson(s)][d].size();
            if (load > bestLoad) {
                best = s;
                bestLoad = load;
            }
        }
        return best;
    }

    /** Whether {@code a} fits on day d at t in room r with surveillant s (a itself released). */
    boolean free(Act a, int d, int t, int r, int s) {
        int e = t + a.duration;
        if (!roomFree(r, d, t, e)) return false;
        for (int c : a.cands) if (blocking(c, d, t, t + a.own(c), r) >= 0) return false;
        for (int j : a.jury) if (blocking(juryPerson(j), d, t, e, r) >= 0) return false;
        return s < 0 || blocking(survPerson(s), d, t, e, r) < 0;
    }
}
