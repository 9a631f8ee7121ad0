package org.mo4j.core.hypervolume;

import java.util.Arrays;

/**
 * Brute-force exact hypervolume for tests: the coordinates of the points (clipped to the reference
 * box) and of the reference point cut space into a grid; a grid cell is covered exactly when some
 * point weakly dominates its lower corner, and the hypervolume is the sum of the covered cells'
 * volumes. O(n · (n+1)^d); for small fronts only.
 */
final class GridOracle {

    private GridOracle() {}

    static double hypervolume(double[][] front, double[] ref) {
        int d = ref.length;
        double[][] cuts = new double[d][];
        for (int j = 0; j < d; j++) {
            double[] c = new double[front.length + 1];
            int m = 0;
            for (double[] p : front) {
                c[m++] = Math.min(p[j], ref[j]);
            }
            c[m++] = ref[j];
            cuts[j] = Arrays.stream(c, 0, m).sorted().distinct().toArray();
        }
        int[] cell = new int[d];
        double[] corner = new double[d];
        double total = 0;
        while (true) {
            double volume = 1;
            for (int j = 0; j < d && volume > 0; j++) {
                int i = cell[j];
                if (i + 1 >= cuts[j].length) {
                    volume = 0;
                } else {
                    corner[j] = cuts[j][i];
                    volume *= cuts[j][i + 1] - cuts[j][i];
                }
            }
            if (volume > 0 && covered(front, corner)) {
                total += volume;
            }
            int j = 0;
            while (j < d && ++cell[j] >= cuts[j].length - 1) {
                cell[j++] = 0;
            }
            if (j == d) {
                return total;
            }
        }
    }

    private static boolean covered(double[][] front, double[] corner) {
        for (double[] p : front) {
            boolean dominates = true;
            for (int j = 0; j < corner.length && dominates; j++) {
                dominates = p[j] <= corner[j];
            }
            if (dominates) {
                return true;
            }
        }
        return false;
    }
}
