package org.mo4j.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.hypervolume.HypervolumeAlgorithm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * mo4j's exact hypervolume algorithms against each other, on the fronts of
 * {@link HypervolumeBenchmark}: the evidence for the rule by which {@link Hypervolume#of} picks
 * an algorithm. {@code library=mo4j} is the dispatched {@code Hypervolume.of}; the other values
 * name a {@link HypervolumeAlgorithm} run through {@code Hypervolume.of(front, ref, algorithm)},
 * so the table's "X / mo4j" column is how many times slower algorithm X is than the dispatch
 * (below 1 would mean the rule picks the wrong one). Set-up checks that each algorithm's value
 * equals the dispatched one (relative 1e-12) before anything is timed. Not every algorithm is
 * feasible at every size (the dimension sweep grows as n^(d-2)): choose the combinations with
 * {@code -p}, e.g. {@code mo-benchmarks/jmh HvAlgorithm -p d=5 -p n=10,100,1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HvAlgorithmBenchmark {

    @Param({"linear", "spherical", "random"})
    public String shape;

    @Param({"10", "100"})
    public int n;

    @Param({"5", "6"})
    public int d;

    /** mo4j (the dispatch) or the name of a {@link HypervolumeAlgorithm}. */
    @Param({"mo4j", "QHV_II", "WFG", "DIMENSION_SWEEP"})
    public String library;

    private double[][] front;
    private double[] ref;
    private HypervolumeAlgorithm algorithm;

    @Setup(Level.Trial)
    public void setUp() {
        ref = Fronts.reference(d);
        front = Fronts.nondominatedInside(Fronts.generate(shape, n, d), ref);
        algorithm = library.equals("mo4j") ? null : HypervolumeAlgorithm.valueOf(library);
        double expected = Hypervolume.of(front, ref);
        double actual = volume();
        if (Math.abs(actual - expected) > 1e-12 * Math.abs(expected)) {
            throw new IllegalStateException(library + " computes " + actual + ", the dispatch " + expected + " on "
                    + shape + " n=" + n + " d=" + d);
        }
    }

    @Benchmark
    public double volume() {
        return algorithm == null ? Hypervolume.of(front, ref) : Hypervolume.of(front, ref, algorithm);
    }
}
