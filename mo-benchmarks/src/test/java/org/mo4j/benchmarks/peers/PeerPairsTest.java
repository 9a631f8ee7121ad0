package org.mo4j.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.core.weights.WeightVectors;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * Every pair builds and runs on both sides with a small budget: mo4j accepts the pair's settings
 * (when the algorithm is registered), jMetal's factory builds, runs and gives the same front for
 * the same seed, of the problem's dimension and, where it matters, the intended size.
 */
class PeerPairsTest {

    static List<String> algorithms() {
        return PeerPairs.all().stream().map(PeerPairs.Pair::name).toList();
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void bothSidesRunWithTheSameSettings(String name) {
        PeerPairs.Pair pair = PeerPairs.of(name);
        String algorithm = pair.algorithm();
        for (String spec : List.of("zdt1", "dtlz2:3")) {
            BenchmarkProblem p = Problems.create(spec);
            Map<String, String> settings = pair.settings().apply(p);
            if (Algorithms.names().contains(algorithm)) {
                AlgorithmProvider provider = Algorithms.provider(algorithm);
                provider.configure(settings); // throws if a name or value does not fit mo4j
                double[][] ours =
                        Algorithms.create(algorithm, p, settings).run(2_000).front();
                assertEquals(p.numberOfObjectives(), ours[0].length);
            }
            DoubleProblem jp = JMetalProblems.of(p);
            JMetalRandom.getInstance().setSeed(3);
            double[][] first = pair.runJMetal(jp, p, 2_000);
            JMetalRandom.getInstance().setSeed(3);
            double[][] again = pair.runJMetal(jp, p, 2_000);
            assertTrue(first.length > 0, algorithm + " " + spec);
            assertEquals(p.numberOfObjectives(), first[0].length);
            assertArrayEquals(first, again, algorithm + " " + spec + ": jMetal's run is not reproducible");
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void populationsFollowTheWeightAndDirectionCounts(String name) {
        BenchmarkProblem three = Problems.create("dtlz2:3");
        BenchmarkProblem two = Problems.create("zdt1");
        assertEquals(91, PeerPairs.moeadPopulation(three));
        assertEquals(100, PeerPairs.moeadPopulation(two));
        assertEquals(92, PeerPairs.nsga3Population(three));
        assertEquals(100, PeerPairs.nsga3Population(two));
        assertEquals(14, PeerPairs.spea2K(100));
        String population = PeerPairs.of(name).settings().apply(three).get("population");
        assertTrue(population != null, name + " sets its population");
    }

    @Test
    void jmetalsMoeadGetsMo4jsLatticeForThreeObjectives() {
        double[][] lambda = new double[91][3];
        assertTrue(JMetalMoead.latticeWeights(lambda, 3));
        assertArrayEquals(WeightVectors.simplexLattice(3, 12), lambda);
        assertFalse(JMetalMoead.latticeWeights(new double[100][2], 2), "two objectives: jMetal's own formula");
        var e = assertThrows(IllegalArgumentException.class, () -> JMetalMoead.latticeWeights(new double[100][3], 3));
        assertEquals("populationSize must be a simplex-lattice size for 3 objectives, was 100", e.getMessage());
    }
}
