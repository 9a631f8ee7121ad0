package org.mo4j.surrogates.merging;

import java.util.List;
import org.mo4j.core.archive.ParetoArchive;
import org.mo4j.core.internal.Arguments;
import org.mo4j.core.problem.ObjectiveSense;
import org.mo4j.surrogates.map.ExpensiveEvaluator;

/**
 * The brute-force baseline of the MAP paper: evaluate every merging coefficient vector of a regular
 * grid {lo, lo + h, …, hi}^T expensively and keep the non-dominated ones (the paper's ground-truth
 * front for T = 2 is a 100 × 100 grid). Costs g^T expensive evaluations for g points per axis.
 */
public final class GridSearch {

    /**
     * The evaluated grid.
     *
     * @param coefficients every grid point, lexicographic order (last coordinate fastest)
     * @param metrics      its metrics, user orientation
     */
    public record Grid(double[][] coefficients, double[][] metrics) {

        /** The number of expensive evaluations spent. */
        public int evaluations() {
            return coefficients.length;
        }

        /**
         * The non-dominated grid points.
         *
         * @param directions each task's direction
         * @return the archive: minimised metrics with their coefficient vectors as payloads
         */
        public List<ParetoArchive.Entry<double[]>> front(ObjectiveSense... directions) {
            ParetoArchive<double[]> archive = new ParetoArchive<>(directions.length);
            for (int k = 0; k < metrics.length; k++) {
                double[] f = metrics[k].clone();
                for (int i = 0; i < f.length; i++) {
                    if (directions[i] == ObjectiveSense.MAXIMISE) {
                        f[i] = -f[i];
                    }
                }
                archive.add(f, coefficients[k]);
            }
            return archive.entries();
        }
    }

    private GridSearch() {}

    /**
     * Evaluates the full grid.
     *
     * @throws IllegalArgumentException if tasks &lt; 1, points &lt; 2, lo ≥ hi or the grid exceeds 10⁶ points
     */
    public static Grid evaluate(ExpensiveEvaluator evaluator, int tasks, int points, double lo, double hi) {
        Arguments.notNull("evaluator", evaluator);
        Arguments.positive("tasks", tasks);
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, was " + points);
        }
        if (!(lo < hi)) {
            throw new IllegalArgumentException("lo must be < hi, was " + lo + " >= " + hi);
        }
        long size = 1;
        for (int i = 0; i < tasks; i++) {
            size *= points;
            if (size > 1_000_000) {
                throw new IllegalArgumentException("a grid of " + points + "^" + tasks + " points is too large");
            }
        }
        double[][] c = new double[(int) size][];
        double[][] y = new double[(int) size][];
        int[] idx = new int[tasks];
        for (int n = 0; n < size; n++) {
            double[] p = new double[tasks];
            for (int i = 0; i < tasks; i++) {
                p[i] = lo + (hi - lo) * idx[i] / (points - 1);
            }
            c[n] = p;
            y[n] = evaluator.evaluate(p.clone());
            for (int i = tasks - 1; i >= 0; i--) {
                if (++idx[i] < points) {
                    break;
                }
                idx[i] = 0;
            }
        }
        return new Grid(c, y);
    }
}
