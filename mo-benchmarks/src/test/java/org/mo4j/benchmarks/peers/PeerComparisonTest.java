package org.mo4j.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The statistics and options of the side-by-side comparison. */
class PeerComparisonTest {

    /** A12 by its definition: every pair counted, ties half. */
    private static double bruteForceA12(double[] x, double[] y) {
        double wins = 0;
        for (double a : x) {
            for (double b : y) {
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return wins / ((double) x.length * y.length);
    }

    @Property(tries = 300)
    void a12ByRanksEqualsTheCountOfPairs(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 6) Integer> xs,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 6) Integer> ys) {
        // small integer values: many ties inside and across the samples
        double[] x = xs.stream().mapToDouble(i -> i / 4.0).toArray();
        double[] y = ys.stream().mapToDouble(i -> i / 4.0).toArray();
        assertEquals(bruteForceA12(x, y), PeerComparison.a12(x, y), 1e-12);
    }

    @Test
    void a12IsOneWhenEveryXIsAboveEveryY() {
        assertEquals(1.0, PeerComparison.a12(new double[] {3, 4}, new double[] {1, 2}), 0);
        assertEquals(0.0, PeerComparison.a12(new double[] {1, 2}, new double[] {3, 4}), 0);
        assertEquals(0.5, PeerComparison.a12(new double[] {1, 1}, new double[] {1, 1}), 0);
    }

    @Test
    void theVerdictNeedsSignificanceAndGivesTheDirectionOfA12() {
        assertEquals("+", PeerComparison.verdict(0.01, 0.8));
        assertEquals("−", PeerComparison.verdict(0.01, 0.2));
        assertEquals("≈", PeerComparison.verdict(0.05, 0.9));
        assertEquals("≈", PeerComparison.verdict(Double.NaN, 0.5));
    }

    @Test
    void separatedSamplesAreSignificantAndEqualOnesAreNot() {
        double[] low = new double[31];
        double[] high = new double[31];
        for (int i = 0; i < 31; i++) {
            low[i] = 0.90 + i * 1e-4;
            high[i] = 0.95 + i * 1e-4;
        }
        assertEquals("+", new PeerComparison.Row("a", "p", high, low).verdict());
        assertEquals("−", new PeerComparison.Row("a", "p", low, high).verdict());
        assertEquals("≈", new PeerComparison.Row("a", "p", low, low.clone()).verdict());
    }

    @Test
    void optionsAreParsedAndBadOnesNamed() {
        PeerComparison.Options o = PeerComparison.Options.parse(
                "--algorithms", "nsga2,moead", "--problems", "zdt1", "--runs", "3", "--evaluations", "500");
        assertEquals(List.of("nsga2", "moead"), o.algorithms());
        assertEquals(List.of("zdt1"), o.problems());
        assertEquals(3, o.runs());
        assertEquals(500, o.evaluations());
        assertEquals(1, o.firstSeed());
        assertEquals(32, PeerComparison.Options.parse("--first-seed", "32").firstSeed());
        assertEquals(
                PeerComparison.DEFAULT_PROBLEMS, PeerComparison.Options.parse().problems());
        var e = assertThrows(IllegalArgumentException.class, () -> PeerComparison.Options.parse("--runs", "0"));
        assertEquals("--runs must be positive, was 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PeerComparison.Options.parse("--seeds", "3"));
        assertThrows(IllegalArgumentException.class, () -> PeerPairs.of("nsga9"));
    }
}
