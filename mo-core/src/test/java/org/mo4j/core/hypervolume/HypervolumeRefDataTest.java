package org.mo4j.core.hypervolume;

import static org.mo4j.core.hypervolume.Tolerance.assertClose;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.HvCase;

/** Every reference case through the public entry point and through each algorithm that applies. */
class HypervolumeRefDataTest {

    static Stream<HvCase> allCases() {
        return RefData.hvCases().stream();
    }

    static Stream<HvCase> twoObjectiveCases() {
        return allCases().filter(c -> c.d() == 2);
    }

    static Stream<HvCase> threeObjectiveCases() {
        return allCases().filter(c -> c.d() == 3);
    }

    /**
     * WFG sliced at the top level. For d = 2 and 3 its top level filters limit sets in O(n^2), so
     * the n = 10000 cases are left to the sweeps they would bottom out in anyway.
     */
    static Stream<HvCase> wfgCases() {
        return allCases().filter(c -> c.d() >= 2 && (c.d() >= 4 || c.points().length <= 1000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void ofMatchesExpected(HvCase c) {
        assertClose(c.hv(), Hypervolume.of(c.points(), c.ref()), c.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoObjectiveCases")
    void sweep2dMatchesExpected(HvCase c) {
        assertClose(c.hv(), Hv2d.volume(c.points(), c.ref()), c.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threeObjectiveCases")
    void sweep3dMatchesExpected(HvCase c) {
        assertClose(c.hv(), Hv3d.volume(c.points(), c.ref()), c.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wfgCases")
    void wfgMatchesExpected(HvCase c) {
        assertClose(c.hv(), Wfg.volume(c.points(), c.ref()), c.name());
    }
}
