package org.mo4j.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.mo4j.core.hypervolume.BenchmarkVariants;
import org.mo4j.core.hypervolume.Hypervolume;
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
 * Four-objective hypervolume contributions: {@code library=mo4j} is {@link Hypervolume#contributions}
 * (HVC4D), {@code hvc4dLimitSets} the limit-set sweep it replaced (kept in mo-core's tests as an
 * oracle, reached through the test-jar's {@link BenchmarkVariants}), on the generated points of
 * {@link Fronts} (linear and spherical are mutually non-dominated; random keeps its dominated
 * points) against the reference point (1.1, ..., 1.1); {@code -p library=hvc4d,hvc4dLinks} times
 * the dispatch's two sweeps on their own. Set-up checks that the variant's contributions equal
 * the dispatch's (1e-12 of the hypervolume) before anything is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Hvc4dBenchmark {

    @Param({"linear", "spherical", "random"})
    public String shape;

    @Param({"1000", "10000"})
    public int n;

    /**
     * mo4j (the dispatch, HVC4D), hvc4dLimitSets, or one of the dispatch's two sweeps: hvc4d
     * (presorted orders) or hvc4dLinks (neighbour links).
     */
    @Param({"mo4j", "hvc4dLimitSets"})
    public String library;

    private double[][] front;
    private double[] ref;
    private BiFunction<double[][], double[], double[]> variant;

    @Setup(Level.Trial)
    public void setUp() {
        ref = Fronts.reference(4);
        front = Fronts.generate(shape, n, 4);
        if (!library.equals("mo4j")) {
            variant = BenchmarkVariants.contributions(library);
            if (variant == null) {
                throw new IllegalArgumentException(
                        "library must be mo4j, hvc4dLimitSets, hvc4d or hvc4dLinks, was " + library);
            }
            double[] expected = Hypervolume.contributions(front, ref);
            double[] actual = variant.apply(front, ref);
            double tolerance = 1e-12 * Math.max(1, Hypervolume.of(front, ref));
            for (int i = 0; i < n; i++) {
                if (Math.abs(actual[i] - expected[i]) > tolerance) {
                    throw new IllegalStateException(library + " gives point " + i + " " + actual[i] + ", the dispatch "
                            + expected[i] + " on " + shape + " n=" + n);
                }
            }
        }
    }

    @Benchmark
    public double[] contributions() {
        return variant == null ? Hypervolume.contributions(front, ref) : variant.apply(front, ref);
    }
}
