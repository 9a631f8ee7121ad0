package org.mo4j.surrogates.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.mo4j.core.internal.Arguments;

/**
 * Bayesian MAP's acquisition step (Li et al., ICLR 2025, "Bayesian MAP"; official code
 * {@code MAP.bayesian_pipeline}, {@code bayesian_compute_score_per_bin},
 * {@code utils.mean_plus_half_std}): put the next evaluations where the task's quadratic surrogate
 * fits worst. It is a residual-driven sampler over angular cells, not a Gaussian process.
 *
 * <ol>
 *   <li>Map every evaluated c ∈ ℝ^T (T ≥ 2) to hyperspherical coordinates
 *       ({@link HypersphericalCoordinates}) and cut each of the T − 1 angles' range [0, π/2] into B
 *       bins ({@link #defaultBins}: 4 for T &lt; 4, else 2), giving B^{T−1} cells.</li>
 *   <li>Score each cell from the squared residuals e_k = (y_k − ŷ(c_k))² of its points: the mean,
 *       plus λ (0.5) times the standard deviation (population form) of the means of 30 sub-samples;
 *       an empty cell scores −∞.</li>
 *   <li>Turn scores into probabilities by a softmax with temperature τ = 0.07, draw the cells of
 *       the next batch from that categorical distribution (multinomial counts), and in each cell
 *       draw the angles uniformly within the cell and the radius r ~ U(0.2, 0.8), clipped to
 *       [0, 1.5], then convert back to Cartesian coordinates.</li>
 * </ol>
 *
 * <p><b>Sub-samples, as the code does them.</b> The code's sub-samples are nested: each of the 30
 * drops ⌊20 %⌋ of the points <em>still</em> in the cell (it reuses and shrinks one mask), so the
 * k-th sub-sample keeps about 0.8^k of them; a cell of fewer than 5 points is never thinned and
 * gets standard deviation 0. We reproduce that; the design summary's wording ("each sub-sample
 * drops 20 % of the cell's points") reads as independent sub-samples, which the code does not do.
 *
 * <p><b>Cell edges.</b> The code's cells are half-open [lo, hi), so a point with an angle of exactly
 * π/2 (for example the one-hot vector (0, 1) for T = 2) falls in no cell and is ignored; here the
 * last bin is closed, so such points count in it. Points outside the non-negative orthant (an angle
 * above π/2) count in no cell, as in the code.
 *
 * <p>Cost: O(n·T) for the coordinates, O(n + 30·n) for the scores, O(count·T) for the draws, plus
 * B^{T−1} cells (16 for T = 3, 32 for T = 6).
 */
public final class ResidualBinSampler {

    /** The code's softmax temperature. */
    public static final double DEFAULT_TEMPERATURE = 0.07;
    /** The code's weight λ of the standard deviation in a cell's score. */
    public static final double DEFAULT_LAMBDA = 0.5;
    /** The code's number of sub-samples per cell. */
    public static final int DEFAULT_SUBSAMPLES = 30;
    /** The code's share of a cell's points each sub-sample drops. */
    public static final double DEFAULT_DROP = 0.2;

    private final int bins;
    private final double temperature;
    private final double lambda;
    private final int subsamples;
    private final double drop;
    private final double radiusMin;
    private final double radiusMax;

    /**
     * A sampler with the code's settings: τ = 0.07, λ = 0.5, 30 sub-samples dropping 20 %, radius
     * U(0.2, 0.8), and {@code bins} bins per angle.
     *
     * @throws IllegalArgumentException if {@code bins < 1}
     */
    public ResidualBinSampler(int bins) {
        this(bins, DEFAULT_TEMPERATURE, DEFAULT_LAMBDA, DEFAULT_SUBSAMPLES, DEFAULT_DROP, 0.2, 0.8);
    }

