package org.mo4j.core.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Riesz s-energy directions: on the simplex, lower energy, reproducible, even for m = 2, bad input. */
class EnergyDirectionsTest {

    @Property(tries = 60)
    void directionsLieOnTheSimplexSortedAndLowerTheEnergy(
            @ForAll @IntRange(min = 2, max = 4) int m, @ForAll @IntRange(min = 2, max = 40) int n, @ForAll long seed) {
        double[][] w = EnergyDirections.of(m, n, seed);
        assertEquals(n, w.length);
        for (double[] p : w) {
            assertEquals(m, p.length);
            double sum = 0;
            for (double v : p) {
                assertTrue(v >= 0, Arrays.toString(p));
                sum += v;
            }
            assertEquals(1, sum, 1e-12);
        }
        for (int i = 1; i < n; i++) {
            assertTrue(Arrays.compare(w[i - 1], w[i]) <= 0, "rows are sorted lexicographically");
        }
        // pymoo keeps the points a step produced from the lowest-energy start, so when the start
        // is already optimal the result is one Adam step (about 0.005 per coordinate) away from
        // it and may be slightly worse; see keepsPymoosBookkeepingWhenTheStartIsAlreadyOptimal
        double[][] start = EnergyDirections.initialPoints(m, n, new SplittableRandom(seed));
        assertTrue(EnergyDirections.energy(w) <= EnergyDirections.energy(start) + 0.01);
    }

    @Test
    void keepsPymoosBookkeepingWhenTheStartIsAlreadyOptimal() {
        // pymoo 0.6.1.3 from these initial points returns (0, 1), (0.4950070676233386, …), (1, 0)
        double[][] start = {{0, 1}, {1, 0}, {0.5000065073590578, 0.4999934926409422}};
        double[][] w = EnergyDirections.optimise(start);
        EnergyDirections.sortLexicographically(w);
        assertArrayEquals(new double[] {0.4950070676233386, 0.5049929323766614}, w[1], 1e-15);
        assertTrue(EnergyDirections.energy(w) > EnergyDirections.energy(start));
    }

    @Test
    void theOptimisationLowersTheEnergyOfTheInitialPointsAtSvhPslsSizes() {
        for (int m = 2; m <= 3; m++) {
            double[][] start = EnergyDirections.initialPoints(m, 100 * m, new SplittableRandom(1));
            double[][] w = EnergyDirections.of(m, 100 * m, 1);
            assertTrue(
                    EnergyDirections.energy(w) < EnergyDirections.energy(start) - 1e-3,
                    EnergyDirections.energy(w) + " vs " + EnergyDirections.energy(start));
        }
    }

