package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The experimental d &ge; 4 contributions sweep ({@link HvcSweep}) against WFG's limit-set
 * contributions and its volume against WFG, on grid fronts (ties, copies, points on and beyond
 * the reference box) and on real-valued fronts.
 */
class HvcSweepTest {

    @Property(tries = 300)
    void gridFronts(@ForAll @IntRange(min = 4, max = 6) int d, @ForAll @IntRange(min = 0, max = 14) int n,
            @ForAll Random random) {
        double[][] front = new double[n][d];
        for (double[] p : front) {
            for (int j = 0; j < d; j++) {
                p[j] = random.nextInt(6) / 4.0;
            }
        }
        double[] ref = new double[d];
        java.util.Arrays.fill(ref, 1);
        check(front, ref);
    }

    @Property(tries = 60)
    void realFronts(@ForAll @IntRange(min = 4, max = 6) int d, @ForAll @IntRange(min = 1, max = 120) int n,
            @ForAll Random random) {
        double[][] front = new double[n][d];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                front[i][j] = Math.abs(random.nextGaussian());
                norm += front[i][j] * front[i][j];
            }
            boolean onSphere = random.nextInt(4) != 0;
            for (int j = 0; j < d; j++) {
                front[i][j] = onSphere ? front[i][j] / Math.sqrt(norm) : random.nextDouble();
            }
            if (i > 0 && random.nextInt(8) == 0) {
                front[i] = front[random.nextInt(i)].clone();
            }
        }
        double[] ref = new double[d];
        java.util.Arrays.fill(ref, 1.1);
        check(front, ref);
    }

    private static void check(double[][] front, double[] ref) {
        double hv = Wfg.volume(front, ref);
        double tolerance = Tolerance.REL * Math.max(hv, 1);
        Dd volume = new Dd();
        double[] c = HvcSweep.contributions(front, ref, volume);
        double[] wfg = Wfg.contributions(front, ref);
        assertTrue(Math.abs(volume.value() - hv) <= tolerance, "volume " + volume.value() + " vs " + hv);
        for (int i = 0; i < front.length; i++) {
            assertTrue(c[i] >= 0 && Math.abs(c[i] - wfg[i]) <= tolerance, "contribution " + i + " = " + c[i] + ", WFG " + wfg[i]);
        }
    }
}
