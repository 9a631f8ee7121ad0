package org.mo4j.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.nsga2.Nsga2;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.problems.BenchmarkProblem;
import org.mo4j.problems.Problems;

/**
 * What the README tells a user to write, compiled and run against the published artifacts only
 * (see .ci/consumer-test). It uses public entry points that are meant to stay put: the
 * hypervolume kernel, NSGA-II and the problem registry, never a concrete problem class.
 */
class EmbeddingTest {

    @Test
    void hypervolumeOfTheReadmeFront() {
        double[][] front = {{0, 1}, {0.5, 0.5}, {1, 0}};
        assertEquals(3.25, Hypervolume.of(front, new double[] {2, 2}), 1e-12);
    }

    @Test
    void nsga2OnZdt1FromTheRegistry() {
        BenchmarkProblem zdt1 = Problems.create("zdt1");
        Result r = new Nsga2(zdt1).run(2_000);

        double[][] front = r.front();
        assertTrue(front.length > 0, "NSGA-II returned an empty front");
        for (double[] point : front) {
            assertEquals(2, point.length, "ZDT1 has two objectives");
        }
        double[] ref = zdt1.referencePoint();
        double hv = Hypervolume.of(front, ref);
        // ZDT1's front is f2 = 1 - sqrt(f1) on [0, 1]; the region it dominates inside the box up
        // to the reference point (r1, r2) has area r1*r2 - 1/3, the most any front can reach.
        double best = ref[0] * ref[1] - 1.0 / 3.0;
        assertTrue(hv > 0 && hv <= best + 1e-12,
                "hypervolume " + hv + " against " + java.util.Arrays.toString(ref) + " should be in (0, " + best + "]");
    }

    @Test
    void registryRejectsAnUnknownName() {
        assertThrows(IllegalArgumentException.class, () -> Problems.create("no-such-problem"));
    }
}
