package org.mo4j.algorithms.emoea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.core.problem.Evaluation;

/** ε-MOEA's population and archive acceptance against the paper's rules, by example and by oracle. */
class AcceptanceTest {

    private static Population population(double[]... f) {
        Population pop = new Population(f.length);
        for (double[] row : f) {
            pop.add(new double[] {0}, Evaluation.of(row));
        }
        return pop;
    }

    private static Set<Integer> replaced(Population pop, double[] child, double cv) {
        Set<Integer> seen = new HashSet<>();
        int[] scratch = new int[pop.size()];
        for (long seed = 0; seed < 200; seed++) {
            seen.add(Acceptance.population(pop, child, cv, scratch, new SplittableRandom(seed)));
        }
        return seen;
    }

    @Test
    void aChildReplacesOneOfTheMembersItDominatesAtRandom() {
        Population pop = population(new double[] {0, 5}, new double[] {3, 3}, new double[] {4, 4}, new double[] {5, 0});
        assertEquals(Set.of(1, 2), replaced(pop, new double[] {2, 2}, 0));
    }

    @Test
    void aDominatedChildIsRejected() {
        Population pop = population(new double[] {0, 5}, new double[] {1, 1}, new double[] {5, 0});
        assertEquals(Set.of(-1), replaced(pop, new double[] {2, 2}, 0));
    }

    @Test
    void aNonDominatedChildReplacesAnyMemberAtRandom() {
        Population pop = population(new double[] {0, 5}, new double[] {2, 2}, new double[] {5, 0});
        assertEquals(Set.of(0, 1, 2), replaced(pop, new double[] {1, 3}, 0));
    }

    @Test
    void dominatingAMemberComesBeforeBeingDominatedByAnother() {
        // the child (2, 2) dominates (3, 3) and is dominated by (1, 1): the paper's first rule applies
        Population pop = population(new double[] {1, 1}, new double[] {3, 3});
        assertEquals(Set.of(1), replaced(pop, new double[] {2, 2}, 0));
    }

    @Test
    void constrainedDominationRulesThePopulation() {
        Population pop = population(new double[] {0, 0}, new double[] {1, 1});
        Population infeasible = new Population(2);
        infeasible.add(new double[] {0}, new Evaluation(new double[] {0, 0}, new double[] {0.5}));
        infeasible.add(new double[] {0}, new Evaluation(new double[] {1, 1}, new double[] {0.2}));
        // a feasible child dominates every infeasible member, whatever its objectives
        assertEquals(Set.of(0, 1), replaced(infeasible, new double[] {9, 9}, 0));
        // an infeasible child is dominated by a feasible member
        assertEquals(Set.of(-1), replaced(pop, new double[] {-1, -1}, 0.1));
        // a smaller violation dominates a larger one
        assertEquals(Set.of(0), replaced(infeasible, new double[] {9, 9}, 0.3));
    }

    private static Evaluation eval(double... f) {
        return Evaluation.of(f);
    }

    private static double[][] members(Acceptance.Archive a) {
        Population p = a.asPopulation();
        double[][] out = new double[p.size()][];
        for (int i = 0; i < p.size(); i++) {
            out[i] = p.objectives(i);
        }
        return out;
    }

    @Test
    void theArchiveFollowsTheEpsilonBoxRules() {
        Acceptance.Archive a = new Acceptance.Archive(new double[] {1, 1});
        assertTrue(a.offer(new double[] {0}, eval(0.5, 3.5))); // box (0, 3)
        assertTrue(a.offer(new double[] {0}, eval(3.5, 0.5))); // box (3, 0)
        // box (1, 1) is not box-dominated: accepted beside both
        assertTrue(a.offer(new double[] {0}, eval(1.5, 1.5)));
        // box (1, 2) is dominated by box (1, 1): rejected although the point is not Pareto-dominated
        assertFalse(a.offer(new double[] {0}, eval(1.2, 2.1)));
        // same box (1, 1), incomparable, nearer the corner (1, 1): replaces (0.3625 < 0.5 squared)
        assertTrue(a.offer(new double[] {0}, eval(1.6, 1.05)));
        assertArrayEquals(new double[][] {{0.5, 3.5}, {3.5, 0.5}, {1.6, 1.05}}, members(a));
        // same box, incomparable, farther from the corner: rejected
        assertFalse(a.offer(new double[] {0}, eval(1.05, 1.95)));
        // same box, dominated by the member: rejected; dominating it: replaces
        assertFalse(a.offer(new double[] {0}, eval(1.7, 1.1)));
        assertTrue(a.offer(new double[] {0}, eval(1.55, 1.0)));
        assertArrayEquals(new double[][] {{0.5, 3.5}, {3.5, 0.5}, {1.55, 1.0}}, members(a));
        // box (0, 0) dominates every other box: the others leave
        assertTrue(a.offer(new double[] {0}, eval(0.9, 0.9)));
        assertArrayEquals(new double[][] {{0.9, 0.9}}, members(a));
    }

