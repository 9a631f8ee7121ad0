package org.mo4j.problems.psl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The evaluation notebook's log hypervolume difference, against hand-computed cases. */
class LogHypervolumeDifferenceTest {

    @Test
    void zdt1FrontIsPymoosHundredPointsAndItsHypervolumeIsTheStaircaseBelowTheAnalyticValue() {
        PslBenchmark b = PslBenchmarks.get("zdt1");
        double[][] front = b.evaluationFront();
        assertEquals(100, front.length);
        assertEquals(1.0 / 99, front[1][0], 1e-15);
        assertEquals(1 - Math.sqrt(1.0 / 99), front[1][1], 1e-15);
        // analytic: 1.1·1.1 − ∫₀¹ (1 − √x) dx − 0 (the box beyond x = 1 has f2 ≥ 0) = 1.21 − 1/3
        double analytic = 1.21 - 1.0 / 3;
        double staircase = b.trueHypervolume();
        assertTrue(staircase < analytic && staircase > analytic - 0.01, "staircase hv " + staircase);
    }

    @Test
    void theFrontItselfGivesTheClippedFloorAndAnEmptyPrefixTheWholeHypervolume() {
        PslBenchmark b = PslBenchmarks.get("zdt2");
        assertEquals(Math.log(1e-14), b.logHypervolumeDifference(b.evaluationFront()), 1e-12);
        double[] curve = b.logHypervolumeDifferenceCurve(new double[][] {{1.2, 1.2}, {0.5, 0.75}, {0.5, 0.8}});
        // the first point lies outside the (1.1, 1.1) box: nothing dominated, the difference is HV(front)
        assertEquals(Math.log(b.trueHypervolume()), curve[0], 1e-12);
        assertEquals(Math.log(b.trueHypervolume() - 0.6 * 0.35), curve[1], 1e-12);
        assertEquals(curve[1], curve[2], 0.0);
    }

    @Test
    void rePointsAreNormalisedByTheNotebooksIdealAndNadirPoints() {
        PslBenchmark b = PslBenchmarks.get("re21");
        double[] ideal = b.idealPoint();
        double[] nadir = b.referencePoint();
        // the nadir point normalises to (1, 1): 0.1 × 0.1 inside (1.1, 1.1); the ideal point to (0, 0)
        assertEquals(0.01, b.notebookHypervolume(new double[][] {nadir}), 1e-12);
        assertEquals(1.21, b.notebookHypervolume(new double[][] {ideal}), 1e-12);
    }

    @Test
    void zdt3HasFiveRegionsOfTwentyPoints() {
        double[][] front = PslBenchmarks.get("zdt3").evaluationFront();
        assertEquals(100, front.length);
        assertEquals(0.182228780, front[20][0], 0.0);
        assertEquals(0.8518328654, front[99][0], 0.0);
    }

    @Test
    void raggedRowsAreRejected() {
        PslBenchmark b = PslBenchmarks.get("vlmop2");
        assertThrows(IllegalArgumentException.class, () -> b.notebookHypervolume(new double[][] {{0.5}}));
        assertThrows(IllegalArgumentException.class, () -> b.logHypervolumeDifferenceCurve(null));
    }
}
