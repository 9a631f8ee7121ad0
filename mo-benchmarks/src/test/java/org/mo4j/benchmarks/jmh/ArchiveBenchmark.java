package org.mo4j.benchmarks.jmh;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mo4j.benchmarks.peers.JMetalPeer;
import org.mo4j.core.archive.ParetoArchive;
import org.mo4j.core.testing.FlatParetoArchive;
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
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.archive.impl.NonDominatedSolutionListArchive;

/**
 * n insertions into an empty unbounded Pareto archive, as an optimiser's run makes them: point k
 * lies on the concave front {@code |f| = 1} (a uniform direction in the positive orthant) pushed
 * out by {@code 1 + 0.3 u (1 - k/n)^2}, so early offers are noisy and later ones converge and keep
 * evicting (the archive ends with a sizeable share of the offers). mo4j's ND-tree
 * {@link ParetoArchive} against the flat list it replaced ({@link FlatParetoArchive}, kept in
 * mo-core's tests) and jMetal 6.6's {@code NonDominatedSolutionListArchive} (solutions built in
 * set-up). Set-up checks that all three end with the same number of members. One operation is the
 * whole sequence, timed single-shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ArchiveBenchmark {

    @Param({"10000", "100000"})
    public int n;

    @Param({"2", "3", "4", "5", "6"})
    public int d;

    /** mo4j (the ND-tree), flat (the old flat list), jmetal. */
    @Param({"mo4j", "flat", "jmetal"})
    public String library;

    private double[][] offers;
    private List<DoubleSolution> solutions;

    /** The offer sequence described in the class comment, seeded. */
    public static double[][] offers(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[n][d];
        for (int k = 0; k < n; k++) {
            double norm = 0;
            for (int i = 0; i < d; i++) {
                double g = Math.abs(random.nextGaussian());
                out[k][i] = g;
                norm += g * g;
            }
            double t = 1 - (double) k / n;
            double scale = (1 + 0.3 * random.nextDouble() * (0.1 + 0.9 * t * t)) / Math.sqrt(norm);
            for (int i = 0; i < d; i++) {
                out[k][i] *= scale;
            }
        }
        return out;
    }

    @Setup(Level.Trial)
    public void setUp() {
        offers = offers(n, d, 16);
        if (library.equals("jmetal")) {
            solutions = JMetalPeer.solutions(offers);
        }
        int expected = mo4j();
        int actual = run();
        if (actual != expected) {
            throw new IllegalStateException(library + " keeps " + actual + " members, mo4j " + expected);
        }
    }

    private int mo4j() {
        ParetoArchive<Void> archive = new ParetoArchive<>(d);
        for (double[] p : offers) {
            archive.add(p);
        }
        return archive.size();
    }

    @Benchmark
    public int run() {
        switch (library) {
            case "mo4j":
                return mo4j();
            case "flat": {
                FlatParetoArchive<Void> archive = new FlatParetoArchive<>(d);
                for (double[] p : offers) {
                    archive.add(p);
                }
                return archive.size();
            }
            case "jmetal": {
                NonDominatedSolutionListArchive<DoubleSolution> archive = new NonDominatedSolutionListArchive<>();
                for (DoubleSolution s : solutions) {
                    archive.add(s);
                }
                return archive.size();
            }
            default:
                throw new IllegalArgumentException("library must be mo4j, flat or jmetal, was " + library);
        }
    }
}
