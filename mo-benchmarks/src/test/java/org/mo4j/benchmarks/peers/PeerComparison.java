package org.mo4j.benchmarks.peers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * The quality side-by-side of mo4j's algorithms with jMetal 6.6's (issue 15): for every pair of
 * {@link PeerPairs} and every problem, both libraries run from seeds 1..runs (or from
 * {@code --first-seed}, for a replication on fresh seeds) with the same settings
 * and budget, each on its own problem code ({@link JMetalProblems}); the indicator is the exact
 * hypervolume (mo4j's {@code Hypervolume}) of the final front against the problem's reference
 * point, divided by the true front's (a constant per problem, so tests and effect sizes are those
 * of the raw hypervolume). Per (algorithm, problem): medians and interquartile ranges, the
 * two-sided Wilcoxon rank-sum p (Commons Math {@code MannWhitneyUTest}, normal approximation with
 * ties), the Vargha–Delaney A12 = P(mo4j &gt; jMetal) + ½ P(tie), and the verdict at 0.05: + (mo4j
 * better), − (worse), ≈ (no significant difference).
 *
 * <p>mo4j's algorithms are found through the registry, so a pair whose algorithm is not registered
 * is reported and skipped. Run: {@code mo-benchmarks/compare --algorithms nsga2,moead --problems
 * zdt1,dtlz2:3 --runs 31 --evaluations 25000 --threads 2}. mo4j's runs go to a pool of
 * {@code threads} while jMetal's run one after another (its random source is a process-wide
 * singleton); each run depends on its seed alone, so the table does not depend on the threads.
 */
public final class PeerComparison {

    /** The problems of issue 15's comparison. */
    static final List<String> DEFAULT_PROBLEMS = List.of("zdt1", "zdt2", "zdt3", "zdt4", "zdt6", "dtlz1:3", "dtlz2:3");

    private PeerComparison() {}

