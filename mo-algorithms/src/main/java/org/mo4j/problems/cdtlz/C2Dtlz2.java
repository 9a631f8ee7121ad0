package org.mo4j.problems.cdtlz;

import java.util.ArrayList;
import java.util.List;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;
import org.mo4j.problems.dtlz.Dtlz2;
import org.mo4j.problems.internal.Dtlz;
import org.mo4j.problems.internal.Fronts;

/**
 * C2-DTLZ2 (Jain, Deb 2014, "An evolutionary many-objective optimization algorithm using
 * reference-point based nondominated sorting approach, part II", IEEE TEC 18(4), Section VI-A):
 * DTLZ2 with one constraint that leaves feasible only M + 1 disconnected caps of the front.
 *
 * <p>Objectives as {@link Dtlz2}; constraint c(x) = −min{min_i [(f_i − 1)² + Σ_{j≠i} f_j² − r²],
 * Σ_i (f_i − 1/√M)² − r²} ≥ 0, returned as g(x) = min{…} ≤ 0: feasible within distance r of a
 * corner e_i or of the centre (1/√M, …, 1/√M) of the front. r = 0.4 for M = 3 and 0.5 otherwise
 * (the paper gives 0.4 for three objectives and 0.5 for more; M = 2 takes 0.5, as pymoo does).
 *
 * <ul>
 * <li>Variables: n = M + k − 1, default k = 10 (DTLZ2's), each in [0, 1].</li>
 * <li>Front: the feasible part of the unit sphere. (Each ball is centred on the sphere, so the
 * radial projection onto the sphere of a feasible point with g &gt; 0 stays in the same ball: no
 * feasible point off the sphere is non-dominated.) {@link #trueFront(int)}: the Das–Dennis
 * directions scaled to norm 1 that are feasible, from the smallest lattice (growing from about
 * n points) whose feasible part has at least n points; at most 20 lattices are tried, and no
 * lattice beyond 10⁷ points, so for many objectives fewer than n may be returned.</li>
 * <li>Reference point (1.1, …, 1.1), as DTLZ2's.</li>
 * </ul>
 */
public final class C2Dtlz2 extends AbstractBenchmarkProblem {

    private final Dtlz2 base;
    private final double radius;

    /** C2-DTLZ2 with M objectives and n = M + 9 variables. */
    public C2Dtlz2(int objectives) {
        this(objectives, checkObjectives(objectives) + Dtlz.DEFAULT_SPHERE_K - 1);
    }

    /**
     * @throws IllegalArgumentException if {@code objectives < 2} or {@code variables < objectives}
     */
    public C2Dtlz2(int objectives, int variables) {
        super(
                "C2-DTLZ2",
                Dtlz.checkSizes(objectives, variables),
                objectives,
                Dtlz.unitBox(variables),
                filled(objectives, 1.1));
        this.base = new Dtlz2(objectives, variables);
        this.radius = objectives == 3 ? 0.4 : 0.5;
    }

    /** r: 0.4 for three objectives, else 0.5. */
    public double radius() {
        return radius;
    }

    @Override
    public int numberOfConstraints() {
        return 1;
    }

    /** The constraint value g(f) ≤ 0. */
    double constraint(double[] f) {
        int m = f.length;
        double r2 = radius * radius;
        double sumSq = 0;
        for (double v : f) {
            sumSq += v * v;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            // (f_i - 1)^2 + sum_{j != i} f_j^2 = sumSq - 2 f_i + 1
            best = Math.min(best, sumSq - 2 * f[i] + 1 - r2);
        }
        double c = 1 / Math.sqrt(m);
        double centre = 0;
        for (double v : f) {
            centre += (v - c) * (v - c);
        }
        return Math.min(best, centre - r2);
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        // x is inside the box, which is DTLZ2's too, so base.evaluate only checks it again (O(n))
        double[] f = base.evaluate(x).objectives();
        return new Evaluation(f, new double[] {constraint(f)});
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        int m = numberOfObjectives();
        int request = n;
        double[][] best = new double[0][];
        for (int attempt = 0; attempt < 20; attempt++) {
            int h = Fronts.divisions(m, request);
            if (org.mo4j.core.weights.WeightVectors.latticeSize(m, h) > 10_000_000L) {
                break;
            }
            List<double[]> kept = new ArrayList<>();
            for (double[] p : Fronts.sphere(m, request)) {
                if (constraint(p) <= 0) {
                    kept.add(p);
                }
            }
            best = kept.toArray(new double[0][]);
            if (best.length >= n) {
                break;
            }
            long size = org.mo4j.core.weights.WeightVectors.latticeSize(m, h);
            long next = Math.max(size + 1, size * n / Math.max(1, best.length));
            request = (int) Math.min(Integer.MAX_VALUE, Math.max(next, request + 1L));
        }
        return best;
    }
}
