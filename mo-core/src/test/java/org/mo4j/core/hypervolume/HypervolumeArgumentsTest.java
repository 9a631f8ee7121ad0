package org.mo4j.core.hypervolume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is rejected at the public entry points with a message naming the argument. */
class HypervolumeArgumentsTest {

    private static final double[] REF = {1, 1};
    private static final double[][] FRONT = {{0.5, 0.5}};
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(null, REF, "front must not be null"),
                Arguments.of(new double[][] {{0.5, 0.5}, null}, REF, "front[1] must not be null"),
                Arguments.of(
                        new double[][] {{0.5, 0.5}, {0.5}},
                        REF,
                        "front[1] has 1 objectives, front[0] has 2 (ragged array)"),
                Arguments.of(new double[][] {{0.5, 0.5}, {NAN, 0.5}}, REF, "front[1][0] must be finite, was NaN"),
                Arguments.of(new double[][] {{0.5, INF}}, REF, "front[0][1] must be finite, was Infinity"),
                Arguments.of(new double[][] {{-INF, 0.5}}, REF, "front[0][0] must be finite, was -Infinity"),
                Arguments.of(FRONT, null, "ref must not be null"),
                Arguments.of(FRONT, new double[0], "ref must have at least one coordinate, was empty"),
                Arguments.of(FRONT, new double[] {1, NAN}, "ref[1] must be finite, was NaN"),
                Arguments.of(FRONT, new double[] {INF, 1}, "ref[0] must be finite, was Infinity"),
                Arguments.of(FRONT, new double[] {1, -INF}, "ref[1] must be finite, was -Infinity"),
                Arguments.of(
                        FRONT, new double[] {1, 1, 1}, "front has 2 objectives but ref has 3 (dimension mismatch)"),
                Arguments.of(FRONT, new double[] {1}, "front has 2 objectives but ref has 1 (dimension mismatch)"));
    }

    @ParameterizedTest(name = "of: {2}")
    @MethodSource("badInputs")
    void ofRejectsBadInputNamingTheArgument(double[][] front, double[] ref, String message) {
        assertRejected(Hypervolume::of, front, ref, message);
    }

    @ParameterizedTest(name = "of by name: {2}")
    @MethodSource("badInputs")
    void ofByNameRejectsBadInputNamingTheArgument(double[][] front, double[] ref, String message) {
        assertRejected((f, r) -> Hypervolume.of(f, r, HypervolumeAlgorithm.QHV_II), front, ref, message);
    }

    @ParameterizedTest(name = "contributions: {2}")
    @MethodSource("badInputs")
    void contributionsRejectBadInputNamingTheArgument(double[][] front, double[] ref, String message) {
        assertRejected(Hypervolume::contributions, front, ref, message);
    }

    private static void assertRejected(
            BiConsumer<double[][], double[]> call, double[][] front, double[] ref, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call.accept(front, ref));
        assertEquals(message, e.getMessage());
    }
}
