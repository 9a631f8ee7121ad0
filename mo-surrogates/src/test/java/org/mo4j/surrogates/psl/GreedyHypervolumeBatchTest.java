package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.hypervolume.HypervolumeAlgorithm;

/** Greedy hypervolume batch selection: a brute-force oracle, hand cases and rejected input. */
class GreedyHypervolumeBatchTest {

    @Test
    void picksTheLargestGapFirstThenTheNext() {
        double[][] observed = {{0, 4}, {4, 0}, {3, 3}};
        double[][] candidates = {{3.5, 3.5}, {2, 2}, {1, 3}, {3, 1}};
        // all three observed points are non-dominated; ref = their max and the candidates' = (4, 4)
        assertArrayEquals(new double[] {4, 4}, GreedyHypervolumeBatch.referencePoint(observed, candidates));
        // HV with (2,2) is 4; with (1,3) or (3,1) 3; with (3.5,3.5) 1 (the box of (3,3) alone)
        // after (2,2): (1,3) and (3,1) both bring it to 5, so the lower index (2) wins the tie
        assertArrayEquals(new int[] {1, 2, 3}, GreedyHypervolumeBatch.select(observed, candidates, 3));
    }

    @Test
    void dominatedObservedPointsDoNotMoveTheReferencePoint() {
        double[][] observed = {{1, 1}, {9, 9}};
        double[][] candidates = {{0, 2}, {2, 0}};
        assertArrayEquals(new double[] {2, 2}, GreedyHypervolumeBatch.referencePoint(observed, candidates));
    }

    @Test
    void whenNothingAddsVolumeTheLowestUnpickedIndexIsTaken() {
        // every candidate is dominated by the observed point
        double[][] observed = {{0, 0}};
        double[][] candidates = {{1, 2}, {2, 1}, {1, 1}};
        assertArrayEquals(new int[] {0, 1, 2}, GreedyHypervolumeBatch.select(observed, candidates, 3));
    }

    @Test
    void identicalCandidatesAreEachPickedOnceLowestFirst() {
        double[][] observed = {{0, 3}, {3, 0}};
        double[][] candidates = {{1, 1}, {1, 1}, {2, 2}};
        assertArrayEquals(new int[] {0, 1, 2}, GreedyHypervolumeBatch.select(observed, candidates, 3));
    }

    @Test
    void worksWithoutObservedPointsAndInFourObjectives() {
        double[][] candidates = {{1, 1, 1, 1}, {0, 2, 2, 2}, {2, 2, 2, 0}};
        // ref (2,2,2,2): (1,1,1,1) is the only candidate with volume
        assertEquals(0, GreedyHypervolumeBatch.select(new double[0][], candidates, 1)[0]);
    }

    @Test
    void doesNotModifyItsInput() {
        double[][] observed = {{0, 4}, {4, 0}};
        double[][] candidates = {{2, 2}, {1, 3}};
        GreedyHypervolumeBatch.select(observed, candidates, 2);
        assertArrayEquals(new double[] {0, 4}, observed[0]);
        assertArrayEquals(new double[] {1, 3}, candidates[1]);
    }

