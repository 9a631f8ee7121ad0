package org.mo4j.benchmarks.peers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * The quality half of the NSGA-II comparison with jMetal 6.6: for each problem, both libraries run
 * NSGA-II with the same budget, population and operators (see {@link JMetalNsga2}) from seeds
 * 1..runs; each final front's hypervolume against the problem's reference point, divided by the
 * true front's, is collected; the table gives the medians and interquartile ranges and the
 * two-sided Wilcoxon rank-sum (Mann–Whitney U) p-value of the difference.
 *
 * <p>Run: {@code mo-benchmarks/compare [runs] [evaluations] [problem ...]} (defaults: 31 runs,
 * 25000 evaluations, ZDT1–4, ZDT6, DTLZ2 with 3 objectives). The time half is
 * {@code Nsga2Benchmark} under JMH.
 */
public final class Nsga2Comparison {

    private Nsga2Comparison() {}

    /** The ratio HV(front) / HV(true front sampled at 10000 (2D) or 5000 points). */
    static double hvRatio(BenchmarkProblem p, double[][] front, double trueHv) {
        return Hypervolume.of(front, p.referencePoint()) / trueHv;
    }

    static double trueHv(BenchmarkProblem p) {
        return Hypervolume.of(p.trueFront(p.numberOfObjectives() == 2 ? 10_000 : 5_000), p.referencePoint());
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        int evaluations = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        List<String> problems = args.length > 2
                ? Arrays.asList(args).subList(2, args.length)
                : List.of("zdt1", "zdt2", "zdt3", "zdt4", "zdt6", "dtlz2:3");
        System.out.printf(
                Locale.ROOT,
                "NSGA-II, population 100, %d evaluations, %d seeds; HV / HV(true front)%n%n",
                evaluations,
                runs);
        System.out.println("| problem | mo4j median (IQR) | jMetal median (IQR) | rank-sum p | verdict |");
        System.out.println("|---|---|---|---|---|");
        for (String name : problems) {
            BenchmarkProblem p = Problems.create(name);
            double truth = trueHv(p);
            double[] ours = new double[runs];
            double[] theirs = new double[runs];
            for (int s = 0; s < runs; s++) {
                ours[s] = hvRatio(
                        p,
                        Nsga2.builder(p)
                                .populationSize(100)
                                .seed(s + 1)
                                .build()
                                .run(evaluations)
                                .front(),
                        truth);
                theirs[s] = hvRatio(p, JMetalNsga2.run(p, 100, evaluations, s + 1), truth);
            }
            double pValue = new MannWhitneyUTest().mannWhitneyUTest(ours, theirs);
            double mo = median(ours);
            double jm = median(theirs);
            String verdict = pValue >= 0.05 ? "no significant difference" : mo > jm ? "mo4j better" : "jMetal better";
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.5f (%.5f) | %.5f (%.5f) | %.3g | %s |%n",
                    p.name(),
                    mo,
                    iqr(ours),
                    jm,
                    iqr(theirs),
                    pValue,
                    verdict);
        }
    }

    static double median(double[] v) {
        return quantile(v, 0.5);
    }

    static double iqr(double[] v) {
        return quantile(v, 0.75) - quantile(v, 0.25);
    }

    /** Linear interpolation between order statistics (type 7). */
    static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
