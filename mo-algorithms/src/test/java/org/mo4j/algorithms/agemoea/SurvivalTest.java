package org.mo4j.algorithms.agemoea;

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
import org.mo4j.core.weights.WeightVectors;

/** AGE-MOEA's geometry estimate, normalisation and survival score, by example and by oracle. */
class SurvivalTest {

    private static final double[] ORIGIN3 = {0, 0, 0};

    /** Lattice points of the simplex Σ f = 1 (a linear front), scaled per objective. */
    private static double[][] linear(int m, int h, double... scale) {
        double[][] w = WeightVectors.simplexLattice(m, h);
        for (double[] row : w) {
            for (int i = 0; i < m; i++) {
                row[i] *= scale[i];
            }
        }
        return w;
    }

    /** The same points pushed onto the unit L_q sphere, scaled per objective. */
    private static double[][] sphere(int m, int h, double q, double... scale) {
        double[][] w = WeightVectors.simplexLattice(m, h);
        for (double[] row : w) {
            double n = Survival.norm(row, q);
            for (int i = 0; i < m; i++) {
                row[i] = row[i] / n * scale[i];
            }
        }
        return w;
    }

    @Test
    void aLinearFrontHasGeometryOne() {
        Survival.FrontScore s = Survival.score(linear(3, 12, 1, 1, 1), ORIGIN3);
        assertEquals(1.0, s.p(), 1e-12);
        assertArrayEquals(new double[] {1, 1, 1}, s.normalisation(), 1e-12);
        assertEquals(1.0, Survival.score(linear(2, 10, 1, 1), new double[2]).p(), 1e-12);
    }

    @Test
    void aSphericalFrontHasGeometryTwo() {
        Survival.FrontScore s = Survival.score(sphere(3, 12, 2, 1, 1, 1), ORIGIN3);
        assertEquals(2.0, s.p(), 1e-12);
        assertEquals(2.0, Survival.score(sphere(2, 10, 2, 1, 1), new double[2]).p(), 1e-12);
    }

    @Test
    void aConcaveFrontOfNormOneHalfAndScaledFrontsAreRecognised() {
        assertEquals(
                0.5, Survival.score(sphere(2, 10, 0.5, 1, 1), new double[2]).p(), 1e-12);
        assertEquals(3.0, Survival.score(sphere(3, 12, 3, 1, 1, 1), ORIGIN3).p(), 1e-12);
        // scaled objectives and a shifted ideal point: the normalisation undoes both
        double[][] f = sphere(3, 12, 2, 2, 10, 0.5);
        for (double[] row : f) {
            row[0] += 5;
            row[1] -= 1;
        }
        Survival.FrontScore s = Survival.score(f, new double[] {5, -1, 0});
        assertEquals(2.0, s.p(), 1e-12);
        assertArrayEquals(new double[] {2, 10, 0.5}, s.normalisation(), 1e-12);
    }

    @Test
    void cornersAreTheMembersNearestToTheAxes() {
        double[][] t = {{0.5, 0.5}, {1, 0.01}, {0.02, 1}, {0.9, 0.1}};
        assertArrayEquals(new int[] {1, 2}, Survival.corners(t));
        assertArrayEquals(new int[] {0, 1}, Survival.corners(new double[][] {{1, 2}, {3, 4}}));
    }

    @Test
    void aDegenerateHyperplaneFallsBackToTheMaxima() {
        // both corners are the same member: the maxima
        double[][] t = {{1, 1}, {0.5, 2}, {2, 0.5}};
        assertArrayEquals(new double[] {2, 2}, Survival.normalisation(t, new int[] {0, 0}), 0);
        // a negative intercept: the line through (1, 0.2) and (0.9, 0.0) crosses the f2 axis below 0
        double[][] u = {{1, 0.2}, {0.9, 0.0}, {0.1, 3}};
        assertArrayEquals(new double[] {1, 3}, Survival.normalisation(u, new int[] {0, 1}), 0);
    }

    @Test
    void lpNormsAndDistances() {
        assertEquals(7, Survival.norm(new double[] {3, -4}, 1), 0);
        assertEquals(5, Survival.norm(new double[] {3, -4}, 2), 0);
        assertEquals(Math.pow(27 + 64, 1 / 3.0), Survival.norm(new double[] {3, -4}, 3), 1e-15);
        assertEquals(5, Survival.distance(new double[] {1, 1}, new double[] {4, 5}, 2), 0);
    }

