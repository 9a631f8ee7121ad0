package org.mo4j.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleBiFunction;
import org.mo4j.benchmarks.peers.MoocorePeer;
import org.mo4j.core.hypervolume.BenchmarkVariants;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.testing.RefData;
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
 * Exact hypervolume at d = 3 and 4: mo4j against moocore's C code (HV3D+, HV4D+, through
 * {@link MoocorePeer}) on the shared reference files ({@code refdata/hv}), in the same run. Both
 * get the file's raw rows. Set-up checks that the value equals the file's expected value
 * (relative 1e-12) before anything is timed. Needs {@code mo-benchmarks/moocore-build CHECKOUT}
 * first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HvMoocoreBenchmark {

    /** A file of refdata/hv, without {@code .txt}. */
    @Param({
        "linear_d3_n10000",
        "spherical_d3_n10000",
        "random_d3_n10000",
        "linear_d4_n1000",
        "spherical_d4_n1000",
        "random_d4_n1000"
    })
    public String file;

    /** mo4j, moocore, or a variant of {@link BenchmarkVariants}. */
    @Param({"mo4j", "moocore"})
    public String library;

    private double[][] front;
    private double[] ref;
    private double[] flat;
    private int d;
    private ToDoubleBiFunction<double[][], double[]> variant;

    @Setup(Level.Trial)
    public void setUp() {
        RefData.HvCase c = RefData.hvCase(RefData.root().resolve("hv").resolve(file + ".txt"));
        front = c.points();
        ref = c.ref();
        d = c.d();
        if (library.equals("moocore")) {
            MoocorePeer.load();
            flat = MoocorePeer.flat(front, d);
        } else if (!library.equals("mo4j")) {
            variant = BenchmarkVariants.volume(library);
            if (variant == null) {
                throw new IllegalArgumentException("library: " + library);
            }
        }
        double hv = volume();
        if (Math.abs(hv - c.hv()) > 1e-12 * Math.abs(c.hv())) {
            throw new IllegalStateException(library + " computes " + hv + ", expected " + c.hv() + " on " + file);
        }
    }

    @Benchmark
    public double volume() {
        if (variant != null) {
            return variant.applyAsDouble(front, ref);
        }
        return library.equals("moocore") ? MoocorePeer.fpliHv(flat, front.length, d, ref) : Hypervolume.of(front, ref);
    }
}
