package org.mo4j.algorithms.internal;

import org.mo4j.core.weights.EnergyDirections;
import org.mo4j.core.weights.WeightVectors;

/**
 * The weight (reference) vectors of a given count that the decomposition and reference-vector
 * algorithms share (MOEA/D, MOEA/D-DE, RVEA): the Das–Dennis simplex lattice when the count is one
 * of its sizes, else Riesz s-energy directions. O(N m) for a lattice; the energy directions cost
 * what {@link EnergyDirections} costs.
 */
public final class WeightSets {

    /** The seed of the Riesz-energy vectors used when N is not a simplex-lattice size. */
    public static final long ENERGY_SEED = 1L;

    private WeightSets() {}

    /**
     * N weight vectors in m objectives: the Das–Dennis simplex lattice when N is one of its sizes
     * C(H + m − 1, m − 1) (always for m = 2: H = N − 1, evenly spaced), else N Riesz s-energy
     * directions ({@link EnergyDirections}, seed {@value #ENERGY_SEED}); for m = 1, N copies of (1).
     *
     * @throws IllegalArgumentException if N &gt; 10,000 is not a lattice size (the energy limit)
     */
    public static double[][] ofSize(int m, int n) {
        if (m == 1) {
            double[][] out = new double[n][];
            for (int i = 0; i < n; i++) {
                out[i] = new double[] {1.0};
            }
            return out;
        }
        for (int h = 1; ; h++) {
            long size = WeightVectors.latticeSize(m, h);
            if (size == n) {
                return WeightVectors.simplexLattice(m, h);
            }
            if (size > n) {
                return EnergyDirections.of(m, n, ENERGY_SEED);
            }
        }
    }
}
