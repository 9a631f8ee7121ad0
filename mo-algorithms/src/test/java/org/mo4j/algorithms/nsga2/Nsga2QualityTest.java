package org.mo4j.algorithms.nsga2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.Quality;
import org.mo4j.algorithms.Result;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.zdt.Zdt1;
import org.mo4j.problems.zdt.Zdt2;
import org.mo4j.problems.zdt.Zdt3;
import org.mo4j.problems.zdt.Zdt4;
import org.mo4j.problems.zdt.Zdt6;

/**
 * NSGA-II with its defaults (N = 100, SBX 0.9/20, PM 1/n/20) reaches at least 99% of the
 * hypervolume of 100 points of the true front (the problem's {@code trueFront(100)}, against its
 * reference point, (1.1, 1.1) for ZDT1/2/4/6) on every seed: 3 seeds in CI, 11 with
 * {@code -Dmo4j.quality=full}. ZDT1/2/3 at 25,000 evaluations; ZDT4 (multimodal) and ZDT6 (biased)
 * at {@value #SLOW_BUDGET}: at 25,000 ZDT4 reached 0.975..0.988 and ZDT6 0.979..0.985 of the
 * 100-point front.
 *
 * <p>Why 100 points and not the continuous front (printed beside it): NSGA-II's crowding distance
 * does not spread 100 points hypervolume-optimally, and on the concave ZDT2 and ZDT6 it plateaus
 * at 0.988..0.989 of the continuous front's hypervolume even at 100,000 evaluations (measured, 4
 * seeds), while 100 points evenly spaced in f1 reach 0.991 and 0.993. Against the continuous
 * front, ZDT1, ZDT3 and ZDT4 pass 0.99 and ZDT2 and ZDT6 do not.
 */
class Nsga2QualityTest {

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(new Zdt1(), 25_000),
                Arguments.of(new Zdt2(), 25_000),
                Arguments.of(new Zdt3(), 25_000),
                Arguments.of(new Zdt4(), SLOW_BUDGET),
                Arguments.of(new Zdt6(), SLOW_BUDGET));
    }

    /** The budget NSGA-II needs on ZDT4 and ZDT6 for 99% of the hypervolume on every seed tried. */
    static final int SLOW_BUDGET = 50_000;

    @ParameterizedTest(name = "{0} at {1} evaluations")
    @MethodSource("problems")
    void reachesNinetyNinePercentOfTheTrueHypervolume(BenchmarkProblem problem, int budget) {
        StringBuilder seen = new StringBuilder();
        double worst = Double.POSITIVE_INFINITY;
        for (long seed : Quality.seeds(3, 11)) {
            Result r = Nsga2.builder(problem).seed(seed).build().run(budget);
            double ratio = Quality.hvRatio(problem, r.front(), Nsga2.DEFAULT_POPULATION_SIZE);
            seen.append(String.format(
                    " seed %d: %.5f (continuous %.5f)", seed, ratio, Quality.hvRatio(problem, r.front(), 10_000)));
            worst = Math.min(worst, ratio);
        }
        Report.printf(
                "NSGA-II %s at %d: 100-point true front / continuous HV ratio %.5f%n%s%n",
                problem.name(), budget, Quality.hvRatio(problem, problem.trueFront(100), 10_000), seen);
        assertTrue(worst >= 0.99, problem.name() + seen);
    }
}
