package org.mo4j.problems.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mo4j.core.problem.Bounds;
import org.mo4j.problems.BenchmarkProblem;

/** The factory, the published dimensions and boxes, the reference points and rejected input. */
class RealWorldProblemsTest {

    private static String rejection(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void namesAreTheSixteenProblemsInTheSuitesOrder() {
        assertEquals(
                List.of(
                        "re21", "re22", "re23", "re24", "re25", "re31", "re32", "re33", "re34", "re35", "re36", "re37",
                        "re41", "re42", "re61", "re91"),
                RealWorldProblems.names());
        assertThrows(
                UnsupportedOperationException.class,
                () -> RealWorldProblems.names().add("re99"));
    }

    @Test
    void createIsCaseInsensitiveAndReturnsAFreshInstance() {
        for (String name : RealWorldProblems.names()) {
            BenchmarkProblem p = RealWorldProblems.create(name.toUpperCase());
            assertEquals(name.toUpperCase(), p.name());
            assertInstanceOf(RealWorldProblem.class, p);
            assertNotSame(p, RealWorldProblems.create(name));
        }
        assertInstanceOf(Re33.class, RealWorldProblems.create("Re33"));
    }

    @Test
    void unknownNamesAreRejectedListingTheValidOnes() {
        String message = rejection(() -> RealWorldProblems.create("re26"));
        assertTrue(message.startsWith("unknown RE problem 're26'; valid names: [re21, re22"), message);
        assertTrue(message.endsWith("re61, re91]"), message);
        assertTrue(rejection(() -> RealWorldProblems.create(null)).startsWith("name must not be null"));
    }

    @Test
    void dimensionsAreThePublishedOnes() {
        // RE<m><k>: m objectives; n from the suite's table (RE2-4-1, RE2-3-2, ..., RE9-7-1)
        int[][] nm = {
            {4, 2}, {3, 2}, {4, 2}, {2, 2}, {3, 2}, {3, 3}, {4, 3}, {4, 3}, {5, 3}, {7, 3}, {4, 3}, {4, 3}, {7, 4},
            {6, 4}, {3, 6}, {7, 9}
        };
        List<String> names = RealWorldProblems.names();
        for (int i = 0; i < names.size(); i++) {
            RealWorldProblem p = (RealWorldProblem) RealWorldProblems.create(names.get(i));
            assertEquals(nm[i][0], p.numberOfVariables(), names.get(i));
            assertEquals(nm[i][0], p.bounds().dimension(), names.get(i));
            assertEquals(nm[i][1], p.numberOfObjectives(), names.get(i));
            assertEquals(0, p.numberOfConstraints(), names.get(i));
            assertEquals(nm[i][1], p.idealPoint().length, names.get(i));
            assertFalse(p.hasTrueFront(), names.get(i));
        }
    }

    @Test
    void boxesAreThePublishedOnes() {
        double r2 = Math.sqrt(2);
        assertBox(new Re21(), new double[] {1, r2, r2, 1}, new double[] {3, 3, 3, 3});
        assertBox(new Re22(), new double[] {0.2, 0, 0}, new double[] {15, 20, 40});
        assertBox(new Re23(), new double[] {1, 1, 10, 10}, new double[] {100, 100, 200, 240});
        assertBox(new Re24(), new double[] {0.5, 0.5}, new double[] {4, 50});
        assertBox(new Re25(), new double[] {1, 0.6, 0.09}, new double[] {70, 3, 0.5});
        assertBox(new Re31(), new double[] {1e-5, 1e-5, 1}, new double[] {100, 100, 3});
        assertBox(new Re32(), new double[] {0.125, 0.1, 0.1, 0.125}, new double[] {5, 10, 10, 5});
        assertBox(new Re33(), new double[] {55, 75, 1000, 11}, new double[] {80, 110, 3000, 20});
        assertBox(new Re34(), new double[] {1, 1, 1, 1, 1}, new double[] {3, 3, 3, 3, 3});
        assertBox(new Re35(), new double[] {2.6, 0.7, 17, 7.3, 7.3, 2.9, 5.0}, new double[] {
            3.6, 0.8, 28, 8.3, 8.3, 3.9, 5.5
        });
        assertBox(new Re36(), new double[] {12, 12, 12, 12}, new double[] {60, 60, 60, 60});
        assertBox(new Re37(), new double[] {0, 0, 0, 0}, new double[] {1, 1, 1, 1});
        double[] carLower = {0.5, 0.45, 0.5, 0.5, 0.875, 0.4, 0.4};
        double[] carUpper = {1.5, 1.35, 1.5, 1.5, 2.625, 1.2, 1.2};
        assertBox(new Re41(), carLower, carUpper);
        assertBox(new Re42(), new double[] {150, 20, 13, 10, 14, 0.63}, new double[] {274.32, 32.31, 25, 11.71, 18, 0.75
        });
        assertBox(new Re61(), new double[] {0.01, 0.01, 0.01}, new double[] {0.45, 0.1, 0.1});
        assertBox(new Re91(), carLower, carUpper);
    }

    private static void assertBox(RealWorldProblem p, double[] lower, double[] upper) {
        assertEquals(new Bounds(lower, upper), p.bounds(), p.name());
    }

    @Test
    void referencePointIsTheNadirPlusATenthOfTheRangeAndBoundsTheNadir() {
        for (String name : RealWorldProblems.names()) {
            RealWorldProblem p = (RealWorldProblem) RealWorldProblems.create(name);
            double[] ideal = p.idealPoint();
            double[] nadir = p.nadirPoint();
            double[] ref = p.referencePoint();
            for (int i = 0; i < ref.length; i++) {
                assertTrue(ideal[i] < nadir[i], name + " ideal < nadir in objective " + i);
                assertEquals(nadir[i] + 0.1 * (nadir[i] - ideal[i]), ref[i], 0, name);
                assertTrue(ref[i] > nadir[i], name + " reference point beyond the nadir in objective " + i);
                // 1.1 in the normalised space
                assertEquals(1.1, (ref[i] - ideal[i]) / (nadir[i] - ideal[i]), 1e-12, name);
            }
        }
    }

    @Test
    void publishedPointsAreCopiedOut() {
        Re42 p = new Re42();
        p.idealPoint()[0] = 0;
        p.nadirPoint()[0] = 0;
        p.referencePoint()[0] = 0;
        assertArrayEquals(
                new double[] {-2756.2590400638524, 3962.557843228888, 1947.880856925791, 0.0}, p.idealPoint());
        assertEquals(-1010.5229595219643, p.nadirPoint()[0]);
        assertEquals(-1010.5229595219643 + 0.1 * (-1010.5229595219643 + 2756.2590400638524), p.referencePoint()[0]);
    }

    @Test
    void badDecisionVectorsAreRejectedNamingTheProblem() {
        Re21 p = new Re21();
        assertEquals(
                "x has 3 coordinates but the bounds of RE21 has 4 (dimension mismatch)",
                rejection(() -> p.evaluate(new double[] {1, 2, 2})));
        assertEquals("x[1] must be finite, was NaN", rejection(() -> p.evaluate(new double[] {1, Double.NaN, 2, 1})));
        assertEquals(
                "x[3] must be finite, was -Infinity",
                rejection(() -> p.evaluate(new double[] {1, 2, 2, Double.NEGATIVE_INFINITY})));
        assertEquals("x must not be null", rejection(() -> p.evaluate(null)));
        // outside the box a formula can break down: sqrt(x3) of a negative x3
        String outside = rejection(() -> p.evaluate(new double[] {1, 2, -1, 1}));
        assertTrue(outside.startsWith("RE21 objective f1 is NaN at x = [1.0, 2.0, -1.0, 1.0]"), outside);
        assertTrue(rejection(() -> new Re91().evaluate(new double[6])).startsWith("x has 6 coordinates"));
    }
}
