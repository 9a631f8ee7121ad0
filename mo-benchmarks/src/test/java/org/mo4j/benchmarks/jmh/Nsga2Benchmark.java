package org.mo4j.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.benchmarks.peers.JMetalNsga2;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole NSGA-II run, mo4j against jMetal 6.6's NSGA-II, in the same JVM: same problem code (mo4j's
 * problem wrapped for jMetal, see {@link JMetalNsga2}), population 100, the same operators (SBX 0.9 /
 * η 20, polynomial mutation 1/n / η 20, binary tournament), sequential evaluation, the same budget.
 * Both run {@code evaluations / 100} generations (the first being the initial population), so the
 * ratio of run times is the ratio of time per generation. Each run starts from a fixed seed; the
 * front is returned so JMH consumes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Nsga2Benchmark {

    @Param({"zdt1", "dtlz2:3"})
    public String problem;

    @Param({"25000"})
    public int evaluations;

    /** mo4j or jmetal. */
    @Param({"mo4j", "jmetal"})
    public String library;

    private BenchmarkProblem p;

    @Setup
    public void setUp() {
        p = Problems.create(problem);
        if (!library.equals("mo4j") && !library.equals("jmetal")) {
            throw new IllegalArgumentException("library must be mo4j or jmetal, was " + library);
        }
    }

    @Benchmark
    public double[][] run() {
        if (library.equals("mo4j")) {
            Result r = Nsga2.builder(p).populationSize(100).seed(1).build().run(evaluations);
            return r.front();
        }
        return JMetalNsga2.run(p, 100, evaluations, 1);
    }
}
