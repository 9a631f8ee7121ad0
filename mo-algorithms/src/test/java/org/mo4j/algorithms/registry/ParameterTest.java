package org.mo4j.algorithms.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ParameterTest {

    private static final Parameter SIZE = Parameter.integer("size", 10L, 2, 1000, "a size");
    private static final Parameter RATE = Parameter.real("rate", 0.5, 0, 1, "a rate");

    @Property
    void integersInRangeParseToThemselvesAndOthersAreRejected(@ForAll @LongRange(min = -5000, max = 5000) long v) {
        if (v >= 2 && v <= 1000) {
            assertEquals(v, SIZE.parse(" " + v + " "));
        } else {
            assertEquals(
                    "size must be in [2, 1000], was " + v,
                    assertThrows(IllegalArgumentException.class, () -> SIZE.parse(Long.toString(v)))
                            .getMessage());
        }
    }

    @Test
    void realsMustBeFiniteAndInRange() {
        assertEquals(0.25, RATE.parse("0.25"));
        assertThrows(IllegalArgumentException.class, () -> RATE.parse("NaN"));
        assertThrows(IllegalArgumentException.class, () -> RATE.parse("1.01"));
        assertEquals(
                "rate must be a number, was 'x'",
                assertThrows(IllegalArgumentException.class, () -> RATE.parse("x"))
                        .getMessage());
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        Parameter b = Parameter.bool("local", true, "local kernel");
        assertEquals(Boolean.FALSE, b.parse("FALSE"));
        assertThrows(IllegalArgumentException.class, () -> b.parse("yes"));
    }

    @Test
    void anInvalidDefaultOrNameIsRejectedWhenDeclared() {
        assertThrows(IllegalArgumentException.class, () -> Parameter.integer("n", 1L, 2, 3, "x"));
        assertThrows(IllegalArgumentException.class, () -> Parameter.integer("Pop", 2L, 2, 3, "x"));
    }

    @Test
    void aChoiceReadsAnEnumConstantIgnoringCaseAndDashesAndNamesTheChoicesOtherwise() {
        Parameter mode = Parameter.text("mode", "half-up", "a rounding mode");
        Configuration c = Configuration.of(List.of(mode), Map.of());
        assertEquals(RoundingMode.HALF_UP, c.choice("mode", RoundingMode.class));
        assertEquals(RoundingMode.HALF_EVEN, c.with("mode", " Half_Even ").choice("mode", RoundingMode.class));
        assertEquals(
                "mode must be one of up, down, ceiling, floor, half-up, half-down, half-even, unnecessary,"
                        + " was 'nearest'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> c.with("mode", "nearest").choice("mode", RoundingMode.class))
                        .getMessage());
    }
}
