package org.mo4j.morl.pgmorl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PredictionModelTest {

    private static double authorsCurve(double[] p, double x) {
        // the code's form, A (e^{a(x−b)} − 1) / (e^{a(x−b)} + 1) + c
        double e = Math.exp(p[1] * (x - p[2]));
        return p[0] * (e - 1) / (e + 1) + p[3];
    }

    @Test
    void theCurveIsTheCodesHyperbolicForm() {
        double[] p = {2.5, 4, 0.3, -1};
        for (double x = -1; x <= 2; x += 0.05) {
            assertEquals(authorsCurve(p, x), PredictionModel.curve(p, x), 1e-12);
        }
    }

    @Test
    void aKnownHyperbolicCurveIsRecoveredFromExactData() {
        double[] truth = {3, 6, 0.4, 0.5};
        double[] x = {0, 0.1, 0.2, 0.35, 0.5, 0.6, 0.8, 1};
        double[] y = new double[x.length];
        double[] w = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = authorsCurve(truth, x[i]);
            w[i] = 1;
        }
        double[] fit = PredictionModel.fit(x, y, w, 500);
        assertEquals(0, PredictionModel.cost(fit, x, y, w), 1e-12, Arrays.toString(fit));
        assertArrayEquals(truth, fit, 1e-5);
    }

    @Test
    void theBoundsHoldWhenTheDataWantMore() {
        // a step of height 40 with A bounded by 1: A sits on its bound
        double[] x = {0, 0.2, 0.4, 0.6, 0.8, 1};
        double[] y = {-20, -20, -20, 20, 20, 20};
        double[] w = {1, 1, 1, 1, 1, 1};
        double[] fit = PredictionModel.fit(x, y, w, 1);
        assertEquals(1, fit[0], 1e-9);
        assertTrue(fit[1] >= 0.1 && fit[1] <= 20 && fit[2] >= -5 && fit[2] <= 5, Arrays.toString(fit));
    }

    @Test
    void predictionsAddTheFittedChangeToTheNodesReturns() {
        // a root at (10, 10) trained towards 5 weights; the change of each objective follows a known curve
        double[] truth0 = {4, 5, 0.5, 0};
        double[] truth1 = {4, 5, 0.5, 0};
        OptGraph g = new OptGraph();
        int root = g.insert(new double[] {0.5, 0.5}, new double[] {10, 10}, -1);
        double[] ws = {0, 0.25, 0.5, 0.75, 1};
        for (double w0 : ws) {
            double[] w = {w0, 1 - w0};
            g.insert(w, new double[] {10 + authorsCurve(truth0, w0), 10 + authorsCurve(truth1, 1 - w0)}, root);
        }
        double[][] pred = PredictionModel.predict(g, root, new double[][] {{0.6, 0.4}, {3, 1}});
        assertEquals(10 + authorsCurve(truth0, 0.6), pred[0][0], 1e-4);
        assertEquals(10 + authorsCurve(truth1, 0.4), pred[0][1], 1e-4);
        assertEquals(10 + authorsCurve(truth0, 0.75), pred[1][0], 1e-4, "weights are normalised to sum 1");
    }

    @Test
    void aNodeWithNoHistoryPredictsNoChange() {
        OptGraph g = new OptGraph();
        int root = g.insert(new double[] {1, 0}, new double[] {0, 3}, -1);
        assertArrayEquals(new double[] {0, 3}, PredictionModel.predict(g, root, new double[][] {{1, 1}})[0]);
    }
}
