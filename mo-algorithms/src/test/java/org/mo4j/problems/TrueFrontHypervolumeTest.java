package org.mo4j.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.problems.dtlz.Dtlz1;
import org.mo4j.problems.dtlz.Dtlz2;
import org.mo4j.problems.lz09.Lz09F1;
import org.mo4j.problems.lz09.Lz09F6;
import org.mo4j.problems.lz09.Lz09F9;
import org.mo4j.problems.maf.Maf1;
import org.mo4j.problems.maf.Maf6;
import org.mo4j.problems.maf.Maf9;
import org.mo4j.problems.uf.Uf1;
import org.mo4j.problems.uf.Uf10;
import org.mo4j.problems.uf.Uf4;
import org.mo4j.problems.uf.Uf5;
import org.mo4j.problems.uf.Uf6;
import org.mo4j.problems.uf.Uf7;
import org.mo4j.problems.uf.Uf8;
import org.mo4j.problems.wfg.Wfg3;
import org.mo4j.problems.wfg.Wfg4;
import org.mo4j.problems.zdt.Zdt1;
import org.mo4j.problems.zdt.Zdt2;
import org.mo4j.problems.zdt.Zdt4;
import org.mo4j.problems.zdt.Zdt6;
import org.mo4j.problems.zdt.ZdtTestAccess;

/**
 * The hypervolume of a dense true front against the problem's reference point approaches the
 * volume worked out by hand from the analytic front (from below, since a sample dominates less
 * than the whole front): this ties the sampled fronts, their density and the reference points
 * together.
 */
class TrueFrontHypervolumeTest {

    private static void assertApproaches(double exact, BenchmarkProblem p, int n, double tolerance) {
        double hv = Hypervolume.of(p.trueFront(n), p.referencePoint());
        assertTrue(hv <= exact + 1e-12, p + ": " + hv + " exceeds the exact " + exact);
        assertEquals(exact, hv, tolerance, p.toString());
    }

    @Test
    void biObjective() {
        // ZDT1: 1.1^2 minus the area above the front within [0, 1.1]^2:
        // int_0^1 (1.1 - (1 - sqrt f)) df + 0.1 * 1.1 = 0.1 + 2/3 + 0.11
        assertApproaches(0.1 + 2.0 / 3 + 0.11, new Zdt1(), 20_001, 1e-4);
        assertApproaches(0.1 + 2.0 / 3 + 0.11, new Zdt4(), 20_001, 1e-4);
        // ZDT2: int_0^1 (0.1 + f^2) df + 0.11
        assertApproaches(0.1 + 1.0 / 3 + 0.11, new Zdt2(), 20_001, 1e-4);
        // ZDT6: f1 from f_min: int_{f_min}^1 (0.1 + f^2) df + 0.11
        double a = ZdtTestAccess.zdt6F1Min();
        assertApproaches(0.1 * (1 - a) + (1 - a * a * a) / 3 + 0.11, new Zdt6(), 20_001, 1e-4);
        // WFG4-9 (M = 2): the box 3 x 5 minus the quarter ellipse with semi-axes 2 and 4
        assertApproaches(15 - 2 * Math.PI, new Wfg4(2), 20_001, 1e-3);
        // WFG3 (M = 2): 15 minus the triangle below f1/2 + f2/4 = 1 (area 4)
        assertApproaches(11, new Wfg3(2), 20_001, 1e-3);
        // DTLZ1 (M = 2): 0.55^2 minus the triangle of area 1/8
        assertApproaches(0.3025 - 0.125, new Dtlz1(2), 20_001, 1e-4);
        // UF1 as ZDT1; UF4 as ZDT2; UF7: int_0^1 (0.1 + f) df + 0.11
        assertApproaches(0.1 + 2.0 / 3 + 0.11, new Uf1(), 20_001, 1e-4);
        assertApproaches(0.1 + 1.0 / 3 + 0.11, new Uf4(), 20_001, 1e-4);
        assertApproaches(0.1 + 0.5 + 0.11, new Uf7(), 20_001, 1e-4);
        // LZ09 F1 as ZDT1, F9 as ZDT2
        assertApproaches(0.1 + 2.0 / 3 + 0.11, new Lz09F1(), 20_001, 1e-4);
        assertApproaches(0.1 + 1.0 / 3 + 0.11, new Lz09F9(), 20_001, 1e-4);
        // MaF6 (m = 2): the quarter circle, as DTLZ2: 1.1^2 - pi/4
        assertApproaches(1.21 - Math.PI / 4, new Maf6(2), 20_001, 1e-4);
        // MaF1 (m = 2): the segment f1 + f2 = 1 in [0, 1]^2: 1.1^2 - 1/2
        assertApproaches(1.21 - 0.5, new Maf1(2), 20_001, 1e-4);
        // UF5: the 21 points (i/20, 1 - i/20) are the whole front, so the volume is exact:
        // sum_{i<20} (1/20)(0.1 + i/20) + 0.1 * 1.1 = 0.575 + 0.11
        assertEquals(0.685, Hypervolume.of(new Uf5().trueFront(1), new Uf5().referencePoint()), 1e-12);
        // UF6: (0, 1) dominates up to f1 = 1/4 (height 0.1), the segment on [1/4, 1/2], the
        // point (1/2, 1/2) on (1/2, 3/4) (height 0.6), the segment on [3/4, 1], then (1, 0):
        // 0.025 + int_{1/4}^{1/2} (0.1 + f) df + 0.15 + int_{3/4}^1 (0.1 + f) df + 0.11
        assertApproaches(0.025 + 0.11875 + 0.15 + 0.24375 + 0.11, new Uf6(), 20_001, 1e-4);
    }

