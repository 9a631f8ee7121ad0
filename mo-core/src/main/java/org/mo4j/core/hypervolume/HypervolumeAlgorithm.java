package org.mo4j.core.hypervolume;

import java.util.function.ToDoubleBiFunction;

/**
 * The exact hypervolume algorithms that {@link Hypervolume#of(double[][], double[], HypervolumeAlgorithm)}
 * can be asked to run by name, for benchmark authors who compare algorithms and for results that
 * must say which algorithm produced them. {@link Hypervolume#of(double[][], double[])} picks one
 * by the number of objectives d (see its Javadoc for the rule, docs/DECISIONS.md for its evidence);
 * every algorithm here computes the same exact value, to a few units in the last place.
 *
 * <p>Each algorithm accepts a range of d; asking for one outside its range is an
 * {@link IllegalArgumentException} naming the algorithm and d. Complexities are for n points.
 */
public enum HypervolumeAlgorithm {

    /** d = 2: sort and sweep, O(n log n). */
    SWEEP_2D(2, 2, Hv2d::volume),

    /**
     * d = 3: dimension sweep keeping the 2D staircase, O(n log n) (Beume, Fonseca, López-Ibáñez,
     * Paquete, Vahrenhold, IEEE TEC 13(5), 2009).
     */
    HV3D(3, 3, Hv3d::volume),

    /**
     * d = 4: HV4D+, sweep on the fourth objective with the per-point neighbour links, O(n^2)
     * (Guerreiro, Fonseca, IEEE TEC 22(3), 2018).
     */
    HV4D_PLUS(4, 4, Hv4dPlus::volume),

    /**
     * d &ge; 2: QHV-II, pivot box plus d disjoint sub-boxes, recursively (Jaszkiewicz, Computers
     * &amp; Operations Research 90, 2018); exponential in d in the worst case.
     */
    QHV_II(2, Integer.MAX_VALUE, Qhv::volume),

    /**
     * d &ge; 2: WFG, exclusive volumes of limit sets sliced on the last objective, down to HV4D+,
     * in double-double (While, Bradstreet, Barone, IEEE TEC 16(1), 2012); exponential in d in
     * the worst case.
     */
    WFG(2, Integer.MAX_VALUE, Wfg::volume),

    /**
     * d &ge; 5: the recursive dimension sweep on the last objective down to HV4D+ (Fonseca,
     * Paquete, López-Ibáñez, IEEE CEC 2006, without their reuse of partial volumes),
     * O(n^(d-2)) in the worst case.
     */
    DIMENSION_SWEEP(5, Integer.MAX_VALUE, DimensionSweep::volume);

    private final int minObjectives;
    private final int maxObjectives;
    private final ToDoubleBiFunction<double[][], double[]> kernel;

    HypervolumeAlgorithm(int minObjectives, int maxObjectives, ToDoubleBiFunction<double[][], double[]> kernel) {
        this.minObjectives = minObjectives;
        this.maxObjectives = maxObjectives;
        this.kernel = kernel;
    }

    /** Whether this algorithm computes hypervolumes in {@code d} objectives. */
    public boolean supports(int d) {
        return d >= minObjectives && d <= maxObjectives;
    }

    /** The hypervolume of a validated front whose d this algorithm supports. */
    double volume(double[][] front, double[] ref) {
        return kernel.applyAsDouble(front, ref);
    }

    /** "d = 4" or "d >= 5", for messages. */
    String range() {
        if (minObjectives == maxObjectives) {
            return "d = " + minObjectives;
        }
        return "d >= " + minObjectives;
    }
}
