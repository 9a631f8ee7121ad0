package org.mo4j.morl.pgmorl;

import java.util.ArrayList;
import java.util.List;
import org.mo4j.morl.PreferenceGrid;

/**
 * PGMORL's population by performance buffers ({@code morl/population_2d.py},
 * {@code population_3d.py}): the objective space above the origin z (the code's 0; here the
 * environment's reference point) is split into directions, and each buffer keeps the
 * {@code size} points of largest distance ‖f − z‖ whose direction falls in it; points not strictly
 * above z in every objective are dropped. Two objectives: {@code count} equal angular sectors of
 * the quarter plane by the angle to the second axis (the 2-d code). Three or more: the unit
 * vectors of the simplex grid of step 1/(count − 1) (the 3-d code), each point going to the
 * direction of largest dot product; when that grid would exceed {@link #MAX_DIRECTIONS}, the
 * finest grid within it (the code has no m &gt; 3 setting; 5,050 is its m = 3 count at
 * {@code pbuffer-num} 100). Cost O(n·directions·m) for n points.
 */
final class PerformanceBuffers {

    /** The most directions for m ≥ 3: the code's m = 3 count at 100 buffers. */
    static final int MAX_DIRECTIONS = 5050;

    private final double[] origin;
    private final int count;
    private final int size;
    private final double[][] directions;

    PerformanceBuffers(double[] origin, int count, int size) {
        this.origin = origin.clone();
        this.count = count;
        this.size = size;
        int m = origin.length;
        if (m == 2) {
            directions = null;
        } else {
            int divisions = Math.max(1, count - 1);
            while (divisions > 1 && binomial(divisions + m - 1, m - 1) > MAX_DIRECTIONS) {
                divisions--;
            }
            double[][] grid = PreferenceGrid.of(m, 0, 1, 1.0 / divisions);
            for (double[] v : grid) {
                double norm = 0;
                for (double x : v) {
                    norm += x * x;
                }
                norm = Math.sqrt(norm);
                for (int j = 0; j < m; j++) {
                    v[j] /= norm;
                }
            }
            directions = grid;
        }
    }

    int directions() {
        return directions == null ? count : directions.length;
    }

    /** The indices of {@code points} the buffers keep, buffer by buffer, farthest first. */
    int[] select(List<double[]> points) {
        int b = directions();
        List<List<Integer>> buffers = new ArrayList<>(b);
        List<List<Double>> dists = new ArrayList<>(b);
        for (int i = 0; i < b; i++) {
            buffers.add(new ArrayList<>());
            dists.add(new ArrayList<>());
        }
        int m = origin.length;
        double[] f = new double[m];
        for (int idx = 0; idx < points.size(); idx++) {
            double[] p = points.get(idx);
            double min = Double.POSITIVE_INFINITY;
            double dist = 0;
            for (int j = 0; j < m; j++) {
                f[j] = p[j] - origin[j];
                min = Math.min(min, f[j]);
                dist += f[j] * f[j];
            }
            if (min < 1e-7) {
                continue;
            }
            dist = Math.sqrt(dist);
            int id = bufferOf(f, dist);
            if (id < 0 || id >= b) {
                continue;
            }
            List<Integer> buf = buffers.get(id);
            List<Double> bd = dists.get(id);
            boolean inserted = false;
            for (int i = 0; i < buf.size(); i++) {
                if (bd.get(i) < dist) {
                    buf.add(i, idx);
                    bd.add(i, dist);
                    inserted = true;
                    break;
                }
            }
            if (inserted && buf.size() > size) {
                buf.remove(buf.size() - 1);
                bd.remove(bd.size() - 1);
            } else if (!inserted && buf.size() < size) {
                buf.add(idx);
                bd.add(dist);
            }
        }
        int total = 0;
        for (List<Integer> buf : buffers) {
            total += buf.size();
        }
        int[] out = new int[total];
        int k = 0;
        for (List<Integer> buf : buffers) {
            for (int i : buf) {
                out[k++] = i;
            }
        }
        return out;
    }

    private int bufferOf(double[] f, double dist) {
        if (directions == null) {
            double theta = Math.acos(Math.max(-1, Math.min(1, f[1] / dist)));
            return (int) Math.floor(theta / (Math.PI / 2 / count));
        }
        double best = Double.NEGATIVE_INFINITY;
        int id = -1;
        for (int i = 0; i < directions.length; i++) {
            double dot = 0;
            for (int j = 0; j < f.length; j++) {
                dot += directions[i][j] * f[j];
            }
            if (dot > best) {
                best = dot;
                id = i;
            }
        }
        return id;
    }

    private static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
