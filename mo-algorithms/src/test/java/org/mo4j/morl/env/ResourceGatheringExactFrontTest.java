package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.morl.env.ResourceGatheringTest.DOWN;
import static org.mo4j.morl.env.ResourceGatheringTest.LEFT;
import static org.mo4j.morl.env.ResourceGatheringTest.RIGHT;
import static org.mo4j.morl.env.ResourceGatheringTest.UP;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * Resource Gathering's exact front by brute force, against MO-Gymnasium's analytic one
 * ({@link ResourceGathering#paretoFront(double)}, ported as the original computes it).
 *
 * <p>The oracle: a set-valued backward recursion over (cell, gold, gem, steps left) for every
 * deterministic policy within the 100-step limit, V_k(s) = ND ∪_a {E[r] + γ·P(survive)·v : v ∈
 * V_{k−1}(s')}, with the map written from the specification, not from {@link ResourceGathering}.
 * A kill only ends the episode, so a deterministic policy's outcome is one path with kill chances
 * along it and the recursion is exact. It finds a point the original's six hand-listed path
 * families lack: gold then gem around both enemies, home in 18 steps, (0, γ^17, γ^17) in the
 * return's convention, which dominates the original's two "both resources" families whenever
 * γ⁴ ≥ 0.9 (γ ≥ 0.975; C-MORL-style evaluation uses 0.99), and at γ = 1 every other point.
 */
class ResourceGatheringExactFrontTest {

    private static final int LIMIT = 100;

    /** Gold around both enemies (6 steps), gold to gem around both (7), gem home (5): 18 steps. */
    static final int[] BOTH_SAFE = {
        UP,
        UP,
        LEFT,
        UP,
        UP,
        RIGHT, // (4,2) → (2,2) → (2,1) → (0,1) → (0,2) gold
        LEFT,
        DOWN,
        DOWN,
        RIGHT,
        RIGHT,
        UP,
        RIGHT, // → (0,1) → (2,1) → (2,3) → (1,3) → (1,4) gem
        DOWN,
        DOWN,
        DOWN,
        LEFT,
        LEFT // → (4,4) → (4,2) home
    };

    @Test
    void theSafeBothResourcesPathPaysBothInEighteenStepsWithoutAnEnemy() {
        ResourceGathering env = new ResourceGathering();
        for (long seed = 0; seed < 50; seed++) { // no enemy cell on the way: never killed
            Rollouts.Episode e = Rollouts.run(env, seed, BOTH_SAFE);
            assertEquals(18, e.steps());
            assertArrayEquals(new double[] {0, 1, 1}, e.rewards().get(17));
        }
        assertArrayEquals(
                new double[] {0, Math.pow(0.99, 17), Math.pow(0.99, 17)},
                Rollouts.run(env, 0, BOTH_SAFE).discountedReturn(0.99),
                1e-12);
    }

    @Test
    void atGamma099TheExactFrontIsTheThreeSafePaths() {
        double g = 0.99;
        double[][] exact = exactFront(g);
        double[][] expected = {{0, 0, Math.pow(g, 9)}, {0, Math.pow(g, 11), 0}, {0, Math.pow(g, 17), Math.pow(g, 17)}};
        assertEquals(3, exact.length);
        for (double[] p : expected) {
            assertTrue(contains(exact, p), () -> "exact front lacks " + java.util.Arrays.toString(p));
        }
        // MO-Gymnasium's front, in the return's convention (divide by gamma), lacks the 18-step point
        double[][] original = scaled(new ResourceGathering().paretoFront(g), 1 / g);
        assertFalse(contains(original, expected[2]));
        assertEquals(3, original.length);
    }

    @Test
    void atGammaOneTheSafeBothPathDominatesEverything() {
        assertArrayEquals(new double[][] {{0, 1, 1}}, exactFront(1.0));
        assertEquals(3, new ResourceGathering().paretoFront(1.0).length); // the original keeps three
    }

    /** Every point of the original's front is weakly dominated by a point of the exact one. */
    @Property(tries = 30)
    void theOriginalsFrontNeverBeatsTheExactOne(@ForAll @DoubleRange(min = 0.8, max = 1.0) double g) {
        double[][] exact = exactFront(g);
        for (double[] p : scaled(new ResourceGathering().paretoFront(g), 1 / g)) {
            boolean covered = false;
            for (double[] q : exact) {
                covered |= q[0] >= p[0] - 1e-12 && q[1] >= p[1] - 1e-12 && q[2] >= p[2] - 1e-12;
            }
            assertTrue(covered, () -> "gamma " + g + ": " + java.util.Arrays.toString(p) + " beats the exact front");
        }
    }

    /** The exact front of deterministic policies, rewards on step t discounted by γ^(t−1). */
    static double[][] exactFront(double g) {
        // state index: ((row * 5 + col) * 2 + gold) * 2 + gem
        List<double[]>[] v = fresh();
        for (int s = 0; s < 100; s++) {
            v[s].add(new double[3]); // no steps left: truncated, nothing paid
        }
        for (int k = 1; k <= LIMIT; k++) {
            List<double[]>[] next = fresh();
            for (int row = 0; row < 5; row++) {
                for (int col = 0; col < 5; col++) {
                    for (int gold = 0; gold < 2; gold++) {
                        for (int gem = 0; gem < 2; gem++) {
                            List<double[]> out = next[index(row, col, gold, gem)];
                            for (int a = 0; a < 4; a++) {
                                int r = row + (a == UP ? -1 : a == DOWN ? 1 : 0);
                                int c = col + (a == LEFT ? -1 : a == RIGHT ? 1 : 0);
                                if (r < 0 || r > 4 || c < 0 || c > 4) {
                                    r = row;
                                    c = col;
                                }
                                if (r == 4 && c == 2) { // home: paid, episode over
                                    out.add(new double[] {0, gold, gem});
                                    continue;
                                }
                                int ng = gold | (r == 0 && c == 2 ? 1 : 0);
                                int nm = gem | (r == 1 && c == 4 ? 1 : 0);
                                boolean enemy = (r == 1 && c == 2) || (r == 0 && c == 3);
                                double live = enemy ? 0.9 : 1.0;
                                for (double[] w : v[index(r, c, ng, nm)]) {
                                    out.add(new double[] {
                                        (enemy ? -0.1 : 0) + g * live * w[0], g * live * w[1], g * live * w[2]
                                    });
                                }
                            }
                            next[index(row, col, gold, gem)] = nonDominated(out);
                        }
                    }
                }
            }
            v = next;
        }
        return v[index(4, 2, 0, 0)].toArray(new double[0][]);
    }

    private static int index(int row, int col, int gold, int gem) {
        return ((row * 5 + col) * 2 + gold) * 2 + gem;
    }

    @SuppressWarnings("unchecked")
    private static List<double[]>[] fresh() {
        List<double[]>[] v = new List[100];
        for (int s = 0; s < 100; s++) {
            v[s] = new ArrayList<>();
        }
        return v;
    }

    /** Points not weakly dominated by another (equal points within 1e-12 kept once). */
    private static List<double[]> nonDominated(List<double[]> in) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            double[] p = in.get(i);
            boolean keep = true;
            for (int j = 0; j < in.size() && keep; j++) {
                if (j == i) {
                    continue;
                }
                double[] q = in.get(j);
                boolean geq = q[0] >= p[0] - 1e-12 && q[1] >= p[1] - 1e-12 && q[2] >= p[2] - 1e-12;
                boolean gt = q[0] > p[0] + 1e-12 || q[1] > p[1] + 1e-12 || q[2] > p[2] + 1e-12;
                keep = !(geq && (gt || j < i));
            }
            if (keep) {
                out.add(p);
            }
        }
        return out;
    }

    private static double[][] scaled(double[][] front, double s) {
        double[][] out = new double[front.length][];
        for (int i = 0; i < front.length; i++) {
            out[i] = front[i].clone();
            for (int j = 0; j < 3; j++) {
                out[i][j] *= s;
            }
        }
        return out;
    }

    private static boolean contains(double[][] front, double[] p) {
        for (double[] q : front) {
            if (Math.abs(q[0] - p[0]) < 1e-12 && Math.abs(q[1] - p[1]) < 1e-12 && Math.abs(q[2] - p[2]) < 1e-12) {
                return true;
            }
        }
        return false;
    }
}
