package org.mo4j.morl;

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

class PolicyArchiveTest {

    private static List<PolicyArchive.Member<String>> members(double[][] rows) {
        List<PolicyArchive.Member<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            out.add(new PolicyArchive.Member<>("p" + i, rows[i]));
        }
        return out;
    }

    /** Brute force: the candidates that weakly exceed the reference and no other candidate dominates. */
    private static boolean kept(double[][] all, int i, double[] ref) {
        for (int j = 0; j < ref.length; j++) {
            if (all[i][j] < ref[j]) {
                return false;
            }
        }
        for (double[] q : all) {
            boolean geq = true;
            boolean gt = false;
            for (int j = 0; j < ref.length; j++) {
                geq &= q[j] >= all[i][j];
                gt |= q[j] > all[i][j];
            }
            if (geq && gt) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 200)
    void anUpdateKeepsExactlyTheNonDominatedCandidatesAboveTheReference(
            @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 2, max = 4) int m, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] rows = new double[n][m];
        for (double[] r : rows) {
            for (int j = 0; j < m; j++) {
                r[j] = rng.nextInt(6) - 1; // ties and points below the reference
            }
        }
        double[] ref = new double[m];
        PolicyArchive<String> a = new PolicyArchive<>(ref, 1000);
        a.update(members(rows).subList(0, n / 2));
        a.update(members(rows).subList(n / 2, n));
        int expected = 0;
        for (int i = 0; i < n; i++) {
            if (kept(rows, i, ref)) {
                expected++;
            }
        }
        assertEquals(expected, a.size());
        for (double[] r : a.returns()) {
            boolean found = false;
            for (int i = 0; i < n; i++) {
                found |= java.util.Arrays.equals(r, rows[i]) && kept(rows, i, ref);
            }
            assertTrue(found, java.util.Arrays.toString(r));
        }
        double[][] kept = a.returns();
        for (int i = 1; i < kept.length; i++) {
            assertTrue(kept[i - 1][0] <= kept[i][0], "ordered by the first objective");
        }
    }

    @Test
    void crowdingDistanceIsNsgaIisWithInfiniteExtremesAndFlatObjectivesAddingNothing() {
        List<PolicyArchive.Member<String>> ms = members(new double[][] {{0, 4, 1}, {1, 2, 1}, {3, 1, 1}, {4, 0, 1}});
        double[] cd = PolicyArchive.crowdingDistances(ms);
        assertEquals(Double.POSITIVE_INFINITY, cd[0]);
        assertEquals(3.0 / 4 + 3.0 / 4, cd[1], 1e-15);
        assertEquals(3.0 / 4 + 2.0 / 4, cd[2], 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, cd[3]);
    }

    @Test
    void metricsAreTheMembersAgainstTheReferenceOrEmptyBeforeAnyMember() {
        PolicyArchive<String> a = new PolicyArchive<>(new double[] {0, 0}, 200);
        MorlMetrics empty = a.metrics(0.5);
        assertEquals(0, empty.hypervolume());
        assertTrue(Double.isNaN(empty.expectedUtility()));
        assertEquals(0, empty.sparsity());
        a.update(List.of(
                new PolicyArchive.Member<>("a", new double[] {1, 3}),
                new PolicyArchive.Member<>("b", new double[] {2, 1})));
        MorlMetrics m = a.metrics(0.5);
        assertEquals(MorlMetrics.of(a.returns(), new double[] {0, 0}, 0.5), m);
        assertEquals(4, m.hypervolume(), 1e-12); // [0,1]x[0,3] ∪ [0,2]x[0,1]: 3 + 2 - 1
    }

    @Test
    void overCapacityKeepsTheLargestCrowdingDistances() {
        PolicyArchive<String> a = new PolicyArchive<>(new double[] {0, 0}, 3);
        a.update(members(new double[][] {{0, 10}, {1, 9}, {2, 8.9}, {5, 5}, {10, 0}}));
        // interior distances: (1,9): (2-0)/10 + (10-8.9)/10 = 0.31; (2,8.9): 0.4 + 0.4 = 0.8; (5,5): 0.8 + 0.89
        assertArrayEquals(new double[][] {{0, 10}, {5, 5}, {10, 0}}, sorted(a.returns()));
    }

    @Test
    void selectionPrefersCrowdingDistanceAndNeverRepeatsAReturnVector() {
        PolicyArchive<String> a = new PolicyArchive<>(new double[] {0, 0}, 200);
        a.update(members(new double[][] {{0, 10}, {1, 9}, {5, 5}, {10, 0}}));
        List<PolicyArchive.Member<String>> first = a.select(3);
        assertEquals(3, first.size());
        assertArrayEquals(new double[] {0, 10}, first.get(0).returns());
        assertArrayEquals(new double[] {10, 0}, first.get(1).returns());
        assertArrayEquals(new double[] {5, 5}, first.get(2).returns());
        List<PolicyArchive.Member<String>> second = a.select(3);
        assertEquals(1, second.size());
        assertArrayEquals(new double[] {1, 9}, second.get(0).returns());
        // a new policy with a previously selected vector is not selected again either
        a.update(List.of(new PolicyArchive.Member<>("copy", new double[] {5, 5})));
        assertEquals(0, a.select(5).size());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PolicyArchive<String>(new double[] {Double.NaN}, 2));
        assertThrows(IllegalArgumentException.class, () -> new PolicyArchive<String>(new double[] {0}, 0));
        PolicyArchive<String> a = new PolicyArchive<>(new double[] {0, 0}, 5);
        assertEquals(
                "candidates[0] has 3 objectives but the archive has 2 (dimension mismatch)",
                assertThrows(IllegalArgumentException.class, () -> a.update(members(new double[][] {{1, 2, 3}})))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> new PolicyArchive.Member<>("x", new double[] {1, Double.NaN}));
    }

    private static double[][] sorted(double[][] rows) {
        double[][] c = rows.clone();
        java.util.Arrays.sort(c, (x, y) -> Double.compare(x[0], y[0]));
        return c;
    }
}