    /**
     * pymoo-energy.txt was made by running pymoo 0.6.1.3's own code (commit 02ce5bf2) with numpy
     * 2.4: for each case, the samples it reduced (drawn by its Kraemer sampling, seed 7, fewer than
     * 10 000 to keep the file small), the reduced initial points (farthest points and k-means),
     * and the energy directions optimised from those initial points. Given pymoo's samples this
     * port follows pymoo's arithmetic, so only rounding may differ.
     */
    @Test
    void reproducesPymooGivenTheSameSamples() throws Exception {
        List<String> lines;
        try (InputStream in = EnergyDirectionsTest.class.getResourceAsStream("pymoo-energy.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        int cases = 0;
        for (int i = 1; i < lines.size(); i += 4) {
            String[] header = lines.get(i).split(" ");
            int m = Integer.parseInt(header[1]);
            int n = Integer.parseInt(header[2]);
            double[][] samples = parse(lines.get(i + 1), "samples ");
            double[][] initial = parse(lines.get(i + 2), "initial ");
            double[][] directions = parse(lines.get(i + 3), "directions ");
            if (n >= m) {
                // with n < m pymoo draws the first point from numpy's global stream
                assertClose(initial, EnergyDirections.reduce(n, samples, new SplittableRandom(0)), 1e-14);
            }
            double[][] optimised = EnergyDirections.optimise(initial);
            EnergyDirections.sortLexicographically(optimised);
            assertClose(directions, optimised, 1e-12);
            cases++;
        }
        assertEquals(4, cases);
    }

    private static double[][] parse(String line, String prefix) {
        assertTrue(line.startsWith(prefix), line);
        return Arrays.stream(line.substring(prefix.length()).split(";"))
                .map(r -> Arrays.stream(r.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .toArray(double[][]::new);
    }

    private static void assertClose(double[][] expected, double[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], tolerance, "row " + i);
        }
    }

    @Test
    void aSeedGivesTheSameDirectionsEveryTime() {
        double[][] a = EnergyDirections.of(3, 30, 1);
        double[][] b = EnergyDirections.of(3, 30, 1);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
        double[][] c = EnergyDirections.of(3, 30, 2);
        assertFalse(Arrays.deepEquals(a, c));
    }

    @Test
    void twoObjectivesGiveNearlyEvenlySpacedPointsFromEndToEnd() {
        int n = 21;
        double[][] w = EnergyDirections.of(2, n, 1);
        assertEquals(0, w[0][0], 1e-9);
        assertEquals(1, w[n - 1][0], 1e-9);
        double even = 1.0 / (n - 1);
        for (int i = 1; i < n; i++) {
            double gap = w[i][0] - w[i - 1][0];
            assertTrue(Math.abs(gap - even) < 0.25 * even, "gap " + i + " = " + gap);
        }
    }

    @Test
    void initialPointsStartFromTheLatticeBoundary() {
        // n = 10, m = 3: H = 3 (C(5,2) = 10), whose 9 boundary points are kept as they are
        assertEquals(3, EnergyDirections.partitionsFor(10, 3));
        assertEquals(23, EnergyDirections.partitionsFor(300, 3));
        assertEquals(199, EnergyDirections.partitionsFor(200, 2));
        assertEquals(0, EnergyDirections.partitionsFor(2, 3));
        double[][] x = EnergyDirections.initialPoints(3, 10, new SplittableRandom(5));
        assertArrayEquals(new double[] {0, 0, 1}, x[0], 1e-15);
        assertArrayEquals(new double[] {1, 0, 0}, x[8], 1e-15);
    }

    @Test
    void fewerPointsThanObjectivesAndOneObjectiveWork() {
        double[][] w = EnergyDirections.of(4, 2, 3);
        assertEquals(2, w.length);
        double[][] one = EnergyDirections.of(3, 1, 3);
        assertEquals(1, one.length);
        assertEquals(1, Arrays.stream(one[0]).sum(), 1e-12);
        assertArrayEquals(new double[] {1.0}, EnergyDirections.of(1, 5, 0)[0]);
    }

    @Test
    void projectionMovesAPointBackOntoTheSimplex() {
        double[] p = {1.2, -0.1, -0.1};
        EnergyDirections.projectOntoSimplex(p);
        assertArrayEquals(new double[] {1, 0, 0}, p, 1e-15);
        double[] q = {0.7, 0.5, -0.2};
        EnergyDirections.projectOntoSimplex(q);
        assertArrayEquals(new double[] {0.6, 0.4, 0}, q, 1e-15);
    }

    @Test
    void energyIsTheLogMeanInversePower() {
        // two points at distance sqrt(2), s = 4: log(1 / 4)
        assertEquals(Math.log(0.25), EnergyDirections.energy(new double[][] {{1, 0}, {0, 1}}), 1e-15);
    }

    @Test
    void rejectsBadInput() {
        assertMessage("m must be at least 1, was 0", () -> EnergyDirections.of(0, 5, 1));
        assertMessage("n must be at least 1, was 0", () -> EnergyDirections.of(3, 0, 1));
        assertMessage("n must be at most 10000, was 10001", () -> EnergyDirections.of(3, 10_001, 1));
        assertMessage("random must not be null", () -> EnergyDirections.of(3, 5, null));
        assertMessage(
                "points must contain at least two points, was 1",
                () -> EnergyDirections.energy(new double[][] {{1, 0}}));
        assertMessage(
                "points[1][0] must be finite, was NaN",
                () -> EnergyDirections.energy(new double[][] {{1, 0}, {Double.NaN, 0}}));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }
}
