package org.mo4j.problems.psl;

import java.util.Arrays;
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
