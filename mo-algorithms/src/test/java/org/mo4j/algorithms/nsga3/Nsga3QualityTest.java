package org.mo4j.algorithms.nsga3;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.Quality;
import org.mo4j.algorithms.Result;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.dtlz.Dtlz1;
import org.mo4j.problems.dtlz.Dtlz2;
import org.mo4j.problems.dtlz.Dtlz3;
import org.mo4j.problems.dtlz.Dtlz4;

/**
 * NSGA-III with its defaults on DTLZ1–4 with 3 and 5 objectives, at the generation counts of
 * Deb &amp; Jain 2014 (Table III), reaches an IGD within {@value #FACTOR} times the value the brief
 * quotes from that table. IGD as in the paper: the mean distance from each target, the intersection
 * of a reference direction with the true front, to the nearest solution of the final population's
 * front. Median over 3 seeds in CI, 11 with {@code -Dmo4j.quality=full}.
 *
 * <p>The quoted values look like the table's best-of-20 column rather than its median: with 11
 * seeds our medians are DTLZ1 1.48e-3 / 9.28e-4 (3 / 5 objectives), DTLZ2 1.48e-3 / 4.74e-3,
 * DTLZ3 4.13e-3 / 5.64e-3, DTLZ4 2.56e-4 / 5.55e-4, i.e. 0.6..4.2 times the quoted values, with
 * the largest ratios on the multimodal DTLZ1 and DTLZ3, where single seeds differ by a factor of
 * 3 to 6 (2 of 11 DTLZ4 runs with 3 objectives collapse to IGD 0.5..0.95, which the paper's worst
 * case also shows). Hence the factor {@value #FACTOR}. With the CI seeds 1..3 the largest ratio is
 * 5.2 (DTLZ1, 3 objectives).
 */
class Nsga3QualityTest {

    /** Allowed ratio of our median IGD to the quoted value. */
    static final double FACTOR = 6.0;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new Dtlz1(3), 400, 4.880e-4, true),
                Arguments.of(new Dtlz1(5), 600, 5.116e-4, true),
                Arguments.of(new Dtlz2(3), 250, 1.262e-3, false),
                Arguments.of(new Dtlz2(5), 350, 4.254e-3, false),
                Arguments.of(new Dtlz3(3), 1000, 9.751e-4, false),
                Arguments.of(new Dtlz3(5), 1000, 3.086e-3, false),
                Arguments.of(new Dtlz4(3), 600, 2.915e-4, false),
                Arguments.of(new Dtlz4(5), 1000, 9.849e-4, false));
    }

    @ParameterizedTest(name = "{0} with {1} generations")
    @MethodSource("cases")
    void igdIsWithinAFactorOfThePaper(BenchmarkProblem problem, int generations, double paper, boolean linear) {
        long[] seeds = Quality.seeds(3, 11);
        double[] igd = new double[seeds.length];
        long t0 = System.nanoTime();
        for (int s = 0; s < seeds.length; s++) {
            Nsga3 a = Nsga3.builder(problem).seed(seeds[s]).build();
            Result r = a.run((long) generations * a.populationSize());
            igd[s] = Quality.igdToTargets(r.front(), a.referenceDirections(), linear);
        }
        double median = Quality.median(igd);
        Report.printf(
                "NSGA-III %s m=%d %d gens: median IGD %.3e (paper %.3e, ratio %.2f) %s, %d ms%n",
                problem.name(),
                problem.numberOfObjectives(),
                generations,
                median,
                paper,
                median / paper,
                java.util.Arrays.toString(igd),
                (System.nanoTime() - t0) / 1_000_000);
        assertTrue(
                median <= FACTOR * paper,
                problem.name() + " m=" + problem.numberOfObjectives() + ": " + median + " vs " + paper);
    }
}
