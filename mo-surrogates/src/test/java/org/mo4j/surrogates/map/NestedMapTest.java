package org.mo4j.surrogates.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mo4j.surrogates.quadratic.Link;

class NestedMapTest {

    /** Task i's accuracy rises with c_i and falls with the others' coefficients: a merge has a trade-off. */
    private static final ExpensiveEvaluator FOUR_TASKS = c -> {
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            double others = 0;
            for (int j = 0; j < 4; j++) {
                others += j == i ? 0 : c[j] * c[j];
            }
            y[i] = Link.SIGMOID.apply(2 * c[i] - c[i] * c[i] - 0.4 * others + 0.1 * i);
        }
        return y;
    };

    @Test
    void pairsTheClosestMetricsFirstAndMergesUntilOneModelRemains() {
        double[] single = {0.70, 0.90, 0.72, 0.88};
        NestedMap.Result r = NestedMap.builder(single).seed(2).build().run(FOUR_TASKS);
        assertEquals(3, r.rounds().size());
        assertArrayEquals(new int[] {0}, r.rounds().get(0).left());
        assertArrayEquals(new int[] {2}, r.rounds().get(0).right());
        assertArrayEquals(new int[] {1}, r.rounds().get(1).left());
        assertArrayEquals(new int[] {3}, r.rounds().get(1).right());
        assertEquals(4, r.rounds().get(2).left().length + r.rounds().get(2).right().length);
        assertEquals(3 * 20, r.expensiveEvaluations());
        // rounds 1-2 measure 2 tasks per model, round 3 four: (19 + 1)·(2 + 2 + 4)
        assertEquals(20 * 8, r.taskEvaluations());
        double[] y = FOUR_TASKS.evaluate(r.coefficients());
        assertEquals((y[0] + y[1] + y[2] + y[3]) / 4, r.metric(), 1e-12);
        for (double v : r.coefficients()) {
            assertTrue(v > 0, java.util.Arrays.toString(r.coefficients()));
        }
        NestedMap.Result again = NestedMap.builder(single).seed(2).build().run(FOUR_TASKS);
        assertArrayEquals(r.coefficients(), again.coefficients(), 0);
    }

    @Test
    void rejectsFewerThanTwoTasksNonFiniteMetricsAndBadPreferences() {
        assertThrows(IllegalArgumentException.class, () -> NestedMap.builder(new double[] {0.8}));
        IllegalArgumentException nan =
                assertThrows(IllegalArgumentException.class, () -> NestedMap.builder(new double[] {0.8, Double.NaN}));
        assertTrue(nan.getMessage().contains("singleTaskMetrics[1]"), nan.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> NestedMap.builder(new double[] {0.8, 0.7}).preferences(1, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> NestedMap.builder(new double[] {0.8, 0.7}).preferences(1));
        assertThrows(
                IllegalArgumentException.class,
                () -> NestedMap.builder(new double[] {0.8, 0.7}).build().run(c -> new double[] {Double.NaN, 0}));
    }
}
