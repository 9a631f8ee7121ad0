package org.mo4j.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.mo4j.benchmarks.peers.JMetalPeer;
import org.mo4j.benchmarks.peers.MoeaFrameworkPeer;
import org.mo4j.core.hypervolume.Hypervolume;
import org.moeaframework.core.population.NondominatedPopulation;
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
 * Exact hypervolume: mo4j against jMetal 6.6's WFG and MOEA Framework 5.0's WFG, on the same
 * generated front in the same run. Every library gets the same points: the distinct
 * non-dominated points of the generated set that lie inside the reference box (the peers need
 * that; for the linear and spherical shapes it is the whole set, for the random shape a small
 * front). Set-up checks that the peer's value equals mo4j's (relative 1e-9) before anything is
 * timed, so a fast wrong answer cannot be reported. Each benchmark returns the hypervolume, which
 * JMH consumes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HypervolumeBenchmark {

    @Param({"linear", "spherical", "random"})
    public String shape;

    @Param({"100", "1000"})
    public int n;

    @Param({"2", "3", "4", "5", "6"})
    public int d;

    /** mo4j, jmetal or moea. */
    @Param({"mo4j", "jmetal", "moea"})
    public String library;

    private double[][] front;
    private double[] ref;
    private double[][] jmetalFront;
    private double jmetalFactor;
    private org.uma.jmetal.qualityindicator.impl.hypervolume.impl.WFGHypervolume jmetal;
    private NondominatedPopulation moeaFront;
    private org.moeaframework.core.indicator.WFGHypervolume moea;

    @Setup(Level.Trial)
    public void setUp() {
        ref = Fronts.reference(d);
        front = Fronts.nondominatedInside(Fronts.generate(shape, n, d), ref);
        double expected = Hypervolume.of(front, ref);
        switch (library) {
            case "mo4j" -> {}
            case "jmetal" -> {
                jmetalFront = JMetalPeer.prepare(front, ref);
                jmetalFactor = JMetalPeer.volumeFactor(front, ref);
                jmetal = JMetalPeer.wfg(d);
            }
            case "moea" -> {
                moeaFront = MoeaFrameworkPeer.nondominated(front);
                moea = MoeaFrameworkPeer.wfg(ref);
            }
            default -> throw new IllegalArgumentException("library: " + library);
        }
        double actual = hypervolume();
        if (Math.abs(actual - expected) > 1e-9 * Math.abs(expected)) {
            throw new IllegalStateException(
                    library + " computes " + actual + ", mo4j " + expected + " on " + shape + " n=" + n + " d=" + d);
        }
    }

    @Benchmark
    public double hypervolume() {
        return switch (library) {
            case "mo4j" -> Hypervolume.of(front, ref);
            case "jmetal" -> jmetal.compute(jmetalFront) * jmetalFactor;
            default -> moea.evaluate(moeaFront);
        };
    }
}
