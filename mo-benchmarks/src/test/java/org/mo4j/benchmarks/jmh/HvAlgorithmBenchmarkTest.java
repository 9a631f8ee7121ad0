package org.mo4j.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The algorithm benchmark's set-up accepts agreeing algorithms and rejects unknown names. */
class HvAlgorithmBenchmarkTest {

    @Test
    void everyAlgorithmAgreesWithTheDispatchOnSmallFronts() {
        for (String shape : new String[] {"linear", "spherical", "random"}) {
            for (String library : new String[] {"mo4j", "QHV_II", "WFG", "DIMENSION_SWEEP"}) {
                HvAlgorithmBenchmark b = new HvAlgorithmBenchmark();
                b.shape = shape;
                b.n = 10;
                b.d = 5;
                b.library = library;
                b.setUp();
                assertTrue(b.volume() > 0, library + " on " + shape);
            }
        }
    }

    @Test
    void anUnknownAlgorithmNameFailsTheSetUp() {
        HvAlgorithmBenchmark b = new HvAlgorithmBenchmark();
        b.shape = "linear";
        b.n = 10;
        b.d = 5;
        b.library = "HBDA";
        assertThrows(IllegalArgumentException.class, b::setUp);
    }
}