    /** Integer coordinates keep every hypervolume exact, so ties are exact ties for any algorithm. */
    @Property(tries = 300)
    void everyPickMaximisesTheHypervolumeAmongTheRemainingCandidates(
            @ForAll @IntRange(min = 2, max = 4) int m,
            @ForAll @IntRange(min = 0, max = 8) int n,
            @ForAll @IntRange(min = 1, max = 12) int candidates,
            @ForAll @IntRange(min = 1, max = 12) int batch,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] y = grid(rng, n, m);
        double[][] c = grid(rng, candidates, m);
        int b = Math.min(batch, candidates);
        int[] picks = GreedyHypervolumeBatch.select(y, c, b);
        assertArrayEquals(oracle(y, c, b), picks);
    }

    @Property(tries = 100)
    void picksAreDistinctForRealCoordinates(
            @ForAll @IntRange(min = 2, max = 4) int m,
            @ForAll @IntRange(min = 1, max = 10) int n,
            @ForAll @IntRange(min = 1, max = 30) int candidates,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] y = new double[n][m];
        double[][] c = new double[candidates][m];
        for (double[][] a : new double[][][] {y, c}) {
            for (double[] p : a) {
                for (int j = 0; j < m; j++) {
                    p[j] = rng.nextDouble();
                }
            }
        }
        int[] picks = GreedyHypervolumeBatch.select(y, c, candidates);
        assertEquals(candidates, java.util.Arrays.stream(picks).distinct().count());
        // the first pick has the largest single-step gain, up to rounding across algorithms
        double[] ref = GreedyHypervolumeBatch.referencePoint(y, c);
        double first = hvWith(nd(y), c[picks[0]], ref);
        for (double[] p : c) {
            assertTrue(first >= hvWith(nd(y), p, ref) - 1e-12);
        }
    }

    @Test
    void rejectsBadInput() {
        double[][] y = {{0, 1}};
        double[][] c = {{1, 0}, {0.5, 0.5}};
        assertMessage("candidates must not be null", () -> GreedyHypervolumeBatch.select(y, null, 1));
        assertMessage("observed must not be null", () -> GreedyHypervolumeBatch.select(null, c, 1));
        assertMessage(
                "candidates must contain at least one point",
                () -> GreedyHypervolumeBatch.select(y, new double[0][], 1));
        assertMessage("batchSize must be at least 1, was 0", () -> GreedyHypervolumeBatch.select(y, c, 0));
        assertMessage(
                "batchSize must be at most the number of candidates (2), was 3",
                () -> GreedyHypervolumeBatch.select(y, c, 3));
        assertMessage(
                "observed has 3 objectives but candidates has 2",
                () -> GreedyHypervolumeBatch.select(new double[][] {{0, 1, 2}}, c, 1));
        assertMessage(
                "candidates[1][0] must be finite, was NaN",
                () -> GreedyHypervolumeBatch.select(y, new double[][] {{1, 0}, {Double.NaN, 0}}, 1));
        assertMessage(
                "observed[0][1] must be finite, was Infinity",
                () -> GreedyHypervolumeBatch.select(new double[][] {{0, Double.POSITIVE_INFINITY}}, c, 1));
        assertMessage(
                "candidates[1] has 1 objectives",
                () -> GreedyHypervolumeBatch.referencePoint(y, new double[][] {{1, 0}, {1}}));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    private static double[][] grid(SplittableRandom rng, int n, int m) {
        double[][] a = new double[n][m];
        for (double[] p : a) {
            for (int j = 0; j < m; j++) {
                p[j] = rng.nextInt(6);
            }
        }
        return a;
    }

    /** The greedy rule written out naively: pairwise dominance, a plain max, WFG. */
    private static int[] oracle(double[][] y, double[][] c, int b) {
        int m = c[0].length;
        List<double[]> set = new ArrayList<>(List.of(nd(y)));
        double[] ref = new double[m];
        java.util.Arrays.fill(ref, Double.NEGATIVE_INFINITY);
        for (double[] p : set) {
            for (int j = 0; j < m; j++) {
                ref[j] = Math.max(ref[j], p[j]);
            }
        }
        for (double[] p : c) {
            for (int j = 0; j < m; j++) {
                ref[j] = Math.max(ref[j], p[j]);
            }
        }
        boolean[] used = new boolean[c.length];
        int[] out = new int[b];
        for (int k = 0; k < b; k++) {
            double best = -1;
            int arg = -1;
            for (int i = 0; i < c.length; i++) {
                if (!used[i]) {
                    double hv = hvWith(set.toArray(new double[0][]), c[i], ref);
                    if (hv > best) {
                        best = hv;
                        arg = i;
                    }
                }
            }
            used[arg] = true;
            out[k] = arg;
            set.add(c[arg]);
        }
        return out;
    }

    private static double hvWith(double[][] set, double[] p, double[] ref) {
        double[][] all = java.util.Arrays.copyOf(set, set.length + 1);
        all[set.length] = p;
        return Hypervolume.of(all, ref, HypervolumeAlgorithm.WFG);
    }

    private static double[][] nd(double[][] y) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : y) {
            boolean dominated = false;
            for (double[] q : y) {
                boolean le = true;
                boolean lt = false;
                for (int j = 0; j < p.length; j++) {
                    le &= q[j] <= p[j];
                    lt |= q[j] < p[j];
                }
                dominated |= le && lt;
            }
            if (!dominated) {
                out.add(p);
            }
        }
        return out.toArray(new double[0][]);
    }
}
