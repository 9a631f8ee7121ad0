package org.mo4j.algorithms;

import java.util.Arrays;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.indicators.InvertedGenerationalDistance;
import org.mo4j.problems.BenchmarkProblem;

/**
 * Helpers of the quality-bar tests. The full protocol (more seeds) runs with
 * {@code -Dmo4j.quality=full}; the default is the CI version.
 */
public final class Quality {

    private Quality() {}

    /** Whether the full protocol was asked for. */
    public static boolean full() {
        return "full".equals(System.getProperty("mo4j.quality"));
    }

    /** {@code ci} seeds 1..ci, or {@code full} seeds with {@code -Dmo4j.quality=full}. */
    public static long[] seeds(int ci, int fullCount) {
        int k = full() ? fullCount : ci;
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            out[i] = i + 1;
        }
        return out;
    }

    /**
     * HV of {@code front} against the problem's reference point, over HV of {@code points} points
     * of its true front (10,000 for the continuous front; the population size for a front of equal
     * cardinality).
     */
    public static double hvRatio(BenchmarkProblem p, double[][] front, int points) {
        double[] ref = p.referencePoint();
        return Hypervolume.of(front, ref) / Hypervolume.of(p.trueFront(points), ref);
    }

    /** HV of {@code front} against the problem's reference point. */
    public static double hv(BenchmarkProblem p, double[][] front) {
        return Hypervolume.of(front, p.referencePoint());
    }

    /**
     * Deb &amp; Jain 2014's IGD: the mean distance from each target (the intersection of a reference
     * direction with the true front) to the nearest point of {@code front}. {@code radius} is the
     * front's shape: linear with Σ f = ½ (DTLZ1) when {@code linear}, else the unit sphere.
     */
    public static double igdToTargets(double[][] front, double[][] directions, boolean linear) {
        double[][] targets = new double[directions.length][];
        for (int j = 0; j < directions.length; j++) {
            double[] w = directions[j].clone();
            double norm = 0;
            double sum = 0;
            for (double v : w) {
                norm += v * v;
                sum += v;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < w.length; i++) {
                w[i] = linear ? 0.5 * w[i] / sum : w[i] / norm;
            }
            targets[j] = w;
        }
        return InvertedGenerationalDistance.of(front, targets);
    }

    /** The median. */
    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
