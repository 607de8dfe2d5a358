package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Problem.Epreuve;
import fr.sessiontp.planner.format.Problem.JuryTask;
import fr.sessiontp.planner.solver.Facts.PrecedenceKind;

import java.util.List;

/** Precedences between sittings of fixed composition (FORMAT.md constraint 7). */
final class Links {
    private Links() {
    }

    static void link(Instance in, List<Act> acts, int[] pairOf) {
        int n = in.candidates.size();
        Act[][] sittingOf = new Act[in.epreuves.size()][n];
        Act[][] taskOf = new Act[in.tasks.size()][in.nPairs];
        for (Act a : acts) {
            a.preds.clear();
            a.succs.clear();
            a.predKinds.clear();
            if (a.task) {
                taskOf[a.activity][a.pair] = a;
            } else {
                for (int c : a.cands) sittingOf[a.activity][c] = a;
            }
        }
        for (Act a : acts) {
            if (a.task) {
                JuryTask t = in.tasks.get(a.activity);
                for (String eid : t.afterEpreuves()) {
                    int e = in.epreuveIndex(eid);
                    for (int c = 0; c < n; c++) {
                        if (pairOf[c] == a.pair && sittingOf[e][c] != null) {
                            edge(sittingOf[e][c], a, PrecedenceKind.TASK_AFTER_EPREUVE);
                        }
                    }
                }
                for (String eid : t.beforeEpreuves()) {
                    int e = in.epreuveIndex(eid);
                    for (int c = 0; c < n; c++) {
                        if (pairOf[c] == a.pair && sittingOf[e][c] != null) {
                            edge(a, sittingOf[e][c], PrecedenceKind.TASK_BEFORE_EPREUVE);
                        }
                    }
                }
            } else {
                Epreuve ep = in.epreuves.get(a.activity);
                for (int c : a.cands) {
                    for (String before : ep.after()) {
                        Act b = sittingOf[in.epreuveIndex(before)][c];
                        if (b != null) edge(b, a, PrecedenceKind.EPREUVE_AFTER_EPREUVE);
                    }
                    for (String tid : ep.afterJuryTasks()) {
                        Act b = pairOf[c] < 0 ? null : taskOf[in.taskIndex(tid)][pairOf[c]];
                        if (b != null) edge(b, a, PrecedenceKind.EPREUVE_AFTER_TASK);
                    }
                }
            }
        }
    }

    private static void edge(Act from, Act to, PrecedenceKind kind) {
        if (from == to || from.succs.contains(to)) return;
        from.succs.add(to);
        to.preds.add(from);
        to.predKinds.add(kind);
    }
}
