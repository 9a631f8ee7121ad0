package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fruit Tree: every path reaches its leaf, pays it at step d; the tables and the front. */
class FruitTreeTest {

    /** The actions to leaf {@code index}: its bits, most significant first (0 left, 1 right). */
    static int[] pathTo(int index, int depth) {
        int[] a = new int[depth];
        for (int t = 0; t < depth; t++) {
            a[t] = (index >> (depth - 1 - t)) & 1;
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7})
    void everyActionSequenceReachesItsLeafAndPaysItAtStepDepth(int depth) {
        FruitTree env = new FruitTree(depth);
        for (int leaf = 0; leaf < (1 << depth); leaf++) {
            Rollouts.Episode e = Rollouts.run(env, leaf, pathTo(leaf, depth));
            assertEquals(depth, e.steps());
            assertEquals(StepStatus.TERMINATED, e.last());
            int col = 0;
            for (int t = 0; t < depth; t++) {
                col = 2 * col + pathTo(leaf, depth)[t];
                assertArrayEquals(new double[] {t + 1, col}, e.observations().get(t));
                if (t < depth - 1) {
                    assertArrayEquals(new double[6], e.rewards().get(t));
                    assertEquals(StepStatus.RUNNING, e.statuses().get(t));
                }
            }
            assertArrayEquals(env.leaf(leaf), e.rewards().get(depth - 1));
            assertArrayEquals(env.paretoFront(0.99)[leaf], e.discountedReturn(0.99), 1e-12);
        }
    }

    @Property(tries = 200)
    void anyLeafOfAnyDepthIsReachedByItsBits(
            @ForAll @IntRange(min = 5, max = 7) int depth, @ForAll @IntRange(min = 0, max = 127) int raw) {
        int leaf = raw % (1 << depth);
        FruitTree env = new FruitTree(depth);
        Rollouts.Episode e = Rollouts.run(env, raw, pathTo(leaf, depth));
        assertArrayEquals(new double[] {depth, leaf}, e.lastObservation());
        assertArrayEquals(env.leaf(leaf), e.rewards().get(depth - 1));
    }

    @Test
    void depthSixTableMatchesSeedSettings() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = FruitTreeTest.class.getResourceAsStream("fruit-tree-depth6.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                double[] row = new double[f.length];
                for (int j = 0; j < f.length; j++) {
                    row[j] = Double.parseDouble(f[j]);
                }
                rows.add(row);
            }
        }
        assertEquals(64, rows.size());
        FruitTree env = new FruitTree();
        for (int i = 0; i < 64; i++) {
            assertArrayEquals(rows.get(i), env.leaf(i), 0.0, "leaf " + i);
        }
        assertArrayEquals(
                new double[] {9.59164585, 1.48925818, 0.72278285, 2.04850964, 1.0181982, 0.16402902}, env.leaf(58));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7})
    void frontIsEveryLeafDiscountedAndNoLeafIsDominated(int depth) {
        FruitTree env = new FruitTree(depth);
        double[][] front = env.paretoFront(0.9);
        assertEquals(1 << depth, front.length);
        for (int i = 0; i < front.length; i++) {
            double[] leaf = env.leaf(i);
            for (int j = 0; j < 6; j++) {
                assertEquals(leaf[j] * Math.pow(0.9, depth - 1), front[i][j], 1e-12);
            }
            for (int k = 0; k < front.length; k++) {
                assertFalse(k != i && dominates(front[k], front[i]), "leaf " + k + " dominates leaf " + i);
            }
        }
    }

    private static boolean dominates(double[] a, double[] b) {
        boolean strict = false;
        for (int j = 0; j < a.length; j++) {
            if (a[j] < b[j]) {
                return false;
            }
            strict |= a[j] > b[j];
        }
        return strict;
    }

    @Test
    void depthsAndNames() {
        assertThrows(IllegalArgumentException.class, () -> new FruitTree(4));
        assertThrows(IllegalArgumentException.class, () -> new FruitTree(8));
        assertEquals(6, new FruitTree().depth());
        assertEquals("fruit-tree:7", new FruitTree(7).name());
        assertTrue(new FruitTree().hasKnownFront());
        assertEquals(6, ((FruitTree) Environments.create("fruit-tree")).depth());
        assertEquals(5, ((FruitTree) Environments.create("fruit-tree:5")).depth());
    }
}
