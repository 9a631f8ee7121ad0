package org.mo4j.benchmarks.peers;

import java.util.Locale;
import org.mo4j.problems.BenchmarkProblem;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ1;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ2;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT1;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT2;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT3;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT4;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT6;

/**
 * jMetal 6.6's own implementation (jmetal-problem) of an mo4j benchmark problem, with the same
 * number of variables and objectives, so that each library is compared on its own problem code:
 * ZDT1–ZDT4, ZDT6 and DTLZ1–DTLZ2 with any number of objectives. {@code JMetalProblemsTest} checks
 * that both evaluate the same functions. Any other problem is mo4j's code wrapped for jMetal
 * ({@link JMetalNsga2.Adapter}).
 */
public final class JMetalProblems {

    private JMetalProblems() {}

    /** Whether jMetal has its own implementation of {@code problem} (else it is adapted). */
    public static boolean isNative(BenchmarkProblem problem) {
        return nativeOrNull(problem) != null;
    }

    /** jMetal's implementation of {@code problem}, or mo4j's code adapted when jMetal has none. */
    public static DoubleProblem of(BenchmarkProblem problem) {
        DoubleProblem p = nativeOrNull(problem);
        return p != null ? p : new JMetalNsga2.Adapter(problem);
    }

    /** mo4j's problem code seen as a jMetal problem (for a comparison of the algorithms alone). */
    public static DoubleProblem adapted(BenchmarkProblem problem) {
        return new JMetalNsga2.Adapter(problem);
    }

    private static DoubleProblem nativeOrNull(BenchmarkProblem problem) {
        int n = problem.numberOfVariables();
        int m = problem.numberOfObjectives();
        String name = problem.name().toLowerCase(Locale.ROOT);
        if (name.startsWith("zdt") && m == 2) {
            return switch (name) {
                case "zdt1" -> new ZDT1(n);
                case "zdt2" -> new ZDT2(n);
                case "zdt3" -> new ZDT3(n);
                case "zdt4" -> new ZDT4(n);
                case "zdt6" -> new ZDT6(n);
                default -> null;
            };
        }
        if (name.startsWith("dtlz1")) {
            return new DTLZ1(n, m);
        }
        if (name.startsWith("dtlz2")) {
            return new DTLZ2(n, m);
        }
        return null;
    }
}
