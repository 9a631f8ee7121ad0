package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mo4j.core.hypervolume.Tolerance.assertClose;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.HvCase;

/**
 * Every reference case through the public entry point and through each algorithm that applies
 * (one parameterised test over kernel and case, named "kernel: case"), plus the error-bound and
 * contribution checks.
 */
class HypervolumeRefDataTest {

    static Stream<HvCase> allCases() {
        return RefData.hvCases().stream();
    }

    static Stream<HvCase> fiveOrMoreObjectiveCases() {
        return allCases().filter(c -> c.d() >= 5);
    }

    /**
     * WFG sliced at the top level. For d = 2 and 3 its top level filters limit sets in O(n^2): the
     * d = 3, n = 10000 fronts take about 30 s each that way (1 s at d = 2), so the n = 10000 cases
     * are left to the sweeps that WFG bottoms out in anyway.
     */
    static boolean wfgCase(HvCase c) {
        return c.d() >= 2 && (c.d() >= 4 || c.points().length <= 1000);
    }

    /**
     * Cases small enough to check every contribution against two hypervolumes: n HV(S \ p) sweeps
     * of O(n log n) each for d <= 3.
     */
    static Stream<HvCase> contributionCases() {
        return allCases()
                .filter(c -> c.d() <= 3 && c.points().length <= 1000
                        || c.d() == 4 && c.points().length <= 100
                        || c.d() <= 5 && c.points().length <= 10);
    }

    /**
     * The dimension sweep's cost grows as n^(d-2): beyond these sizes (d = 5: 1000 points, d = 6:
     * 100, d = 8: 10) single cases take from half a minute to hours, so they are left to WFG.
     */
    static boolean dimensionSweepCase(HvCase c) {
        return c.d() == 5 && c.points().length <= 1000
                || c.d() == 6 && c.points().length <= 100
                || c.d() >= 7 && c.points().length <= 10;
    }

    static Stream<HvCase> dimensionSweepCases() {
        return allCases().filter(HypervolumeRefDataTest::dimensionSweepCase);
    }

    /** QHV-II on every case with at least two objectives and at most 1000 points. */
    static boolean qhvCase(HvCase c) {
        return c.d() >= 2 && c.points().length <= 1000;
    }

    /** An exact hypervolume kernel, named for the display name, and the cases it runs on. */
    record Kernel(String name, Predicate<HvCase> runsOn, ToDoubleBiFunction<double[][], double[]> volume) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Every kernel, production and oracle, with the cases it runs on: the public entry point on
     * all of them, each algorithm on the dimensions it supports (and the sizes it finishes in).
     */
    static List<Kernel> kernels() {
        return List.of(
                new Kernel("Hypervolume.of", c -> true, Hypervolume::of),
                new Kernel("2D sweep", c -> c.d() == 2, Hv2d::volume),
                new Kernel("3D sweep", c -> c.d() == 3, Hv3d::volume),
                new Kernel("3D sweep, double-double", c -> c.d() == 3, Hv3dVariants::rankSet),
                new Kernel("HV3D+", c -> c.d() == 3, Hv3dPlus::volume),
                new Kernel("linkless HV4D+", c -> c.d() == 4, Hv4d::volume),
                new Kernel("linked HV4D+", c -> c.d() == 4, Hv4dPlus::volume),
                new Kernel("linked HV4D+, double-double", c -> c.d() == 4, Hv4dPlusVariants::doubleDouble),
                // The plain-double HV4D+ without its double-double fallback.
                new Kernel("linked HV4D+, plain double", c -> c.d() == 4, Hv4dPlusVariants::plain),
                // WFG whose 4-objective limit sets are sliced down to the 3D sweep instead of going to HV4D+.
                new Kernel("WFG over the 3D sweep", c -> c.d() >= 5, (f, r) -> WfgVariants.volume(f, r, false)),
                new Kernel("dimension sweep", HypervolumeRefDataTest::dimensionSweepCase, DimensionSweep::volume),
                new Kernel("WFG plain first", c -> c.d() >= 5, WfgVariants::plainFirstVolume),
                new Kernel("QHV-II", HypervolumeRefDataTest::qhvCase, Qhv::volume),
                // WFG over HV4D+ in double-double, the production WFG.
                new Kernel("WFG", HypervolumeRefDataTest::wfgCase, Wfg::volume));
    }

    /** Every (kernel, case) pair that {@link #kernels()} names. */
    static Stream<Arguments> kernelCases() {
        List<HvCase> cases = RefData.hvCases();
        return kernels().stream().flatMap(k -> cases.stream().filter(k.runsOn()).map(c -> Arguments.of(k, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kernelCases")
    void kernelMatchesExpected(Kernel kernel, HvCase c) {
        assertClose(c.hv(), kernel.volume().applyAsDouble(c.points(), c.ref()), kernel + ", " + c.name());
    }

    /** The plain-double dimension sweep without fallback lies within its bound, and certifies. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dimensionSweepCases")
    void plainDimensionSweepIsWithinItsErrorBound(HvCase c) {
        double[] vb = DimensionSweep.plainVolumeAndBound(c.points(), c.ref());
        assertTrue(
                Math.abs(vb[0] - c.hv()) <= vb[1] + 1e-13 * Math.abs(c.hv()),
                c.name() + ": " + vb[0] + " vs " + c.hv() + ", bound " + vb[1]);
        assertTrue(vb[1] <= DimensionSweep.PLAIN_TOLERANCE * Math.abs(vb[0]), c.name() + ": bound " + vb[1]);
        assertClose(c.hv(), vb[0], c.name());
    }

    /**
     * Plain-double WFG without fallback: the expected value lies within its running error bound
     * (widened by the reference values' own uncertainty, 1e-13 relative for moocore's doubles),
     * and when that bound is below 1e-13 relative the result meets the usual tolerance.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fiveOrMoreObjectiveCases")
    void plainWfgIsWithinItsErrorBound(HvCase c) {
        double[] vb = WfgVariants.plainVolumeAndBound(c.points(), c.ref());
        double v = vb[0];
        double bound = vb[1];
        assertTrue(
                Math.abs(v - c.hv()) <= bound + 1e-13 * Math.abs(c.hv()),
                c.name() + ": " + v + " vs " + c.hv() + ", bound " + bound);
        if (bound <= DimensionSweep.PLAIN_TOLERANCE * Math.abs(v)) {
            assertClose(c.hv(), v, c.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contributionCases")
    void contributionsAreHypervolumeLostByRemovingEachPoint(HvCase c) {
        double[][] f = c.points();
        double[] contributions = Hypervolume.contributions(f, c.ref());
        double[][] others = new double[Math.max(0, f.length - 1)][];
        for (int i = 0; i < f.length; i++) {
            System.arraycopy(f, 0, others, 0, i);
            System.arraycopy(f, i + 1, others, i, f.length - i - 1);
            double lost = c.hv() - Hypervolume.of(others, c.ref());
            // A difference of two hypervolumes: its error scales with HV(S), not with the difference.
            assertTrue(
                    Math.abs(contributions[i] - lost) <= Tolerance.REL * Math.max(c.hv(), 1),
                    c.name() + " point " + i + ": " + contributions[i] + " vs " + lost);
        }
    }
}
