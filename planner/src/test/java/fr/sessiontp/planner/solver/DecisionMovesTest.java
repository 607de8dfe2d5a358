package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.TestFiles;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Each move of the decision search changes what it says, keeps JURY groups within one pair, and decodes feasibly. */
class DecisionMovesTest {
    private final Problem p = TestFiles.problem("example-10-candidates.json");
    private final Instance in = new Instance(p);
    private final Greedy greedy = new Greedy(in, Pins.none());

    private Greedy.Plan plan() {
        Random rnd = new Random(5);
        for (int i = 0; i < 200; i++) {
            Greedy.Plan plan = greedy.build(rnd);
            if (plan.complete()) return plan;
        }
        throw new AssertionError("no complete plan");
    }

    private int groupEpreuve(boolean jury) {
        for (int e = 0; e < in.epreuves.size(); e++) {
            if (in.epreuves.get(e).grouping() == fr.sessiontp.planner.format.Problem.Grouping.GROUP && in.isJury(e) == jury) {
                return e;
            }
        }
        return -1;
    }

    /** The decoded plan of the changed decisions is feasible for the independent validator. */
    private void decodesFeasibly(Decisions d) {
        Random rnd = new Random(1);
        Greedy.Plan plan = greedy.decode(d, rnd);
        if (!plan.complete()) return;  // a move may lead nowhere; the search then rejects it
        assertThat(new Validator().validate(p, Plans.toSolution(in, plan.acts(), plan.pairOf())).violations()).isEmpty();
        for (Act a : plan.acts()) {
            if (!a.task && a.pair >= 0) for (int c : a.cands) assertThat(plan.pairOf()[c]).isEqualTo(a.pair);
        }
    }

    @Test
    void swapPairsExchangesTwoCandidatesPairsAndTheirJuryGroups() {
        Decisions d = plan().decisions();
        int c1 = -1;
        int c2 = -1;
        for (int a = 0; a < in.candidates.size() && c1 < 0; a++) {
            for (int b = 0; b < in.candidates.size(); b++) {
                if (DecisionMoves.swapPairs(greedy, d, a, b) != null) {
                    c1 = a;
                    c2 = b;
                    break;
                }
            }
        }
        assertThat(c1).isNotNegative();
        Decisions out = DecisionMoves.swapPairs(greedy, d, c1, c2);
        assertThat(out.pairOf()[c1]).isEqualTo(d.pairOf()[c2]);
        assertThat(out.pairOf()[c2]).isEqualTo(d.pairOf()[c1]);
        int e = groupEpreuve(true);
        if (e >= 0) assertThat(out.groupOf()[e][c1]).isEqualTo(d.groupOf()[e][c2]);
        assertThat(d.pairOf()[c1]).as("the original decisions are left unchanged").isNotEqualTo(out.pairOf()[c1]);
        decodesFeasibly(out);
    }

    @Test
    void moveToPairPutsTheCandidateInAJuryGroupOfTheNewPair() {
        Decisions d = plan().decisions();
        for (int c = 0; c < in.candidates.size(); c++) {
            for (int k : in.allowedPairs[c]) {
                Decisions out = DecisionMoves.moveToPair(greedy, d, c, k);
                if (out == null) continue;
                assertThat(out.pairOf()[c]).isEqualTo(k);
                for (int e = 0; e < in.epreuves.size(); e++) {
                    if (out.groupOf()[e] == null || !in.isJury(e)) continue;
                    for (int x = 0; x < in.candidates.size(); x++) {
                        if (out.groupOf()[e][x] == out.groupOf()[e][c]) assertThat(out.pairOf()[x]).isEqualTo(k);
                    }
                    assertThat(out.groupSize(e, out.groupOf()[e][c])).isLessThanOrEqualTo(in.groupLimit[e]);
                }
                decodesFeasibly(out);
                return;
            }
        }
        throw new AssertionError("no candidate could change pair");
    }

    @Test
    void swapInGroupsAndMoveToGroupChangeWhoSitsTogether() {
        Decisions d = plan().decisions();
        int e = groupEpreuve(false);
        assertThat(e).isNotNegative();
        int[] g = d.groupOf()[e];
        int c1 = 0;
        int c2 = -1;
        for (int x = 1; x < g.length; x++) if (g[x] != g[c1]) c2 = x;
        assertThat(c2).isPositive();
        Decisions swapped = DecisionMoves.swapInGroups(in, d, e, c1, c2);
        assertThat(swapped.groupOf()[e][c1]).isEqualTo(g[c2]);
        assertThat(swapped.groupOf()[e][c2]).isEqualTo(g[c1]);
        decodesFeasibly(swapped);
        Decisions alone = DecisionMoves.moveToGroup(in, d, e, c1, -1);
        if (d.groupSize(e, g[c1]) > 1) {
            assertThat(alone.groupSize(e, alone.groupOf()[e][c1])).isEqualTo(1);
            decodesFeasibly(alone);
        }
        // a JURY group never mixes pairs
        int j = groupEpreuve(true);
        if (j >= 0) {
            for (int a = 0; a < in.candidates.size(); a++) {
                for (int b = 0; b < in.candidates.size(); b++) {
                    if (d.pairOf()[a] != d.pairOf()[b]) {
                        assertThat(DecisionMoves.swapInGroups(in, d, j, a, b)).isNull();
                        assertThat(DecisionMoves.moveToGroup(in, d, j, a, d.groupOf()[j][b])).isNull();
                    }
                }
            }
        }
    }

    @Test
    void shiftPairDaysMovesTheWholePairToAnotherDay() {
        Greedy.Plan plan = plan();
        Decisions d = plan.decisions();
        int k = d.pairOf()[0];
        int delta = d.pairLastDay()[k] + 1 < in.nDays ? 1 : -1;
        Decisions out = DecisionMoves.shiftPairDays(in, d, k, delta);
        if (out == null) {  // a window over every day cannot move: shrink it first
            d = DecisionMoves.setPairWindow(in, d, k, 0, 0);
            delta = 1;
            out = DecisionMoves.shiftPairDays(in, d, k, delta);
        }
        assertThat(out.pairDay()[k]).isEqualTo(d.pairDay()[k] + delta);
        assertThat(out.pairLastDay()[k]).isEqualTo(d.pairLastDay()[k] + delta);
        for (String key : DecisionMoves.pairKeys(in, d, k)) {
            if (d.priority().containsKey(key)) {
                assertThat(out.priority().get(key)).isEqualTo(d.priority().get(key) + delta * Instance.DAY);
            }
        }
        Greedy.Plan moved = greedy.decode(out, new Random(1));
        if (moved.complete()) {
            for (Act a : moved.acts()) {
                if (a.pair == k && a.jury.length > 0) {
                    assertThat(a.day).isBetween(out.pairDay()[k], out.pairLastDay()[k]);
                }
            }
            decodesFeasibly(out);
        }
    }

    @Test
    void decodingAPlansOwnDecisionsGivesItBackAndTheSearchNeverWorsens() {
        Greedy.Plan plan = plan();
        Greedy.Plan again = greedy.decode(plan.decisions(), new Random(2));
        assertThat(again.complete()).isTrue();
        assertThat(Objective.compare(again.objective(), plan.objective())).isLessThanOrEqualTo(0);
        Greedy.Plan best = new DecisionSearch(greedy).run(plan, new Random(3), 300, Long.MAX_VALUE, null, null);
        assertThat(Objective.compare(best.objective(), plan.objective())).isLessThanOrEqualTo(0);
        assertThat(new Validator().validate(p, Plans.toSolution(in, best.acts(), best.pairOf())).violations()).isEmpty();
    }
}
