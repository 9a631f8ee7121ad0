package org.mo4j.algorithms.rvea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.core.weights.WeightVectors;

/** RVEA's APD selection and vector adaptation, by example and against a from-the-definition oracle. */
class ReferenceVectorsTest {

    private static final double[][] THREE = {{1, 0}, {1, 1}, {0, 1}};

    @Test
    void gammaIsTheSmallestAngleToAnotherVector() {
        ReferenceVectors rv = new ReferenceVectors(THREE);
        for (int j = 0; j < 3; j++) {
            assertEquals(Math.PI / 4, rv.gamma(j), 1e-15);
        }
        assertArrayEquals(new double[] {Math.sqrt(0.5), Math.sqrt(0.5)}, rv.vector(1), 1e-15);
    }

    @Test
    void apdPrefersTheNearerPointEarlyAndTheBetterAlignedLate() {
        // all near the diagonal vector; translation by the minimum (0, 0), which (0, 3) and (3, 0) fix
        double[][] f = {{0, 3}, {3, 0}, {1, 1}, {1.05, 0.8}};
        double[] cv = new double[4];
        ReferenceVectors rv = new ReferenceVectors(THREE);
        // penalty 0: APD = ‖f'‖; (1.05, 0.8) has norm 1.320 < √2
        assertArrayEquals(new int[] {1, 3, 0}, rv.select(f, cv, 0.0));
        // penalty 1: APD(1.05, 0.8) = (1 + 2 · θ / (π/4)) · 1.320 with θ = π/4 − atan(0.8/1.05) = 0.1345,
        // i.e. 1.772 > APD(1, 1) = √2
        double theta = Math.PI / 4 - Math.atan2(0.8, 1.05);
        double apd = (1 + 2 * theta / (Math.PI / 4)) * Math.hypot(1.05, 0.8);
        assertEquals(1.772, apd, 1e-3);
        assertArrayEquals(new int[] {1, 2, 0}, rv.select(f, cv, 1.0));
        // the switch happens where the two APDs meet
        double meet = (Math.sqrt(2) / Math.hypot(1.05, 0.8) - 1) * (Math.PI / 4) / (2 * theta);
        assertArrayEquals(new int[] {1, 3, 0}, rv.select(f, cv, meet * 0.999));
        assertArrayEquals(new int[] {1, 2, 0}, rv.select(f, cv, meet * 1.001));
    }

    @Test
    void translationIsByTheMinimumOfEachObjective() {
        // the same points shifted by (10, -4) give the same choice
        double[][] f = {{10, -1}, {13, -4}, {11, -3}, {11.05, -3.2}};
        ReferenceVectors rv = new ReferenceVectors(THREE);
        assertArrayEquals(new int[] {1, 3, 0}, rv.select(f, new double[4], 0.0));
    }

    @Test
    void withinAVectorFeasibleComesFirstThenTheLeastViolation() {
        double[][] f = {{0, 3}, {3, 0}, {1, 1}, {1.05, 0.8}, {2, 2.1}};
        ReferenceVectors rv = new ReferenceVectors(THREE);
        // (1, 1) and (1.05, 0.8) infeasible: the feasible (2, 2.1) wins the diagonal although farther
        assertArrayEquals(new int[] {1, 4, 0}, rv.select(f, new double[] {0, 0, 0.5, 0.1, 0}, 0.0));
        // all three infeasible: the least violation wins, whatever its APD
        assertArrayEquals(new int[] {1, 3, 0}, rv.select(f, new double[] {0, 0, 0.5, 0.1, 0.3}, 0.0));
        assertArrayEquals(new int[] {1, 4, 0}, rv.select(f, new double[] {0, 0, 0.5, 0.1, 0.05}, 0.0));
    }

    @Test
    void adaptationScalesTheInitialVectorsByTheRanges() {
        ReferenceVectors rv = new ReferenceVectors(THREE);
        rv.adapt(new double[][] {{0, 0}, {2, 10}, {1, 5}});
        double n = Math.hypot(2, 10);
        assertArrayEquals(new double[] {2 / n, 10 / n}, rv.vector(1), 1e-15);
        assertArrayEquals(new double[] {1, 0}, rv.vector(0), 1e-15);
        assertEquals(Math.atan2(2, 10), rv.gamma(2), 1e-12); // (0, 1) and (2, 10) are the nearest pair
        assertEquals(Math.atan2(2, 10), rv.gamma(1), 1e-12);
        assertEquals(Math.atan2(10, 2), rv.gamma(0), 1e-12);
        // adapting again starts from the initial vectors, not the adapted ones
        rv.adapt(new double[][] {{0, 0}, {1, 1}});
        assertArrayEquals(new double[] {Math.sqrt(0.5), Math.sqrt(0.5)}, rv.vector(1), 1e-15);
    }

    /** Selection from the definition: angles by arc cosine, APD, smallest per vector. */
    private static int[] oracle(double[][] f, double[] cv, double[][] v, double penalty) {
        int m = f[0].length;
        double[] zmin = new double[m];
        java.util.Arrays.fill(zmin, Double.POSITIVE_INFINITY);
        for (double[] row : f) {
            for (int i = 0; i < m; i++) {
                zmin[i] = Math.min(zmin[i], row[i]);
            }
        }
        double[] gamma = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            gamma[j] = Double.POSITIVE_INFINITY;
            for (int k = 0; k < v.length; k++) {
                if (k != j) {
                    gamma[j] = Math.min(gamma[j], angle(v[j], v[k]));
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < v.length; j++) {
            int best = -1;
            double bestKey = 0;
            for (int s = 0; s < f.length; s++) {
                double[] t = new double[m];
                for (int i = 0; i < m; i++) {
                    t[i] = f[s][i] - zmin[i];
                }
                int nearest = 0;
                for (int c = 1; c < v.length; c++) {
                    if (angle(t, v[c]) < angle(t, v[nearest])) {
                        nearest = c;
                    }
                }
                if (nearest != j) {
                    continue;
                }
                double norm = Math.sqrt(dot(t, t));
                double key = cv[s] > 0 ? 1e9 + cv[s] : (1 + m * penalty * angle(t, v[j]) / gamma[j]) * norm;
                if (best < 0 || key < bestKey) {
                    best = s;
                    bestKey = key;
                }
            }
            if (best >= 0) {
                out.add(best);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double angle(double[] a, double[] b) {
        if (dot(a, a) == 0) {
            return 0; // the translated origin: every vector at angle 0, so vector 0 takes it
        }
        return Math.acos(Math.min(1, dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b))));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Property(tries = 200)
    void selectionMatchesTheDefinition(
            @ForAll @IntRange(min = 2, max = 4) int m,
            @ForAll @IntRange(min = 2, max = 40) int k,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] v = WeightVectors.simplexLattice(m, m == 2 ? 7 : 3);
        double[][] f = new double[k][m];
        double[] cv = new double[k];
        for (int s = 0; s < k; s++) {
            for (int i = 0; i < m; i++) {
                f[s][i] = 0.01 + r.nextDouble() * (i + 1);
            }
            cv[s] = r.nextInt(4) == 0 ? r.nextDouble() : 0;
        }
        double penalty = r.nextDouble();
        // the oracle's vector order is the lattice order, as the implementation's
        assertArrayEquals(oracle(f, cv, v, penalty), new ReferenceVectors(v).select(f, cv, penalty));
    }
}