    /**
     * A sampler with every setting given.
     *
     * @throws IllegalArgumentException naming the argument: bins or subsamples &lt; 1, temperature not
     *                                  positive, λ negative, drop outside [0, 1), or radii not
     *                                  0 ≤ radiusMin ≤ radiusMax
     */
    public ResidualBinSampler(
            int bins,
            double temperature,
            double lambda,
            int subsamples,
            double drop,
            double radiusMin,
            double radiusMax) {
        this.bins = Arguments.positive("bins", bins);
        this.temperature = Arguments.positive("temperature", temperature);
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        this.lambda = lambda;
        this.subsamples = Arguments.positive("subsamples", subsamples);
        if (!(drop >= 0 && drop < 1)) {
            throw new IllegalArgumentException("drop must be in [0, 1), was " + drop);
        }
        this.drop = drop;
        if (!(radiusMin >= 0 && radiusMin <= radiusMax) || !Double.isFinite(radiusMax)) {
            throw new IllegalArgumentException(
                    "radii must satisfy 0 <= radiusMin <= radiusMax, were " + radiusMin + ", " + radiusMax);
        }
        this.radiusMin = radiusMin;
        this.radiusMax = radiusMax;
    }

    /** The code's bins per angle for T tasks ({@code utils.get_sample_n_bins}): 4 for T &lt; 4, else 2. */
    public static int defaultBins(int tasks) {
        return tasks < 4 ? 4 : 2;
    }

    /** Bins per angle. */
    public int bins() {
        return bins;
    }

    /**
     * The scored cells of one acquisition step.
     *
     * @param angles        T − 1
     * @param bins          B
     * @param points        the number of evaluated points in each cell, B^{T−1} entries, cell index
     *                      = Σ_i bin_i · B^{T−2−i} (the first angle varies slowest)
     * @param scores        each cell's score, −∞ when empty
     * @param probabilities the softmax of the scores
     */
    public record Cells(int angles, int bins, int[] points, double[] scores, double[] probabilities) {

        public Cells {
            points = points.clone();
            scores = scores.clone();
            probabilities = probabilities.clone();
        }

        @Override
        public int[] points() {
            return points.clone();
        }

        @Override
        public double[] scores() {
            return scores.clone();
        }

        @Override
        public double[] probabilities() {
            return probabilities.clone();
        }

        /** The number of cells B^{T−1}. */
        public int size() {
            return scores.length;
        }
    }

    /**
     * A batch of new points with the cells they were drawn from.
     *
     * @param points the new points, grouped by cell in cell order
     * @param counts how many came from each cell
     * @param cells  the scores and probabilities behind the draw
     */
    public record Draw(double[][] points, int[] counts, Cells cells) {

        public Draw {
            points = points.clone();
            counts = counts.clone();
        }

        @Override
        public double[][] points() {
            double[][] out = new double[points.length][];
            for (int i = 0; i < out.length; i++) {
                out[i] = points[i].clone();
            }
            return out;
        }

        @Override
        public int[] counts() {
            return counts.clone();
        }
    }

    /**
     * The cell of {@code c}, or −1 when an angle lies outside [0, π/2].
     */
    public int cellOf(double[] c) {
        double[] phi = HypersphericalCoordinates.angles(c);
        double width = Math.PI / 2 / bins;
        int cell = 0;
        for (double a : phi) {
            if (!(a >= 0 && a <= Math.PI / 2)) {
                return -1;
            }
            int b = Math.min(bins - 1, (int) Math.floor(a / width));
            cell = cell * bins + b;
        }
        return cell;
    }

    /**
     * Scores the cells from the evaluated points and their squared residuals.
     *
     * @param c                the evaluated coefficient vectors, n rows of length T ≥ 2
     * @param squaredResiduals (y_k − ŷ(c_k))² for each row, finite and ≥ 0
     * @param rng              the source of the sub-samples
     * @throws IllegalArgumentException naming the argument: ragged or non-finite input, T &lt; 2,
     *                                  lengths that differ, or no point in any cell
     */
    public Cells score(double[][] c, double[] squaredResiduals, RandomGenerator rng) {
        int t = Arguments.nonEmptyFront("c", c);
        if (t < 2) {
            throw new IllegalArgumentException("c must have at least 2 columns (tasks), had " + t);
        }
        Arguments.point("squaredResiduals", squaredResiduals);
        if (squaredResiduals.length != c.length) {
            throw new IllegalArgumentException("squaredResiduals has " + squaredResiduals.length + " values but c has "
                    + c.length + " rows (dimension mismatch)");
        }
        Arguments.notNull("rng", rng);
        int cells = Math.toIntExact(pow(bins, t - 1));
        List<List<Integer>> members = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            members.add(new ArrayList<>());
        }
        for (int k = 0; k < c.length; k++) {
            int cell = cellOf(c[k]);
            if (cell >= 0) {
                members.get(cell).add(k);
            }
        }
        int[] counts = new int[cells];
        double[] scores = new double[cells];
        for (int i = 0; i < cells; i++) {
            counts[i] = members.get(i).size();
            scores[i] = cellScore(members.get(i), squaredResiduals, rng);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("c has no point in the non-negative orthant, so every "
                    + "angular cell is empty and there is nothing to score");
        }
        double[] prob = new double[cells];
        double sum = 0;
        for (int i = 0; i < cells; i++) {
            prob[i] = scores[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp((scores[i] - max) / temperature);
            sum += prob[i];
        }
        for (int i = 0; i < cells; i++) {
            prob[i] /= sum;
        }
        return new Cells(t - 1, bins, counts, scores, prob);
    }

