package org.mo4j.benchmarks.jmh;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mo4j.benchmarks.peers.BuzdalovPeer;
import org.mo4j.benchmarks.peers.JMetalPeer;
import org.mo4j.benchmarks.peers.MoeaFrameworkPeer;
import org.mo4j.core.sorting.NonDominatedSorting;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.Population;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * Non-dominated sorting of a random population (uniform in [0,1]^m, the usual sorting benchmark:
 * many fronts): mo4j against jMetal 6.6 (fast and merge sort), MOEA Framework 5.0, and the
 * candidates of mbuzdalov's library, in the same run. Set-up checks every library's ranks against
 * mo4j's before timing. Each benchmark returns what it computed, which JMH consumes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SortingBenchmark {

    @Param({"10000"})
    public int n;

    @Param({"2", "3", "5", "10"})
    public int m;

    /** mo4j, jmetal-fast, jmetal-merge, moea, or a {@link BuzdalovPeer#CANDIDATES} name. */
    @Param({"mo4j", "jfb-rbtree-ens", "ens-ndt", "bos-improved", "jmetal-merge", "moea"})
    public String library;

    private double[][] points;
    private int[] ranks;
    private ru.ifmo.nds.NonDominatedSorting buzdalov;
    private List<DoubleSolution> jmetalSolutions;
    private Solution[] moeaSolutions;

    @Setup(Level.Trial)
    public void setUp() {
        points = Fronts.generate("random", n, m);
        ranks = new int[n];
        int[] expected = NonDominatedSorting.ranks(points);
        int[] actual;
        switch (library) {
            case "mo4j" -> actual = NonDominatedSorting.ranks(points);
            case "jmetal-fast", "jmetal-merge" -> {
                jmetalSolutions = JMetalPeer.solutions(points);
                actual = JMetalPeer.ranks(jmetalRanking(), jmetalSolutions);
            }
            case "moea" -> {
                moeaSolutions = MoeaFrameworkPeer.solutions(points);
                actual = MoeaFrameworkPeer.ranks(MoeaFrameworkPeer.sorting(), moeaSolutions);
            }
            default -> {
                buzdalov = BuzdalovPeer.factory(library).getInstance(n, m);
                buzdalov.sort(points, ranks);
                actual = ranks.clone();
            }
        }
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException(library + " ranks differ from mo4j's on n=" + n + " m=" + m);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (buzdalov != null) {
            buzdalov.close();
        }
    }

    private org.uma.jmetal.util.ranking.Ranking<DoubleSolution> jmetalRanking() {
        return library.equals("jmetal-fast") ? JMetalPeer.fastRanking() : JMetalPeer.mergeRanking();
    }

    @Benchmark
    public Object sort() {
        switch (library) {
            case "mo4j":
                return NonDominatedSorting.ranks(points);
            case "jmetal-fast":
            case "jmetal-merge":
                return jmetalRanking().compute(jmetalSolutions);
            case "moea": {
                Population p = new Population(moeaSolutions);
                MoeaFrameworkPeer.sorting().evaluate(p);
                return p;
            }
            default:
                buzdalov.sort(points, ranks);
                return ranks;
        }
    }
}
