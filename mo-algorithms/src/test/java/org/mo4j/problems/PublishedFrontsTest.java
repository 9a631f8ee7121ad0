package org.mo4j.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.maf.Maf13;
import org.mo4j.problems.maf.Maf2;
import org.mo4j.problems.maf.Maf8;
import org.mo4j.problems.uf.Uf9;

/**
 * Points of the published reference fronts (as jMetal 6 ships them in
 * {@code resources/referenceFrontsCSV}: the CEC 2009 UF9 front, 8 significant digits, and
 * PlatEMO's MaF fronts, 16 digits) lie on the analytic fronts of mo4j's problems: each satisfies
 * the front's equation, lies in the part of it the problem can reach (UF9's two pieces, MaF2's
 * patch of angles, MaF8's polygon), and is the image of the Pareto-set point the test builds from
 * it. These are the problems whose front has a shape the formulas alone leave open to a slip
 * (pieces, a patch, a vertex numbering, a degenerate surface).
 */
class PublishedFrontsTest {

    /** Rows of jMetal's UF9.csv (both pieces, both ends). */
    private static final double[][] UF9 = {
        {0.0000000e+000, 1.0101010e-002, 9.8989899e-001},
        {5.1535766e-005, 1.0049474e-002, 9.8989899e-001},
        {2.5252525e-003, 4.9242424e-001, 5.0505051e-001},
        {9.5856524e-003, 5.1535766e-004, 9.8989899e-001},
        {4.7222222e-001, 2.2727273e-002, 5.0505051e-001},
        {8.4853638e-001, 5.0453515e-002, 1.0101010e-001},
        {9.5408163e-001, 4.5918367e-002, 0.0000000e+000}
    };

    /** Rows of jMetal's MaF02.5D.csv. */
    private static final double[][] MAF2 = {
        {0.0836242010007091, 0.0836242010007091, 0.1672484020014182, 0.3344968040028363, 0.9198662110077999},
        {0.0957826285221151, 0.0957826285221151, 0.2873478855663454, 0.6704783996548059, 0.6704783996548059},
        {0.1818181818181819, 0.1818181818181818, 0.1818181818181819, 0.2727272727272728, 0.9090909090909091},
        {0.2250175801852048, 0.3375263702778072, 0.4500351603704096, 0.5625439504630119, 0.5625439504630121},
        {0.3511234415883917, 0.4681645887845222, 0.4681645887845223, 0.4681645887845223, 0.4681645887845222},
        {0.4061384660534476, 0.2030692330267239, 0.2030692330267238, 0.3046038495400857, 0.8122769321068952}
    };

    /** Rows of jMetal's MaF08.5D.csv. */
    private static final double[][] MAF8 = {
        {1.8858958534273560, 1.1635951754845715, 0.0163243593164700, 1.1688845935558922, 1.8879163487786517},
        {1.4660374104475258, 0.5979881290319350, 0.5777896705381552, 1.4528727277090625, 1.7980081713798011},
        {1.1688845935558925, 0.0163243593164700, 1.1635951754845713, 1.8858958534273560, 1.8879163487786517},
        {1.6671213947545918, 0.9014580115061357, 0.2764248088546811, 1.2601870661176144, 1.8051440514329691},
        {1.4357729239199943, 0.6000951454580177, 0.5799700720897202, 1.4223281488991402, 1.7576047832271791}
    };

    /** Rows of jMetal's MaF13.5D.csv. */
    private static final double[][] MAF13 = {
        {0.0000010000000000, 0.0000010000000000, 0.9999999999990001, 0.9999999999910013, 0.9999999999910013},
        {0.0000012445986887, 0.2865263168247845, 0.9580723718828730, 0.6516068644644153, 0.6516068644644153},
        {0.0000014141769660, 0.7121754504817875, 0.7020015154749049, 0.0626293928882077, 0.0626293928882077},
        {0.0000010000000000, 0.9999999999989999, 0.0000010000000000, 0.9999999999909991, 0.9999999999909991},
        {0.0078444040429623, 0.0862884444725856, 0.9962393134562158, 0.9630847530422756, 0.9630847530422756}
    };

