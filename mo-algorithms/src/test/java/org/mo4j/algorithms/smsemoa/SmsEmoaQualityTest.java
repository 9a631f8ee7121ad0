package org.mo4j.algorithms.smsemoa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.Quality;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.dtlz.Dtlz2;
import org.mo4j.problems.zdt.Zdt1;

/**
 * SMS-EMOA beats NSGA-II's hypervolume (against the problem's reference point) at an equal budget,
 * on the median of 11 seeds, both with their defaults (population 100).
 */
class SmsEmoaQualityTest {

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of(new Zdt1(), 25_000), Arguments.of(new Dtlz2(3), 25_000));
    }

    @ParameterizedTest(name = "{0} at {1} evaluations")
    @MethodSource("cases")
    void beatsNsga2OnTheMedianHypervolume(BenchmarkProblem problem, int budget) {
        long[] seeds = Quality.seeds(11, 11);
        double[] sms = new double[seeds.length];
        double[] nsga2 = new double[seeds.length];
        long t0 = System.nanoTime();
        for (int s = 0; s < seeds.length; s++) {
            sms[s] = Quality.hv(
                    problem,
                    SmsEmoa.builder(problem).seed(seeds[s]).build().run(budget).front());
            nsga2[s] = Quality.hv(
                    problem,
                    Nsga2.builder(problem).seed(seeds[s]).build().run(budget).front());
        }
        double a = Quality.median(sms);
        double b = Quality.median(nsga2);
        Report.printf(
                "%s m=%d at %d: median HV SMS-EMOA %.6f, NSGA-II %.6f, %d ms%n",
                problem.name(), problem.numberOfObjectives(), budget, a, b, (System.nanoTime() - t0) / 1_000_000);
        assertTrue(a > b, problem.name() + ": SMS-EMOA " + a + " vs NSGA-II " + b);
    }
}