    @Test
    void threeObjectives() {
        // DTLZ1: 0.55^3 minus the simplex of volume 0.5^3 / 6
        assertApproaches(0.166375 - 0.125 / 6, new Dtlz1(3), 5_000, 2e-3);
        // DTLZ2: 1.1^3 minus the eighth of the unit ball
        assertApproaches(1.331 - Math.PI / 6, new Dtlz2(3), 5_000, 1e-2);
        // WFG4: 3 * 5 * 7 minus an eighth of the ellipsoid with semi-axes 2, 4, 6
        assertApproaches(105 - 4.0 / 3 * Math.PI * 48 / 8, new Wfg4(3), 5_000, 0.5);
        // UF8, UF10: as DTLZ2
        assertApproaches(1.331 - Math.PI / 6, new Uf8(), 5_000, 1e-2);
        assertApproaches(1.331 - Math.PI / 6, new Uf10(), 5_000, 1e-2);
        assertApproaches(1.331 - Math.PI / 6, new Lz09F6(), 5_000, 1e-2);
        // MaF1: z in [0, 1.1]^3 is dominated by the inverted simplex {q in [0, 1]^3, sum q = 2}
        // exactly when sum min(z_i, 1) >= 2. Splitting by which z_i exceed 1 (each such range has
        // length 0.1): 1/6 (none; the corner of the cube past the plane) + 3 * 0.1 * 1/2 (one)
        // + 3 * 0.01 (two) + 0.001 (three)
        assertApproaches(1.0 / 6 + 0.15 + 0.03 + 0.001, new Maf1(3), 5_000, 1e-2);
        // MaF9: the triangle's image is the whole simplex {f >= 0, sum f = 3/2} (three distances
        // to the sides summing to 3 times the inradius 1/2), the reference point 1.1 * 3/2 in
        // every coordinate: 1.65^3 minus the corner simplex of volume 1.5^3 / 6 (5000 lattice
        // points are 0.03 apart on a front 1.5 wide: 0.017 short)
        assertApproaches(Math.pow(1.65, 3) - Math.pow(1.5, 3) / 6, new Maf9(3), 5_000, 2e-2);
    }
}
