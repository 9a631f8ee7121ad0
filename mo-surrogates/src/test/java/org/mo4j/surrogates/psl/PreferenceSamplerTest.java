package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.surrogates.psl.TchebycheffTest.assertMessage;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Dirichlet(1) + 10⁻⁴ without renormalisation, reproducible from a seed. */
class PreferenceSamplerTest {

    @Property(tries = 100)
    void componentsAreAtLeastTheOffsetAndSumToOnePlusMOffsets(
            @ForAll @IntRange(min = 1, max = 6) int m, @ForAll long seed) {
        double[][] prefs = PreferenceSampler.sample(new SplittableRandom(seed), 10, m);
        for (double[] p : prefs) {
            double sum = 0;
            for (double x : p) {
                assertTrue(x >= PreferenceSampler.OFFSET, "component " + x);
                sum += x;
            }
            assertEquals(1 + m * PreferenceSampler.OFFSET, sum, 1e-12);
        }
    }

    @Property(tries = 50)
    void aSeedGivesTheSamePreferences(@ForAll @IntRange(min = 1, max = 4) int m, @ForAll long seed) {
        double[][] a = PreferenceSampler.sample(new SplittableRandom(seed), 10, m);
        double[][] b = PreferenceSampler.sample(new SplittableRandom(seed), 10, m);
        for (int k = 0; k < 10; k++) {
            assertArrayEquals(a[k], b[k], 0);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] one = new double[m];
        PreferenceSampler.sample(rng, one);
        assertArrayEquals(a[0], one, 0); // the batch is the single draws in order
    }

    @Test
    void marginalsAreBetaOneMMinusOne() {
        // Dirichlet(1,1,1): P(λ₀ − 10⁻⁴ ≤ 1/2) = 1 − (1/2)² = 3/4, E λ₀ = 1/3
        SplittableRandom rng = new SplittableRandom(7);
        int n = 20_000;
        int below = 0;
        double mean = 0;
        double[] p = new double[3];
        for (int i = 0; i < n; i++) {
            PreferenceSampler.sample(rng, p);
            below += p[0] - PreferenceSampler.OFFSET <= 0.5 ? 1 : 0;
            mean += p[0] - PreferenceSampler.OFFSET;
        }
        assertEquals(0.75, below / (double) n, 0.015); // about five standard errors
        assertEquals(1 / 3., mean / n, 0.01);
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndValue() {
        assertMessage("random must not be null", () -> PreferenceSampler.sample(null, 1, 2));
        assertMessage("k must be at least 1, was 0", () -> PreferenceSampler.sample(new SplittableRandom(1), 0, 2));
        assertMessage("m must be at least 1, was -1", () -> PreferenceSampler.sample(new SplittableRandom(1), 1, -1));
        assertMessage("out must not be null", () -> PreferenceSampler.sample(new SplittableRandom(1), null));
        assertMessage(
                "out must have at least 1 component, was 0",
                () -> PreferenceSampler.sample(new SplittableRandom(1), new double[0]));
    }
}