    @Test
    void theArchiveKeepsTheLeastViolationUntilAFeasibleChildComes() {
        Acceptance.Archive a = new Acceptance.Archive(new double[] {1, 1});
        assertTrue(a.offer(new double[] {0}, new Evaluation(new double[] {5, 5}, new double[] {0.4})));
        assertFalse(a.offer(new double[] {0}, new Evaluation(new double[] {0, 0}, new double[] {0.4})));
        assertTrue(a.offer(new double[] {0}, new Evaluation(new double[] {7, 7}, new double[] {0.1})));
        assertArrayEquals(new double[][] {{7, 7}}, members(a));
        assertTrue(a.offer(new double[] {0}, eval(9, 9)));
        assertFalse(a.offer(new double[] {0}, new Evaluation(new double[] {0, 0}, new double[] {0.01})));
        assertArrayEquals(new double[][] {{9, 9}}, members(a));
    }

    /** The paper's archive rules written out as a list, for the oracle property. */
    private static List<double[]> oracle(List<double[]> offers, double[] eps) {
        List<double[]> archive = new ArrayList<>();
        for (double[] y : offers) {
            double[] by = box(y, eps);
            boolean reject = false;
            List<double[]> next = new ArrayList<>();
            int sameBox = -1;
            for (int i = 0; i < archive.size(); i++) {
                double[] bm = box(archive.get(i), eps);
                if (java.util.Arrays.equals(bm, by)) {
                    sameBox = i;
                } else if (weaklyDominates(bm, by)) {
                    reject = true;
                }
            }
            if (reject) {
                continue;
            }
            if (sameBox >= 0) {
                double[] m = archive.get(sameBox);
                boolean replace;
                if (weaklyDominates(m, y)) {
                    replace = false;
                } else if (weaklyDominates(y, m)) {
                    replace = true;
                } else {
                    replace = cornerDistance(y, by, eps) < cornerDistance(m, by, eps);
                }
                if (!replace) {
                    continue;
                }
            }
            for (double[] m : archive) {
                double[] bm = box(m, eps);
                if (!weaklyDominates(by, bm)) {
                    next.add(m); // members whose box the offer's box weakly dominates (or shares) leave
                }
            }
            next.add(y);
            archive = next;
        }
        return archive;
    }

    private static double[] box(double[] f, double[] eps) {
        double[] b = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            b[i] = Math.floor(f[i] / eps[i]);
        }
        return b;
    }

    private static boolean weaklyDominates(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }

    private static double cornerDistance(double[] f, double[] box, double[] eps) {
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            double d = f[i] - box[i] * eps[i];
            s += d * d;
        }
        return s;
    }

    @Property(tries = 200)
    void theArchiveIsThePapersListOfBoxes(
            @ForAll @IntRange(min = 2, max = 3) int m,
            @ForAll @IntRange(min = 1, max = 120) int offers,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] eps = new double[m];
        for (int i = 0; i < m; i++) {
            eps[i] = 0.05 + 0.3 * r.nextDouble();
        }
        Acceptance.Archive a = new Acceptance.Archive(eps);
        List<double[]> offered = new ArrayList<>();
        for (int k = 0; k < offers; k++) {
            double[] f = new double[m];
            for (int i = 0; i < m; i++) {
                // a coarse grid of values, so shared boxes and ties occur
                f[i] = Math.round(r.nextDouble() * 40) / 40.0;
            }
            offered.add(f);
            a.offer(new double[] {k}, Evaluation.of(f));
        }
        List<double[]> expected = oracle(offered, eps);
        double[][] actual = members(a);
        assertEquals(expected.size(), actual.length);
        for (int i = 0; i < actual.length; i++) {
            assertArrayEquals(expected.get(i), actual[i]);
        }
    }
}
