package org.mo4j.benchmarks.jmh;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mo4j.algorithms.AlgorithmBuilder;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.algorithms.registry.Configuration;
import org.mo4j.benchmarks.peers.JMetalProblems;
import org.mo4j.benchmarks.peers.PeerPairs;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * Time per evaluation of a whole run of {@value #EVALUATIONS} evaluations (issue 15): each mo4j
 * algorithm of {@link PeerPairs} against jMetal 6.6's implementation with the same settings, each
 * on its own problem code (jMetal's ZDT1 and DTLZ2 against mo4j's, see {@link JMetalProblems}),
 * sequential evaluation, seed 1. One operation is one run, set-up of the algorithm included on
 * both sides (mo4j's provider and configuration are looked up before); JMH divides by the
 * evaluations ({@link OperationsPerInvocation}), so the score is the time per evaluation, and
 * consumes the returned front.
 *
 * <p>An algorithm not registered in mo4j fails its set-up for both libraries ("not registered"),
 * so no time is spent on a jMetal run without its mo4j counterpart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AlgorithmBenchmark {

    /** The evaluations of one run. */
    public static final int EVALUATIONS = 10_000;

    /** The pair's name in {@link PeerPairs} (mo4j's registry name but for variants such as ibea-epsilon). */
    @Param({"nsga2", "nsga3", "smsemoa", "moead", "moead-de", "spea2", "ibea", "smpso", "gde3", "agemoea"})
    public String algorithm;

    /** mo4j or jmetal. */
    @Param({"mo4j", "jmetal"})
    public String library;

    @Param({"zdt1", "dtlz2:3"})
    public String problem;

    private BenchmarkProblem p;
    private PeerPairs.Pair pair;
    private AlgorithmProvider provider;
    private Configuration configuration;
    private DoubleProblem jmetalProblem;

    @Setup
    public void setUp() {
        if (!library.equals("mo4j") && !library.equals("jmetal")) {
            throw new IllegalArgumentException("library must be mo4j or jmetal, was " + library);
        }
        pair = PeerPairs.of(algorithm);
        if (!Algorithms.names().contains(pair.algorithm())) {
            throw new IllegalStateException(pair.algorithm() + " is not registered in mo4j: skipped");
        }
        p = Problems.create(problem);
        provider = Algorithms.provider(pair.algorithm());
        Map<String, String> settings = new HashMap<>(pair.settings().apply(p));
        settings.put(AlgorithmBuilder.SEED, "1");
        configuration = provider.configure(settings);
        jmetalProblem = JMetalProblems.of(p);
    }

    @Benchmark
    @OperationsPerInvocation(EVALUATIONS)
    public double[][] run() {
        if (library.equals("mo4j")) {
            return provider.create(p, configuration, null, null)
                    .run(EVALUATIONS)
                    .front();
        }
        JMetalRandom.getInstance().setSeed(1);
        return pair.runJMetal(jmetalProblem, p, EVALUATIONS);
    }
}
