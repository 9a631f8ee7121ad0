package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The restart of HV4D+ by ranks ({@link LinkedSweep4d#rank}) against the restart by comparisons,
 * decision by decision: on the same points, every restart must find the same dominance verdict,
 * the same two links and the same place in the list. The volume tests cannot see a wrong verdict
 * on a point equal in (x, y) to one of S: it adds no volume and leaves S with the point that
 * dominates it.
 */
class LinkedSweep4dTest {

    /** The list and link passes of HV4D+ without the volumes, recording each restart. */
    private static final class Links extends LinkedSweep4d {

        Links(int capacity) {
            super(capacity);
        }

        /** Per point in sweep order: -1 if a restart found it dominated, else its two links and its successor. */
        int[] sweep(double[][] pts, double[] ref, boolean ranks) {
            int n = pts.length;
            reset(ref);
            for (int i = 0; i < n; i++) {
                xs[i] = pts[i][0];
                ys[i] = pts[i][1];
                zs[i] = pts[i][2];
            }
            if (ranks) {
                rank(n);
            }
            int[] trace = new int[3 * n];
            for (int i = 0; i < n; i++) {
                if (restart(i)) {
                    trace[3 * i] = closest0[i];
                    trace[3 * i + 1] = closest1[i];
                    trace[3 * i + 2] = next[i];
                    addToList(i);
                    updateLinks(i);
                } else {
                    trace[3 * i] = -1;
                }
            }
            return trace;
        }
    }

    /**
     * Coarse grids (two to four levels, up to 300 points): many points equal in (x, y), in runs
     * longer than the rank sorts order by index (they finish such runs by quicksort).
     */
    @Property(tries = 200)
    void rankedRestartsDecideAsComparedRestarts(
            @ForAll @IntRange(min = 0, max = 300) int n,
            @ForAll @IntRange(min = 2, max = 4) int levels,
            @ForAll Random random) {
        double[] ref = {1, 1, 1, 1};
        double[][] pts = new double[n][4];
        for (double[] p : pts) {
            for (int j = 0; j < 4; j++) {
                p[j] = random.nextInt(levels) / (double) levels;
            }
        }
        Points.sort(pts, 0, n, 3);
        int[] compared = new Links(n).sweep(pts, ref, false);
        int[] ranked = new Links(n).sweep(pts, ref, true);
        assertArrayEquals(compared, ranked);
    }
}
