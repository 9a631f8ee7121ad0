package org.mo4j.problems.psl;

import java.util.Arrays;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * One problem of the SVH-PSL experiments as their code sets it up; the twelve are in
 * {@link PslBenchmarks}.
 *
 * @param name                the problem's name in mo4j's registry, lower case ({@code "zdt1"},
 *                            {@code "vlmop2"}, {@code "re21"}, …)
 * @param spec                the {@link Problems#create(String)} spec of the size SVH-PSL runs
 *                            (e.g. {@code "zdt1::30"})
 * @param objectives          the number of objectives m
 * @param variables           the number of variables n
 * @param referencePoint      the fixed hypervolume reference point of the code ({@code dic} in
 *                            {@code run_svh.py}), in raw objective units; for the RE problems it is
 *                            also the nadir point of the notebook's normalisation
 * @param idealPoint          the ideal point of the evaluation notebook's normalisation
 *                            (f − ideal)/(nadir − ideal) for the RE problems; null for the others,
 *                            which are not normalised for the hypervolume
 * @param standardisedByCode  whether the optimisation loop standardises the observed objectives
 *                            (z-score of Y, and X already in [0, 1]) before fitting its Gaussian
 *                            processes: true for RE, VLMOP2 and F2, false for ZDT
 * @param hasApproximateFront whether {@link PslFronts} ships the authors' approximate front (all
 *                            but ZDT, whose analytic front the code uses)
 */
