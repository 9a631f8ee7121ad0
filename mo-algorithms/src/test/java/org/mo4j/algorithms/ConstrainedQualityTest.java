package org.mo4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.algorithms.nsga3.Nsga3;
import org.mo4j.algorithms.smsemoa.SmsEmoa;
import org.mo4j.core.testing.Report;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.cdtlz.C1Dtlz1;
import org.mo4j.problems.cdtlz.C2Dtlz2;
import org.mo4j.problems.ctp.Ctp1;

/**
 * On the constrained suites every algorithm ends with a feasible front close to the true one:
 * NSGA-II and SMS-EMOA on CTP1 (Deb, Pratap, Meyarivan 2001) at 25,000 evaluations; NSGA-III on
 * C1-DTLZ1 (3 objectives, 500 generations as Jain &amp; Deb 2014, part II) and C2-DTLZ2
 * (3 objectives, 250 generations). Seeds 1..3. Measured: HV ratios 0.997 (NSGA-II) and 0.999
 * (SMS-EMOA) on CTP1; C1-DTLZ1 IGD to the targets 3.5e-3..1.0e-2 (against 1.3e-3..3.3e-3 without
 * the constraint); on C2-DTLZ2 the median distance of the front from the unit sphere 3e-4..5e-4,
 * the largest 1.1e-2..1.5e-2.
 */
class ConstrainedQualityTest {

    private static void assertFeasible(String what, Result r) {
        assertTrue(!r.nonDominated().isEmpty(), what);
        for (Solution s : r.nonDominated()) {
            assertTrue(s.isFeasible(), what + ": " + s);
        }
    }

    @Test
    void nsga2AndSmsEmoaSolveCtp1() {
        BenchmarkProblem p = new Ctp1();
        for (long seed = 1; seed <= 3; seed++) {
            Result a = Nsga2.builder(p).seed(seed).build().run(25_000);
            Result b = SmsEmoa.builder(p).seed(seed).build().run(25_000);
            assertFeasible("NSGA-II CTP1 seed " + seed, a);
            assertFeasible("SMS-EMOA CTP1 seed " + seed, b);
            double ra = Quality.hvRatio(p, a.front(), 100);
            double rb = Quality.hvRatio(p, b.front(), 100);
            Report.printf("CTP1 seed %d: HV / HV(100-point true front) NSGA-II %.5f, SMS-EMOA %.5f%n", seed, ra, rb);
            assertTrue(ra >= 0.99 && rb >= 0.99, ra + " " + rb);
        }
    }

    @Test
    void nsga3SolvesC1Dtlz1AndC2Dtlz2() {
        BenchmarkProblem c1 = new C1Dtlz1(3);
        BenchmarkProblem c2 = new C2Dtlz2(3);
        for (long seed = 1; seed <= 3; seed++) {
            Nsga3 a = Nsga3.builder(c1).seed(seed).build();
            Result r1 = a.run(500L * a.populationSize());
            assertFeasible("C1-DTLZ1 seed " + seed, r1);
            double igd = Quality.igdToTargets(r1.front(), a.referenceDirections(), true);
            Nsga3 b = Nsga3.builder(c2).seed(seed).build();
            Result r2 = b.run(250L * b.populationSize());
            assertFeasible("C2-DTLZ2 seed " + seed, r2);
            double[][] front = r2.front();
            double[] offSphere = new double[front.length]; // C2-DTLZ2's front lies on the unit sphere
            for (int i = 0; i < front.length; i++) {
                double norm = 0;
                for (double v : front[i]) {
                    norm += v * v;
                }
                offSphere[i] = Math.abs(Math.sqrt(norm) - 1);
            }
            double median = Quality.median(offSphere);
            double max = java.util.Arrays.stream(offSphere).max().orElseThrow();
            Report.printf(
                    "NSGA-III seed %d: C1-DTLZ1 IGD to targets %.3e; C2-DTLZ2 | |f| - 1 | median %.3e," + " max %.3e%n",
                    seed, igd, median, max);
            assertTrue(igd < 2e-2, "C1-DTLZ1 " + igd);
            assertTrue(median < 5e-3 && max < 5e-2, "C2-DTLZ2 " + median + " " + max);
        }
    }
}
