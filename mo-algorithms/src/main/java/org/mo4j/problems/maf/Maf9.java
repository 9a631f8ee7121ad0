package org.mo4j.problems.maf;

import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.problems.AbstractBenchmarkProblem;

/**
 * MaF9 (Cheng, Li, Tian, Zhang, Yang, Jin, Yao 2017, "A benchmark test suite for evolutionary
 * many-objective optimization", Complex &amp; Intelligent Systems 3, pp. 67–81): the multi-line
 * distance minimisation problem (ML-DMP of Li, Grosan, Yang, Liu, Yao 2018), any m ≥ 3 objectives
 * over two variables, with its infeasible regions stated as one constraint.
 *
 * <p>The vertices of the regular m-gon of radius 1 centred at the origin are A_i = (sin(2πi/m),
 * cos(2πi/m)), i = 1 … m, numbered as {@link Maf8} (and jMetal's MaF09) number them. f_i is the
 * distance from x = (x₁, x₂) to the line through A_i and A_{i+1} (A_{m+1} = A₁): with u_i =
 * (sin((2i+1)π/m), cos((2i+1)π/m)) the outward unit normal of that edge and r = cos(π/m) the
 * polygon's inradius, f_i = |⟨x, u_i⟩ − r|.
 *
 * <p><b>The infeasible regions.</b> For m ≥ 5 the lines of two edges that are not adjacent meet
 * outside the polygon, and points near such an intersection are not dominated by the polygon (the
 * intersection itself is 0 from two lines no polygon point is 0 from together). The problem
 * removes them, as the authors' code defines them (PlatEMO's MaF9; jMetal's MaF09 ports it): for
 * every vertex A_j and every t = 1 … ⌊(m − 3)/2⌋, the lines of the edges A_{j−1}A_j and
 * A_{j+t}A_{j+t+1} meet at a point I; the region is the polygon whose vertices are the chain
 * A_j … A_{j+t} followed by its point reflection 2I − A_j … 2I − A_{j+t}, a polygon centrally
 * symmetric about I and star-shaped from it, touching the regular polygon along the chain only. x
 * is infeasible when it lies inside one of these m⌊(m − 3)/2⌋ regions and outside the regular
 * polygon; m = 3 and 4 have none. (The paper's own words on the regions were not available when this
 * was written; the region here is the authors' code, checked point for point against jMetal's
 * {@code if_infeasible} in mo-benchmarks' {@code JMetalProblemsTest}. Where an edge is vertical,
 * m = 6, 10, 14, …, jMetal's slope-intercept arithmetic displaces the meeting points, by up to 0.43;
 * here the lines meet through their unit normals, so the regions are the exact ones.)
 *
 * <p><b>How it departs from the peers.</b> PlatEMO and jMetal never report an infeasible x: their
 * evaluation replaces it by uniform random points of the box until one is feasible, and evaluates
 * that one (jMetal writes it back into the solution). An mo4j problem is a deterministic function
 * that never modifies x, so here an infeasible x is evaluated where it is and reported through one
 * constraint g(x) ≤ 0: g is 0 on the feasible set and, inside a region, the distance from x to the
 * boundary of the deepest region that holds it (max over regions of the depth; at most the
 * distance to the feasible set, equal to it where the regions do not overlap). So constrained
 * algorithms (constrained domination) push infeasible points out of the regions instead of
 * replacing them by random ones, and a run is reproducible from its seed. Region boundaries are
 * feasible (g = 0 there; PlatEMO counts them infeasible, a set of measure zero). The constraint is
 * declared for every m, and is 0 everywhere for m = 3 and 4.
 *
 * <ul>
 * <li>Variables: exactly 2, each in [−10000, 10000] (the paper's box).</li>
 * <li>Pareto set: the polygon (the regions removed, the remaining points outside it are dominated;
 * {@code MafTest} checks this against a brute-force oracle), whose image is the front: on the polygon
 * every ⟨x, u_i⟩ ≤ r, so Σ f_i = m cos(π/m) and no front point dominates another.</li>
 * <li>{@link #trueFront(int)}: the images of a triangular lattice on the polygon that holds its
 * vertices and edges, about n points (see there); mutually non-dominated by the identity above, so
 * no filtering is needed. (PlatEMO and {@link Maf8} sample a square grid, which misses the edges and
 * so the front's extremes.)</li>
 * <li>Reference point 1.1 d (1, …, 1) with d = cos(π/m) − cos((2⌊m/2⌋ + 1)π/m), the largest
 * distance from an edge's line to a vertex (1 + cos(π/m) for odd m, to the opposite vertex;
 * 2 cos(π/m) for even m), which is the nadir point of the front; 1.1 × nadir as for the other MaF
 * problems.</li>
 * </ul>
 *
 * <p>{@code evaluate} costs O(m) for a point in the polygon or far from it (each region is first
 * tested against a disc around I that holds it), O(m³) at most; it allocates only the result.
 */
public final class Maf9 extends AbstractBenchmarkProblem {

    /** Outward unit normals of the edges' lines. */
    private final double[] ux;

    private final double[] uy;

    /** The inradius cos(π/m), every line's distance from the origin. */
    private final double apothem;

    /**
     * One row per infeasible region: I_x, I_y, R² (R the largest distance from I to a vertex of
     * the region), then the region's vertices x₀, y₀, x₁, y₁, … in order.
     */
    private final double[][] regions;

    /**
     * @param objectives m ≥ 3
     * @throws IllegalArgumentException if {@code objectives < 3}
     */
    public Maf9(int objectives) {
        super(
                "MaF9",
                2,
                Maf8.checkThree(objectives),
                Bounds.uniform(2, -10000, 10000),
                filled(objectives, 1.1 * nadir(objectives)));
        int m = objectives;
        apothem = Math.cos(Math.PI / m);
        ux = new double[m];
        uy = new double[m];
        for (int i = 0; i < m; i++) {
            double a = (2 * i + 3) * Math.PI / m; // edge i joins A_{i+1} and A_{i+2} (0-based i)
            ux[i] = Math.sin(a);
            uy[i] = Math.cos(a);
        }
        regions = regions(m);
    }

