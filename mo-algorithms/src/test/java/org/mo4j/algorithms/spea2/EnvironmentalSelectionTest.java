package org.mo4j.algorithms.spea2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** SPEA2's fitness and truncation against hand values and a from-the-definition oracle. */
class EnvironmentalSelectionTest {

    @Test
    void fitnessIsRawStrengthPlusDensity() {
        double[][] f = {{0, 1}, {1, 0}, {1, 1}, {2, 2}};
        double[] fit = EnvironmentalSelection.fitness(f, new double[4], new double[4][4]);
        // strengths: 0 and 1 dominate 2 and 3 (S = 2), 2 dominates 3 (S = 1); k = 2
        // R = 0, 0, 2 + 2, 2 + 2 + 1; σ^2: point 0: distances 1, √2, √5 → √2; point 3: √2, √5, √5 → √5
        assertEquals(1 / (Math.sqrt(2) + 2), fit[0], 1e-15);
        assertEquals(1 / (Math.sqrt(2) + 2), fit[1], 1e-15);
        assertEquals(4 + 1 / (1 + 2.0), fit[2], 1e-15);
        assertEquals(5 + 1 / (Math.sqrt(5) + 2), fit[3], 1e-15);
    }

    @Test
    void aSmallerViolationDominatesAndEqualInfeasibleViolationsDoNot() {
        assertTrue(EnvironmentalSelection.dominates(new double[] {5, 5}, 0, new double[] {0, 0}, 0.1));
        assertTrue(!EnvironmentalSelection.dominates(new double[] {0, 0}, 0.2, new double[] {5, 5}, 0.2));
        assertTrue(EnvironmentalSelection.dominates(new double[] {0, 0}, 0, new double[] {0, 1}, 0));
        assertTrue(!EnvironmentalSelection.dominates(new double[] {0, 1}, 0, new double[] {0, 1}, 0));
    }

    @Test
    void truncationKeepsTheBoundaryAndRemovesTheMostCrowded() {
        // five points on a line; of the two close ones, 1 is also nearer its second neighbour (√2 to
        // point 0, against 1.421 for point 2), so 1 goes
        double[][] f = {{0, 4}, {1, 3}, {1.1, 2.9}, {3, 1}, {4, 0}};
        EnvironmentalSelection.Selected s = EnvironmentalSelection.select(f, new double[5], 4);
        assertArrayEquals(new int[] {0, 2, 3, 4}, s.members());
        s = EnvironmentalSelection.select(f, new double[5], 2);
        assertArrayEquals(new int[] {0, 4}, s.members());
    }

    /** The paper's truncation, recomputed from scratch each round: remove the ≤_d-smallest. */
    private static List<Integer> oracleTruncate(double[][] f, List<Integer> front, int capacity) {
        List<Integer> alive = new ArrayList<>(front);
        while (alive.size() > capacity) {
            int worst = -1;
            List<Double> worstList = null;
            for (int i : alive) {
                List<Double> d = new ArrayList<>();
                for (int j : alive) {
                    if (j != i) {
                        double s = 0;
                        for (int k = 0; k < f[i].length; k++) {
                            s += (f[i][k] - f[j][k]) * (f[i][k] - f[j][k]);
                        }
                        d.add(Math.sqrt(s));
                    }
                }
                d.sort(null);
                if (worstList == null || lexLess(d, worstList)) {
                    worst = i;
                    worstList = d;
                }
            }
            alive.remove(Integer.valueOf(worst));
        }
        return alive;
    }

    private static boolean lexLess(List<Double> a, List<Double> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Double.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c < 0;
            }
        }
        return false;
    }

    @Property(tries = 300)
    void selectionMatchesTheDefinition(
            @ForAll @IntRange(min = 1, max = 30) int n,
            @ForAll @IntRange(min = 2, max = 3) int m,
            @ForAll @IntRange(min = 1, max = 30) int capacity,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] f = new double[n][m];
        double[] cv = new double[n];
        for (int i = 0; i < n; i++) {
            // points near a front, on a coarse grid so duplicates and equal distances occur
            double sum = 0;
            for (int k = 0; k < m; k++) {
                f[i][k] = r.nextInt(6);
                sum += f[i][k];
            }
            if (sum < 5 && r.nextBoolean()) {
                f[i][0] += 5 - sum;
            }
            cv[i] = r.nextInt(5) == 0 ? r.nextInt(3) : 0;
        }
        EnvironmentalSelection.Selected s = EnvironmentalSelection.select(f, cv, capacity);
        // oracle: the non-dominated under constrained domination
        List<Integer> nd = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean dominated = false;
            for (int j = 0; j < n; j++) {
                dominated |= j != i && EnvironmentalSelection.dominates(f[j], cv[j], f[i], cv[i]);
            }
            if (!dominated) {
                nd.add(i);
            }
        }
        assertEquals(Math.min(n, capacity), s.members().length);
        List<Integer> got = new ArrayList<>();
        for (int i : s.members()) {
            got.add(i);
        }
        if (nd.size() > capacity) {
            assertEquals(oracleTruncate(f, nd, capacity), got);
        } else {
            assertTrue(got.containsAll(nd), "every non-dominated solution is kept");
            // the fill-up takes the best fitness: no left-out solution beats a chosen one
            double[] fit = EnvironmentalSelection.fitness(f, cv, new double[n][n]);
            double worstChosen = Double.NEGATIVE_INFINITY;
            for (int i : got) {
                worstChosen = Math.max(worstChosen, fit[i]);
            }
            for (int i = 0; i < n; i++) {
                if (!got.contains(i)) {
                    assertTrue(fit[i] >= worstChosen, "left out " + i);
                }
            }
        }
        for (int i = 0; i < s.members().length; i++) {
            assertTrue(s.fitness()[i] >= 0);
        }
    }
}