    /** The options of one comparison. */
    record Options(
            List<String> algorithms,
            List<String> problems,
            int runs,
            int firstSeed,
            int evaluations,
            int threads,
            boolean adapted) {

        static Options parse(String... args) {
            List<String> algorithms =
                    PeerPairs.all().stream().map(PeerPairs.Pair::name).toList();
            List<String> problems = DEFAULT_PROBLEMS;
            int runs = 31;
            int firstSeed = 1;
            int evaluations = 25_000;
            int threads = 1;
            boolean adapted = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--adapted-problems")) {
                    adapted = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--algorithms" -> algorithms = List.of(v.split(","));
                    case "--problems" -> problems = List.of(v.split(","));
                    case "--runs" -> runs = positive(a, v);
                    case "--first-seed" -> firstSeed = positive(a, v);
                    case "--evaluations" -> evaluations = positive(a, v);
                    case "--threads" -> threads = positive(a, v);
                    default ->
                        throw new IllegalArgumentException("unknown option " + a
                                + " (choose --algorithms, --problems, --runs, --first-seed, --evaluations, --threads,"
                                + " --adapted-problems)");
                }
            }
            return new Options(algorithms, problems, runs, firstSeed, evaluations, threads, adapted);
        }

        private static int positive(String name, String v) {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be positive, was " + v);
            }
            return n;
        }
    }

    /** One row of the table. */
    record Row(String algorithm, String problem, double[] mo4j, double[] jmetal) {

        double p() {
            return new MannWhitneyUTest().mannWhitneyUTest(mo4j, jmetal);
        }

        double a12() {
            return PeerComparison.a12(mo4j, jmetal);
        }

        /** + mo4j significantly better, − significantly worse, ≈ otherwise (two-sided, 0.05). */
        String verdict() {
            return PeerComparison.verdict(p(), a12());
        }
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        Options o = Options.parse(args);
        System.out.printf(
                Locale.ROOT,
                "%d evaluations, %d seeds from %d; HV / HV(true front); problem code: %s%n%n",
                o.evaluations(),
                o.runs(),
                o.firstSeed(),
                o.adapted() ? "mo4j's on both sides" : "each library's own");
        System.out.println(header());
        List<String> registered = Algorithms.names();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        try {
            for (String name : o.algorithms()) {
                PeerPairs.Pair pair = PeerPairs.of(name);
                if (registered.stream().noneMatch(r -> r.equalsIgnoreCase(pair.algorithm()))) {
                    System.out.printf("| %s | — | not registered in mo4j: skipped | | | | |%n", pair.name());
                    continue;
                }
                for (String spec : o.problems()) {
                    long start = System.nanoTime();
                    Row row = run(pair, Problems.create(spec), o, pool);
                    System.out.println(format(row));
                    System.err.printf(
                            Locale.ROOT, "%s %s: %.1f s%n", pair.name(), spec, (System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Both sides of one (algorithm, problem) cell over seeds firstSeed..firstSeed + runs − 1. */
    static Row run(PeerPairs.Pair pair, BenchmarkProblem p, Options o, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        double truth = Nsga2Comparison.trueHv(p);
        Map<String, String> settings = pair.settings().apply(p);
        List<Future<Double>> ours = new ArrayList<>();
        int last = o.firstSeed() + o.runs() - 1;
        for (int s = o.firstSeed(); s <= last; s++) {
            Map<String, String> seeded = new HashMap<>(settings);
            seeded.put(AlgorithmBuilder.SEED, Integer.toString(s));
            ours.add(pool.submit(() -> Nsga2Comparison.hvRatio(
                    p,
                    Algorithms.create(pair.algorithm(), p, seeded)
                            .run(o.evaluations())
                            .front(),
                    truth)));
        }
        DoubleProblem jp = o.adapted() ? JMetalProblems.adapted(p) : JMetalProblems.of(p);
        double[] theirs = new double[o.runs()];
        for (int s = o.firstSeed(); s <= last; s++) {
            JMetalRandom.getInstance().setSeed(s);
            theirs[s - o.firstSeed()] = Nsga2Comparison.hvRatio(p, pair.runJMetal(jp, p, o.evaluations()), truth);
        }
        double[] mine = new double[o.runs()];
        for (int i = 0; i < mine.length; i++) {
            mine[i] = ours.get(i).get();
        }
        return new Row(pair.name(), p.name() + (p.numberOfObjectives() > 2 ? " (3 obj.)" : ""), mine, theirs);
    }

    static String header() {
        return "| algorithm | problem | mo4j median (IQR) | jMetal median (IQR) | rank-sum p | A12 | verdict |\n"
                + "|---|---|---|---|---|---|---|";
    }

    static String format(Row r) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %.5f (%.5f) | %.5f (%.5f) | %.3g | %.2f | %s |",
                r.algorithm(),
                r.problem(),
                Nsga2Comparison.median(r.mo4j()),
                Nsga2Comparison.iqr(r.mo4j()),
                Nsga2Comparison.median(r.jmetal()),
                Nsga2Comparison.iqr(r.jmetal()),
                r.p(),
                r.a12(),
                r.verdict());
    }

    /**
     * The Vargha–Delaney effect size A12 = P(X &gt; Y) + ½ P(X = Y) for X drawn from {@code x} and
     * Y from {@code y}: 0.5 no effect, 1 every x above every y. O((n + m) log(n + m)) by ranks.
     */
    static double a12(double[] x, double[] y) {
        int n = x.length;
        int m = y.length;
        double[] all = new double[n + m];
        System.arraycopy(x, 0, all, 0, n);
        System.arraycopy(y, 0, all, n, m);
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        Map<Double, Double> midRank = new LinkedHashMap<>();
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            midRank.put(sorted[i], (i + j) / 2.0 + 1);
            i = j + 1;
        }
        double r = 0;
        for (double v : x) {
            r += midRank.get(v);
        }
        return (r / n - (n + 1) / 2.0) / m;
    }

    static String verdict(double p, double a12) {
        if (!(p < 0.05) || a12 == 0.5) {
            return "≈";
        }
        return a12 > 0.5 ? "+" : "−";
    }
}
