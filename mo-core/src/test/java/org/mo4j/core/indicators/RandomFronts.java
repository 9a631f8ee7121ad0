package org.mo4j.core.indicators;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of small fronts with two or three objectives in [-10, 10]. */
final class RandomFronts {

    private RandomFronts() {}

    static Arbitrary<double[][]> fronts(int m) {
        Arbitrary<double[]> point =
                Arbitraries.doubles().between(-10, 10).array(double[].class).ofSize(m);
        return point.array(double[][].class).ofMinSize(1).ofMaxSize(12);
    }

    /** Two fronts with the same number of objectives (2 or 3). */
    static Arbitrary<double[][][]> pairs() {
        return Arbitraries.integers()
                .between(2, 3)
                .flatMap(m -> Combinators.combine(fronts(m), fronts(m)).as((a, b) -> new double[][][] {a, b}));
    }
}
