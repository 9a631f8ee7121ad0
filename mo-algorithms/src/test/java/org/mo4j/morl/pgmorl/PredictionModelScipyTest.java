package org.mo4j.morl.pgmorl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PGMORL's prediction fit against the authors' solver: 60 seeded cases fitted by scipy's
 * {@code least_squares} exactly as {@code predict_hyperbolic} calls it ({@code scipy_fits.py} beside
 * the data writes them).
 */
class PredictionModelScipyTest {

    private record Case(int id, double upperA, double[] x, double[] y, double[] w, double[] scipy) {}

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = PredictionModelScipyTest.class.getResourceAsStream("scipy-fits.txt")) {
            assertNotNull(in, "scipy-fits.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("case ")) {
                    continue;
                }
                String[] head = line.split(" ");
                double[] x = numbers(r.readLine());
                double[] y = numbers(r.readLine());
                double[] w = numbers(r.readLine());
                String[] s = r.readLine().split(" ");
                double[] p = new double[4];
                for (int k = 0; k < 4; k++) {
                    p[k] = Double.parseDouble(s[k + 1]);
                }
                out.add(new Case(Integer.parseInt(head[1]), Double.parseDouble(head[5]), x, y, w, p));
            }
        }
        return out;
    }

    private static double[] numbers(String line) {
        return Arrays.stream(line.trim().split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    /** mo4j's loss against scipy's: 0 within 1e-6 (relative), −1 lower, +1 higher. */
    private static int compare(Case c, double[] fit) {
        double mine = PredictionModel.cost(fit, c.x, c.y, c.w);
        double theirs = PredictionModel.cost(c.scipy, c.x, c.y, c.w);
        double tolerance = 1e-6 * Math.max(theirs, 1e-12);
        return mine < theirs - tolerance ? -1 : mine > theirs + tolerance ? 1 : 0;
    }

    @Test
    void theFitReachesScipysLossOrALowerOneOnAtLeast55Of60Cases() throws IOException {
        List<Case> cases = cases();
        assertEquals(60, cases.size());
        int[] counts = new int[3];
        StringBuilder worse = new StringBuilder();
        for (Case c : cases) {
            double[] fit = PredictionModel.fit(c.x, c.y, c.w, c.upperA);
            int verdict = compare(c, fit);
            counts[verdict + 1]++;
            if (verdict > 0) {
                worse.append(" ").append(c.id);
            }
        }
        // measured: 51 equal, 5 lower, 4 higher (cases 2, 25, 45, 53: other local minima; scipy
        // stopped at its evaluation limit on case 2)
        assertTrue(counts[0] + counts[1] >= 55, "lower/equal/higher " + Arrays.toString(counts) + "; higher:" + worse);
    }

    @Test
    void whereTheLossesAgreeTheFittedCurvesAgreeAtTheData() throws IOException {
        int agreed = 0;
        for (Case c : cases()) {
            double[] fit = PredictionModel.fit(c.x, c.y, c.w, c.upperA);
            if (compare(c, fit) != 0) {
                continue;
            }
            agreed++;
            double range = Arrays.stream(c.y).max().getAsDouble()
                    - Arrays.stream(c.y).min().getAsDouble();
            for (int i = 0; i < c.x.length; i++) {
                if (c.w[i] > 1e-3) {
                    assertEquals(
                            PredictionModel.curve(c.scipy, c.x[i]),
                            PredictionModel.curve(fit, c.x[i]),
                            1e-3 * Math.max(1, range),
                            "case " + c.id + " at x " + c.x[i]);
                }
            }
        }
        assertTrue(agreed >= 45, "agreed on " + agreed);
    }
}
