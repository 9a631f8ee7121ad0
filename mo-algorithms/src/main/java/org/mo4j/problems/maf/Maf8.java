package org.mo4j.problems.maf;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * MaF8 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): the multi-point
 * distance minimisation problem, any m ≥ 3 objectives over two variables.
 *
 * <p>f_i is the Euclidean distance from x = (x₁, x₂) to the i-th vertex A_i = (sin(2πi/m),
 * cos(2πi/m)) of the regular m-gon of radius 1 centred at the origin (the order in which jMetal's
 * MaF08 lists them: A_m = (0, 1)).
 *
 * <ul>
 * <li>Variables: exactly 2, each in [−10000, 10000] (the paper's box).</li>
 * <li>Pareto set: the polygon (the convex hull of the vertices), whose image is the front.</li>
 * <li>{@link #trueFront(int)}: the images of the points of a square grid, spacing h = √(area / n),
 * that lie in the polygon (every half-plane test ≥ 0): about n points.</li>
 * <li>Reference point 1.1 d (1, …, 1) with d = 2 sin(π⌊m/2⌋/m), the largest distance between two
 * vertices, which is the nadir point of the front (each f_i is largest at the vertex farthest
 * from A_i).</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(m) and allocates only the result.
 */
public final class Maf8 extends AbstractBenchmarkProblem {

    private final double[] vx;
    private final double[] vy;

    /**
     * @param objectives m ≥ 3
     * @throws IllegalArgumentException if {@code objectives < 3}
     */
    public Maf8(int objectives) {
        super(
                "MaF8",
                2,
                checkThree(objectives),
                Bounds.uniform(2, -10000, 10000),
                filled(objectives, 1.1 * diameter(objectives)));
        vx = new double[objectives];
        vy = new double[objectives];
        for (int i = 0; i < objectives; i++) {
            double a = 2 * Math.PI * (i + 1) / objectives;
            vx[i] = Math.sin(a);
            vy[i] = Math.cos(a);
        }
        vx[objectives - 1] = 0;
        vy[objectives - 1] = 1;
    }

    static int checkThree(int objectives) {
        if (objectives < 3) {
            throw new IllegalArgumentException("objectives must be >= 3, was " + objectives);
        }
        return objectives;
    }

    private static double diameter(int m) {
        return 2 * Math.sin(Math.PI * (m / 2) / m);
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = vx.length;
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            f[i] = Math.hypot(x[0] - vx[i], x[1] - vy[i]);
        }
        return Evaluation.of(f);
    }

    /** Whether (x, y) lies in the polygon: on the inner side of every edge A_i A_{i+1}. */
    private boolean inside(double x, double y) {
        int m = vx.length;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            // the vertices run clockwise (angle 2πi/m measured from the y axis towards +x)
            double cross = (vx[j] - vx[i]) * (y - vy[i]) - (vy[j] - vy[i]) * (x - vx[i]);
            if (cross > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        int m = vx.length;
        double area = 0.5 * m * Math.sin(2 * Math.PI / m);
        double h = Math.sqrt(area / n);
        int steps = (int) Math.ceil(2 / h);
        java.util.List<double[]> out = new java.util.ArrayList<>();
        for (int a = 0; a <= steps; a++) {
            double x = -1 + a * h;
            for (int b = 0; b <= steps; b++) {
                double y = -1 + b * h;
                if (inside(x, y)) {
                    out.add(evaluateInBounds(new double[] {x, y}).objectives());
                }
            }
        }
        if (out.isEmpty()) {
            out.add(evaluateInBounds(new double[] {0, 0}).objectives());
        }
        return out.toArray(new double[0][]);
    }
}