    @Test
    void uf9() {
        Uf9 p = new Uf9();
        for (double[] f : UF9) {
            assertEquals(1, f[0] + f[1] + f[2], 1e-7, Arrays.toString(f));
            double x2 = 1 - f[2];
            double x1 = x2 == 0 ? 0 : f[0] / (f[0] + f[1]);
            assertTrue(x1 <= 0.25 + 1e-6 || x1 >= 0.75 - 1e-6, "between the pieces: " + Arrays.toString(f));
            double[] x = new double[30];
            ParetoSets.uf3(x, Math.max(0, Math.min(1, x1)), x2);
            assertArrayEquals(f, p.evaluate(x).objectives(), 2e-7, Arrays.toString(f));
        }
    }

    @Test
    void maf2() {
        Maf2 p = new Maf2(5);
        for (double[] f : MAF2) {
            assertEquals(0, FrontEquations.residual(p, f), 1e-12, Arrays.toString(f));
            // the angles, from f_5 = sin t1 down to f_1 / f_2 = cos t4 / sin t4, lie in [pi/8, 3pi/8]
            double[] x = new double[p.numberOfVariables()];
            Arrays.fill(x, 0.5);
            for (int j = 0; j < 4; j++) {
                double rest = 0;
                for (int i = 0; i < 4 - j; i++) {
                    rest += f[i] * f[i];
                }
                double theta = Math.atan2(f[4 - j], Math.sqrt(rest));
                assertTrue(
                        theta >= Math.PI / 8 - 1e-12 && theta <= 3 * Math.PI / 8 + 1e-12,
                        "angle " + theta + " of " + Arrays.toString(f));
                x[j] = Math.max(0, Math.min(1, 2 * (2 * theta / Math.PI - 0.25)));
            }
            assertArrayEquals(f, p.evaluate(x).objectives(), 1e-12, Arrays.toString(f));
        }
    }

    @Test
    void maf8() {
        int m = 5;
        Maf8 p = new Maf8(m);
        for (double[] f : MAF8) {
            // x from x . (A_i - A_m) = (f_m^2 - f_i^2) / 2, i = 1, 2, with A_i = (sin 2pi i/m, cos 2pi i/m)
            double[] a1 = {Math.sin(2 * Math.PI / m), Math.cos(2 * Math.PI / m) - 1};
            double[] a2 = {Math.sin(4 * Math.PI / m), Math.cos(4 * Math.PI / m) - 1};
            double r1 = (f[m - 1] * f[m - 1] - f[0] * f[0]) / 2;
            double r2 = (f[m - 1] * f[m - 1] - f[1] * f[1]) / 2;
            double det = a1[0] * a2[1] - a1[1] * a2[0];
            double[] x = {(r1 * a2[1] - a1[1] * r2) / det, (a1[0] * r2 - r1 * a2[0]) / det};
            assertArrayEquals(f, p.evaluate(x).objectives(), 1e-12, Arrays.toString(f));
            for (int i = 1; i <= m; i++) {
                double ax = Math.sin(2 * Math.PI * i / m);
                double ay = Math.cos(2 * Math.PI * i / m);
                double bx = Math.sin(2 * Math.PI * (i + 1) / m);
                double by = Math.cos(2 * Math.PI * (i + 1) / m);
                assertTrue(
                        (bx - ax) * (x[1] - ay) - (by - ay) * (x[0] - ax) <= 1e-12, "outside: " + Arrays.toString(f));
            }
        }
    }

    @Test
    void maf13() {
        Maf13 p = new Maf13(5);
        for (double[] f : MAF13) {
            assertEquals(0, FrontEquations.residual(p, f), 1e-12, Arrays.toString(f));
            double x1 = 2 / Math.PI * Math.asin(f[0]);
            double x2 = 2 / Math.PI * Math.atan2(f[1], f[2]);
            double[] x = new double[5];
            ParetoSets.uf3(x, x1, x2);
            assertArrayEquals(f, p.evaluate(x).objectives(), 1e-12, Arrays.toString(f));
        }
    }
}
