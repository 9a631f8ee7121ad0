package org.mo4j.algorithms.ibea;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.Quality;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * IBEA with its defaults on jMetal's standard problems (ZDT1-4 and 6 at 25,000 evaluations; ZDT5 is
 * binary and not in mo4j) and DTLZ2 with three objectives at 30,000: the worst hypervolume ratio to
 * the continuous true front (10,000 points, the problem's reference point) over the seeds (3 in CI,
 * 11 with {@code -Dmo4j.quality=full}) reaches the bar, the worst of 11 seeds measured on 2026-12-03
 * less a small margin (figures in mo-benchmarks/RESULTS.md).
 */
class IbeaQualityTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("zdt1", 25_000, 0.99),
                Arguments.of("zdt2", 25_000, 0.985),
                Arguments.of("zdt3", 25_000, 0.99),
                Arguments.of("zdt4", 25_000, 0.74),
                Arguments.of("zdt6", 25_000, 0.98),
                Arguments.of("dtlz2:3", 30_000, 0.93));
    }

    @ParameterizedTest(name = "{0} at {1} evaluations: HV ratio >= {2} on every seed")
    @MethodSource("cases")
    void everySeedReachesTheBar(String problem, int budget, double bar) {
        BenchmarkProblem p = Problems.create(problem);
        StringBuilder seen = new StringBuilder();
        double worst = Double.POSITIVE_INFINITY;
        for (long seed : Quality.seeds(3, 11)) {
            double ratio = Quality.hvRatio(
                    p, Ibea.builder(p).seed(seed).build().run(budget).front(), 10_000);
            seen.append(String.format(" %.4f", ratio));
            worst = Math.min(worst, ratio);
        }
        Report.printf("IBEA %s at %d: worst %.4f, seeds%s%n", problem, budget, worst, seen);
        assertTrue(worst >= bar, problem + ": seeds" + seen);
    }

    /**
     * The paper's hypervolume indicator I_HD on DTLZ2 with three objectives at 30,000 evaluations:
     * every seed reaches the bar (the worst of 11 measured on 2026-12-03, 0.9377, less a small
     * margin) and a higher hypervolume than I_ε+ from the same seed (gains 0.0006 to 0.0032 over
     * those 11 seeds), the gap the jMetal side-by-side traced to the indicator
     * (mo-benchmarks/RESULTS.md).
     */
    @org.junit.jupiter.api.Test
    void theHypervolumeIndicatorReachesMoreHypervolumeOnDtlz2() {
        BenchmarkProblem p = Problems.create("dtlz2:3");
        StringBuilder seen = new StringBuilder();
        double worst = Double.POSITIVE_INFINITY;
        double smallestGain = Double.POSITIVE_INFINITY;
        for (long seed : Quality.seeds(3, 11)) {
            double hd = Quality.hvRatio(
                    p,
                    Ibea.builder(p)
                            .indicator(Indicator.HYPERVOLUME)
                            .seed(seed)
                            .build()
                            .run(30_000)
                            .front(),
                    10_000);
            double eps = Quality.hvRatio(
                    p, Ibea.builder(p).seed(seed).build().run(30_000).front(), 10_000);
            seen.append(String.format(" %.4f/%.4f", hd, eps));
            worst = Math.min(worst, hd);
            smallestGain = Math.min(smallestGain, hd - eps);
        }
        Report.printf(
                "IBEA I_HD/I_eps+ dtlz2:3 at 30000: worst %.4f, smallest gain %.4f, seeds%s%n",
                worst, smallestGain, seen);
        assertTrue(worst >= 0.937, "seeds (I_HD/I_eps+)" + seen);
        assertTrue(smallestGain > 0, "seeds (I_HD/I_eps+)" + seen);
    }
}