    private static double nadir(int m) {
        return Math.cos(Math.PI / m) - Math.cos((2 * (m / 2) + 1) * Math.PI / m);
    }

    /** The vertices A_1 … A_m as {x, y} pairs, index k holding A_{k+1}; A_m = (0, 1) exactly. */
    private static double[][] vertices(int m) {
        double[][] v = new double[m][];
        for (int k = 0; k < m; k++) {
            double a = 2 * Math.PI * (k + 1) / m;
            v[k] = new double[] {Math.sin(a), Math.cos(a)};
        }
        v[m - 1] = new double[] {0, 1};
        return v;
    }

    private double[][] regions(int m) {
        double[][] v = vertices(m);
        int longest = (m - 3) / 2;
        double[][] out = new double[m * Math.max(0, longest)][];
        int r = 0;
        for (int t = 1; t <= longest; t++) {
            for (int j = 0; j < m; j++) {
                // lines of the edges ending at the chain's first vertex and starting at its last
                int e1 = (j - 1 + m) % m;
                int e2 = (j + t) % m;
                double det = ux[e1] * uy[e2] - uy[e1] * ux[e2];
                double ix = apothem * (uy[e2] - uy[e1]) / det;
                double iy = apothem * (ux[e1] - ux[e2]) / det;
                int k = t + 1;
                double[] row = new double[3 + 4 * k];
                row[0] = ix;
                row[1] = iy;
                double r2 = 0;
                for (int s = 0; s < k; s++) {
                    double[] a = v[(j + s) % m];
                    row[3 + 2 * s] = a[0];
                    row[4 + 2 * s] = a[1];
                    row[3 + 2 * (k + s)] = 2 * ix - a[0];
                    row[4 + 2 * (k + s)] = 2 * iy - a[1];
                    r2 = Math.max(r2, (a[0] - ix) * (a[0] - ix) + (a[1] - iy) * (a[1] - iy));
                }
                row[2] = r2;
                out[r++] = row;
            }
        }
        return out;
    }

    @Override
    public int numberOfConstraints() {
        return 1;
    }

    @Override
    protected Evaluation evaluateInBounds(double[] x) {
        int m = ux.length;
        double x0 = x[0];
        double x1 = x[1];
        double[] f = new double[m];
        double outside = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double s = ux[i] * x0 + uy[i] * x1 - apothem;
            f[i] = Math.abs(s);
            outside = Math.max(outside, s);
        }
        double g = outside > 0 ? depth(x0, x1) : 0;
        return new Evaluation(f, new double[] {g});
    }

    /**
     * The largest depth of (x, y) in a region that holds it (its distance to that region's
     * boundary), 0 if none does; for a point outside the regular polygon.
     */
    private double depth(double x, double y) {
        double best = 0;
        for (double[] row : regions) {
            double dx = x - row[0];
            double dy = y - row[1];
            if (dx * dx + dy * dy >= row[2]) {
                continue;
            }
            int k = (row.length - 3) / 2;
            boolean in = false;
            double near = Double.POSITIVE_INFINITY;
            for (int a = 0, b = k - 1; a < k; b = a++) {
                double ax = row[3 + 2 * a];
                double ay = row[4 + 2 * a];
                double bx = row[3 + 2 * b];
                double by = row[4 + 2 * b];
                // even-odd crossing of the ray from (x, y) towards +x
                if ((ay > y) != (by > y) && x < bx + (y - by) * (ax - bx) / (ay - by)) {
                    in = !in;
                }
                near = Math.min(near, segmentDistanceSquared(x, y, ax, ay, bx, by));
            }
            if (in) {
                best = Math.max(best, Math.sqrt(near));
            }
        }
        return best;
    }

    private static double segmentDistanceSquared(double x, double y, double ax, double ay, double bx, double by) {
        double ex = bx - ax;
        double ey = by - ay;
        double t = ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey);
        t = Math.max(0, Math.min(1, t));
        double dx = x - (ax + t * ex);
        double dy = y - (ay + t * ey);
        return dx * dx + dy * dy;
    }

    @Override
    public boolean hasTrueFront() {
        return true;
    }

    /**
     * The images of a lattice on the polygon: the centre and, in each triangle (0, A_i, A_{i+1}),
     * the points (a A_i + b A_{i+1}) / k with a ≥ 1, b ≥ 0, a + b ≤ k (a = 0 is the next
     * triangle's b = 0), 1 + m k(k + 1)/2 points with k chosen to come nearest n. The lattice holds
     * the vertices and edges, so the sample reaches the front's extremes.
     */
    @Override
    public double[][] trueFront(int n) {
        checkFrontRequest(n);
        int m = ux.length;
        int k = (int) Math.round((Math.sqrt(1 + 8.0 * (n - 1) / m) - 1) / 2);
        double[][] v = vertices(m);
        double[][] out = new double[1 + m * k * (k + 1) / 2][];
        int c = 0;
        out[c++] = evaluateInBounds(new double[2]).objectives();
        for (int i = 0; i < m; i++) {
            double[] a = v[i];
            double[] b = v[(i + 1) % m];
            for (int p = 1; p <= k; p++) {
                for (int q = 0; p + q <= k; q++) {
                    double[] x = {(p * a[0] + q * b[0]) / k, (p * a[1] + q * b[1]) / k};
                    out[c++] = evaluateInBounds(x).objectives();
                }
            }
        }
        return out;
    }
}