    /**
     * One acquisition step: scores the cells and draws {@code count} new points.
     *
     * @throws IllegalArgumentException as {@link #score}, or if {@code count < 0}
     */
    public Draw sample(double[][] c, double[] squaredResiduals, int count, RandomGenerator rng) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        Cells cells = score(c, squaredResiduals, rng);
        double[] prob = cells.probabilities;
        int[] drawn = new int[prob.length];
        for (int k = 0; k < count; k++) {
            double u = rng.nextDouble();
            double acc = 0;
            int chosen = prob.length - 1;
            for (int i = 0; i < prob.length; i++) {
                acc += prob[i];
                if (u < acc) {
                    chosen = i;
                    break;
                }
            }
            while (prob[chosen] == 0) {
                chosen--; // rounding left u past the last positive cell
            }
            drawn[chosen]++;
        }
        int angles = cells.angles;
        double width = Math.PI / 2 / bins;
        double[][] out = new double[count][];
        int at = 0;
        for (int i = 0; i < prob.length; i++) {
            int[] bin = new int[angles];
            for (int a = angles - 1, rest = i; a >= 0; a--, rest /= bins) {
                bin[a] = rest % bins;
            }
            for (int k = 0; k < drawn[i]; k++) {
                double[] phi = new double[angles];
                for (int a = 0; a < angles; a++) {
                    phi[a] = (bin[a] + rng.nextDouble()) * width;
                }
                double r = radiusMin + (radiusMax - radiusMin) * rng.nextDouble();
                r = Math.min(1.5, Math.max(0, r));
                out[at++] = HypersphericalCoordinates.toCartesian(r, phi);
            }
        }
        return new Draw(out, drawn, cells);
    }

    private double cellScore(List<Integer> cell, double[] e, RandomGenerator rng) {
        if (cell.isEmpty()) {
            return Double.NEGATIVE_INFINITY;
        }
        double mean = mean(cell, e);
        List<Integer> kept = new ArrayList<>(cell);
        double[] means = new double[subsamples];
        int m = 0;
        for (int s = 0; s < subsamples; s++) {
            int remove = (int) (drop * kept.size());
            for (int r = 0; r < remove; r++) {
                kept.remove(rng.nextInt(kept.size()));
            }
            if (!kept.isEmpty()) {
                means[m++] = mean(kept, e);
            }
        }
        double mu = 0;
        for (int i = 0; i < m; i++) {
            mu += means[i];
        }
        mu /= m;
        double var = 0;
        for (int i = 0; i < m; i++) {
            var += (means[i] - mu) * (means[i] - mu);
        }
        return mean + lambda * Math.sqrt(var / m);
    }

    private static double mean(List<Integer> idx, double[] e) {
        double s = 0;
        for (int k : idx) {
            s += e[k];
        }
        return s / idx.size();
    }

    private static long pow(int b, int e) {
        long r = 1;
        for (int i = 0; i < e; i++) {
            r = Math.multiplyExact(r, (long) b);
        }
        return r;
    }

    @Override
    public String toString() {
        return "ResidualBinSampler[bins=" + bins + ", temperature=" + temperature + ", lambda=" + lambda
                + ", subsamples=" + subsamples + ", drop=" + drop + ", radius=U(" + radiusMin + ", "
                + radiusMax + ")]";
    }
}
