package org.mo4j.algorithms.nsga3;

import org.mo4j.core.weights.WeightVectors;

/**
 * The default NSGA-III reference directions per number of objectives m, following Deb &amp; Jain
 * 2014 (Table I) where it gives them: Das–Dennis lattices with H divisions for m ≤ 7 (m = 3: H =
 * 12, 91 points; m = 5: H = 6, 210 points) and two layers for m ≥ 8 (m = 8, 10: H₁ = 3, H₂ = 2;
 * m ≥ 11: H₁ = 2, H₂ = 1, as the paper's 15 objectives). Where the paper is silent: m = 2, H = 99;
 * m = 4, H = 8; m = 6, H = 4; m = 7, H = 4.
 */
public final class ReferenceDirections {

    private ReferenceDirections() {}

    /** The default directions for {@code m} objectives (fresh arrays). */
    public static double[][] defaults(int m) {
        return switch (m) {
            case 1 -> new double[][] {{1.0}};
            case 2 -> WeightVectors.simplexLattice(2, 99);
            case 3 -> WeightVectors.simplexLattice(3, 12);
            case 4 -> WeightVectors.simplexLattice(4, 8);
            case 5 -> WeightVectors.simplexLattice(5, 6);
            case 6, 7 -> WeightVectors.simplexLattice(m, 4);
            case 8, 9, 10 -> WeightVectors.twoLayer(m, 3, 2);
            default -> WeightVectors.twoLayer(m, 2, 1);
        };
    }

    /** The paper's population size for {@code directions} reference points: the smallest multiple of 4 ≥ it. */
    public static int populationSize(int directions) {
        return (directions + 3) / 4 * 4;
    }
}
