package org.mo4j.core.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of objective-vector populations. Half of them draw coordinates from tiny
 * integer sets ({0, 1} or {0..3}) so that duplicates and partial ties are common; the rest draw
 * from [-1, 1] with some values repeated, plus signed zeros.
 */
public final class Populations {

    private Populations() {}

    /** Populations of 0 to {@code maxN} points with {@code minM..maxM} objectives each. */
    public static Arbitrary<double[][]> of(int maxN, int minM, int maxM) {
        return of(maxN, minM, maxM, Arbitraries.of(List.of(BINARY, SMALL_INTEGERS, REALS)));
    }

    /** Like {@link #of} but with integer coordinates only (no signed zeros), drawn from {0, 1} or {0..3}. */
    public static Arbitrary<double[][]> ofSmallIntegers(int maxN, int minM, int maxM) {
        return of(maxN, minM, maxM, Arbitraries.of(List.of(BINARY, SMALL_INTEGERS)));
    }

    private static final Arbitrary<Double> BINARY =
            Arbitraries.integers().between(0, 1).map(Integer::doubleValue);
    private static final Arbitrary<Double> SMALL_INTEGERS =
            Arbitraries.integers().between(0, 3).map(Integer::doubleValue);
    private static final Arbitrary<Double> REALS =
            Arbitraries.oneOf(Arbitraries.doubles().between(-1, 1), Arbitraries.of(-0.0, 0.0, 0.5));

    private static Arbitrary<double[][]> of(int maxN, int minM, int maxM, Arbitrary<Arbitrary<Double>> coordinates) {
        return Combinators.combine(Arbitraries.integers().between(minM, maxM), coordinates)
                .flatAs((m, coordinate) ->
                        coordinate.list().ofSize(m).list().ofMaxSize(maxN).map(Populations::toMatrix));
    }

    private static double[][] toMatrix(List<List<Double>> rows) {
        double[][] points = new double[rows.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = rows.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return points;
    }
}