    @Test
    void cornersScoreInfinityAndTheLastFrontIsCutByScore() {
        // front 1: five points on a line; front 2: two points behind it
        double[][] f = {{0, 4}, {1, 3}, {1.1, 2.9}, {3, 1}, {4, 0}, {2, 3}, {5, 5}};
        Survival.Selected s = Survival.select(f, new double[7], 4);
        assertEquals(4, s.members().length);
        assertEquals(Double.POSITIVE_INFINITY, s.scores()[0]);
        assertEquals(Double.POSITIVE_INFINITY, s.scores()[1]);
        assertArrayEquals(new int[] {0, 4}, java.util.Arrays.copyOf(s.members(), 2));
        // of the three inner points, (1, 3) and (1.1, 2.9) crowd each other: one of them goes
        List<Integer> kept = new ArrayList<>();
        for (int i : s.members()) {
            kept.add(i);
        }
        assertTrue(kept.contains(3));
        assertTrue(kept.contains(1) != kept.contains(2));
        // with room for six, front 2 is cut by 1 / proximity: (2, 3) is nearer the ideal point than (5, 5)
        Survival.Selected t = Survival.select(f, new double[7], 6);
        assertEquals(5, t.members()[5]);
        assertEquals(1, t.ranks()[5]);
    }

    /** Algorithm 3 as the author's code states it: a full distance matrix and a rescan each round. */
    private static double[] oracleScores(double[][] front, double[] ideal) {
        Survival.FrontScore reference = Survival.score(front, ideal);
        int k = front.length;
        int m = ideal.length;
        double[][] t = new double[k][m];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < m; j++) {
                t[i][j] = front[i][j] - ideal[j];
            }
        }
        int[] extreme = Survival.corners(t); // on the translated front, before normalisation
        for (double[] row : t) {
            for (int j = 0; j < m; j++) {
                row[j] /= reference.normalisation()[j];
            }
        }
        double p = reference.p();
        double[][] d = new double[k][k];
        for (int i = 0; i < k; i++) {
            double nn = Survival.norm(t[i], p);
            for (int j = 0; j < k; j++) {
                d[i][j] = Survival.distance(t[i], t[j], p) / nn;
            }
        }
        boolean[] selected = new boolean[k];
        double[] scores = new double[k];
        for (int e : extreme) {
            selected[e] = true;
            scores[e] = Double.POSITIVE_INFINITY;
        }
        while (true) {
            int best = -1;
            double bestValue = 0;
            for (int r = 0; r < k; r++) {
                if (selected[r]) {
                    continue;
                }
                List<Double> ds = new ArrayList<>();
                for (int s = 0; s < k; s++) {
                    if (selected[s]) {
                        ds.add(d[r][s]);
                    }
                }
                ds.sort(null);
                double v = ds.size() == 1 ? ds.get(0) : ds.get(0) + ds.get(1);
                if (best < 0 || v > bestValue) {
                    best = r;
                    bestValue = v;
                }
            }
            if (best < 0) {
                return scores;
            }
            selected[best] = true;
            scores[best] = bestValue;
        }
    }

    @Property(tries = 200)
    void scoresMatchTheAuthorsAlgorithm(
            @ForAll @IntRange(min = 2, max = 4) int m,
            @ForAll @IntRange(min = 5, max = 40) int k,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double q = 0.5 + 2.5 * r.nextDouble();
        double[][] front = new double[k][m];
        for (int s = 0; s < k; s++) {
            double[] w = new double[m];
            for (int i = 0; i < m; i++) {
                w[i] = 0.01 + r.nextDouble();
            }
            double n = Survival.norm(w, q);
            for (int i = 0; i < m; i++) {
                front[s][i] = w[i] / n * (i + 1);
            }
        }
        double[] ideal = new double[m];
        java.util.Arrays.fill(ideal, Double.POSITIVE_INFINITY);
        for (double[] row : front) {
            for (int i = 0; i < m; i++) {
                ideal[i] = Math.min(ideal[i], row[i]);
            }
        }
        assertArrayEquals(
                oracleScores(front, ideal), Survival.score(front, ideal).scores(), 1e-12);
    }
}