public record PslBenchmark(
        String name,
        String spec,
        int objectives,
        int variables,
        double[] referencePoint,
        double[] idealPoint,
        boolean standardisedByCode,
        boolean hasApproximateFront) {

    /** Copies the arrays. */
    public PslBenchmark {
        referencePoint = referencePoint.clone();
        idealPoint = idealPoint == null ? null : idealPoint.clone();
    }

    /** The fixed reference point (a fresh copy). */
    @Override
    public double[] referencePoint() {
        return referencePoint.clone();
    }

    /** The notebook's ideal point (a fresh copy), or null where the problem is not normalised. */
    @Override
    public double[] idealPoint() {
        return idealPoint == null ? null : idealPoint.clone();
    }

    /** Whether the evaluation normalises objectives by an ideal and a nadir point (the RE problems). */
    public boolean normalisedForHypervolume() {
        return idealPoint != null;
    }

    /** A new instance of the problem at SVH-PSL's size, from {@link Problems#create(String)}. */
    public BenchmarkProblem problem() {
        return Problems.create(spec);
    }

    /** The authors' approximate front ({@link PslFronts#approximateFront(String)}). */
    public double[][] approximateFront() {
        return PslFronts.approximateFront(name);
    }

    /**
     * The front the authors' evaluation notebook ({@code plot_result.ipynb}) measures against, in
     * the units of {@link #logHypervolumeDifference}: pymoo's {@code pareto_front()} for ZDT (100
     * points with f1 evenly spaced; for ZDT3 20 per region of its five, dominated ones kept as pymoo
     * keeps them), otherwise {@link #approximateFront()}, normalised by (f − ideal)/(nadir − ideal)
     * for the RE problems. O(front size).
     *
     * @return a fresh array, one row per point
     */
    public double[][] evaluationFront() {
        if (!name.startsWith("zdt")) {
            return normalise(approximateFront());
        }
        if (name.equals("zdt3")) {
            double[][] regions = {
                {0, 0.0830015349},
                {0.182228780, 0.2577623634},
                {0.4093136748, 0.4538821041},
                {0.6183967944, 0.6525117038},
                {0.8233317983, 0.8518328654}
            };
            double[][] front = new double[100][];
            for (int r = 0; r < 5; r++) {
                for (int i = 0; i < 20; i++) {
                    double f1 = linspace(regions[r][0], regions[r][1], 20, i);
                    front[20 * r + i] = new double[] {f1, 1 - Math.sqrt(f1) - f1 * Math.sin(10 * Math.PI * f1)};
                }
            }
            return front;
        }
        double[][] front = new double[100][];
        for (int i = 0; i < 100; i++) {
            double f1 = linspace(0, 1, 100, i);
            front[i] = new double[] {f1, name.equals("zdt1") ? 1 - Math.sqrt(f1) : 1 - f1 * f1};
        }
        return front;
    }

    /** numpy's {@code linspace(a, b, n)[i]}. */
    private static double linspace(double a, double b, int n, int i) {
        return i == n - 1 ? b : a + i * ((b - a) / (n - 1));
    }

    /**
     * The notebook's hypervolume of a set of raw objective vectors: normalised as {@link
     * #evaluationFront()} for RE, then measured against (1.1, …, 1.1); points outside that box add
     * nothing (as pymoo's {@code HV}).
     *
     * @param objectives raw objective vectors, one row per point (may be empty)
     * @return the hypervolume
     * @throws IllegalArgumentException if a row has another number of objectives or is not finite
     */
    public double notebookHypervolume(double[][] objectives) {
        if (objectives == null) {
            throw new IllegalArgumentException("objectives must not be null");
        }
        double[] ref = new double[this.objectives];
        Arrays.fill(ref, 1.1);
        return Hypervolume.of(normalise(objectives), ref);
    }

    /**
     * The log hypervolume difference of the evaluation notebook: ln(max(HV(front) − HV(set),
     * 10⁻¹⁴)) with {@link #notebookHypervolume} and the front of {@link #evaluationFront()}. The
     * notebook's curve, {@code HV_compute}, takes the first i points for i = 0 … n − 1 (so never all
     * n); {@link #logHypervolumeDifferenceCurve} takes i = 1 … n. O(n · HV(n)) for the curve.
     *
     * @param objectives raw objective vectors of the evaluated points, one row per point
     * @return the log hypervolume difference of the whole set
     * @throws IllegalArgumentException as {@link #notebookHypervolume}
     */
    public double logHypervolumeDifference(double[][] objectives) {
        return Math.log(Math.max(trueHypervolume() - notebookHypervolume(objectives), 1e-14));
    }

    /**
     * {@link #logHypervolumeDifference} of the first i points, for i = 1 … n.
     *
     * @param objectives raw objective vectors in evaluation order
     * @return n values
     * @throws IllegalArgumentException as {@link #notebookHypervolume}
     */
    public double[] logHypervolumeDifferenceCurve(double[][] objectives) {
        if (objectives == null) {
            throw new IllegalArgumentException("objectives must not be null");
        }
        double truth = trueHypervolume();
        double[] out = new double[objectives.length];
        for (int i = 1; i <= objectives.length; i++) {
            double hv = notebookHypervolume(Arrays.copyOf(objectives, i));
            out[i - 1] = Math.log(Math.max(truth - hv, 1e-14));
        }
        return out;
    }

    /** The notebook's HV of {@link #evaluationFront()} (its {@code true_gt}). */
    public double trueHypervolume() {
        double[] ref = new double[objectives];
        Arrays.fill(ref, 1.1);
        return Hypervolume.of(evaluationFront(), ref);
    }

    private double[][] normalise(double[][] raw) {
        double[][] out = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == null || raw[i].length != objectives) {
                throw new IllegalArgumentException("objectives[" + i + "] must have " + objectives + " values, was "
                        + (raw[i] == null ? "null" : Arrays.toString(raw[i])));
            }
            out[i] = raw[i].clone();
            if (idealPoint != null) {
                for (int j = 0; j < objectives; j++) {
                    out[i][j] = (raw[i][j] - idealPoint[j]) / (referencePoint[j] - idealPoint[j]);
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PslBenchmark b
                && name.equals(b.name)
                && spec.equals(b.spec)
                && objectives == b.objectives
                && variables == b.variables
                && Arrays.equals(referencePoint, b.referencePoint)
                && Arrays.equals(idealPoint, b.idealPoint)
                && standardisedByCode == b.standardisedByCode
                && hasApproximateFront == b.hasApproximateFront;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(referencePoint)) + Arrays.hashCode(idealPoint);
    }

    @Override
    public String toString() {
        return name + " (" + spec + ", ref " + Arrays.toString(referencePoint)
                + (idealPoint == null ? "" : ", ideal " + Arrays.toString(idealPoint))
                + (standardisedByCode ? ", Y standardised" : ", not standardised") + ")";
    }
}
