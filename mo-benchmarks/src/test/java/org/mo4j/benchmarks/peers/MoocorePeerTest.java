package org.mo4j.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mo4j.core.testing.RefData;

/**
 * moocore through the JNI bridge reproduces the reference values at d = 2..4 (relative 1e-12);
 * skipped when the library has not been built ({@code mo-benchmarks/moocore-build CHECKOUT}).
 */
class MoocorePeerTest {

    @TestFactory
    Stream<DynamicTest> moocoreAgreesWithReferenceValues() {
        assumeTrue(MoocorePeer.available(), "moocore not built: mo-benchmarks/moocore-build CHECKOUT");
        MoocorePeer.load();
        return RefData.hvCases().stream()
                .filter(c -> c.d() >= 2 && c.d() <= 4)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    double[] flat = MoocorePeer.flat(c.points(), c.d());
                    double hv = MoocorePeer.fpliHv(flat, c.points().length, c.d(), c.ref());
                    assertEquals(c.hv(), hv, 1e-12 * Math.max(1e-300, Math.abs(c.hv())), "fpli_hv");
                }));
    }
}
