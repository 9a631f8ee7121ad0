package org.mo4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontTextTest {

    @Test
    void readsPointsSkippingCommentsAndBlankLines() {
        double[][] f = FrontText.read(new StringReader("# header\n1 2\n\n  3\t4  # trailing\n#x\n-5e-1 .25\n"));
        assertEquals(3, f.length);
        assertArrayEquals(new double[] {1, 2}, f[0]);
        assertArrayEquals(new double[] {3, 4}, f[1]);
        assertArrayEquals(new double[] {-0.5, 0.25}, f[2]);
    }

    @Test
    void emptyInputIsAnEmptyFront() {
        assertEquals(0, FrontText.read(new StringReader("# nothing\n\n")).length);
    }

    @Test
    void blankLinesSeparateSets() {
        List<double[][]> sets = FrontText.readSets(new StringReader("1 2\n3 4\n\n\n5 6\n# c\n7 8\n\n"));
        assertEquals(2, sets.size());
        assertEquals(2, sets.get(0).length);
        assertArrayEquals(new double[] {7, 8}, sets.get(1)[1]);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "1 2\\n3 x\\n| line 2: value 2 'x' is not a number",
                "1 2\\nNaN 3\\n| line 2: value 1 'NaN' is not finite; values must be finite numbers",
                "1 2\\n3 -Infinity\\n| line 2: value 2 '-Infinity' is not finite; values must be finite numbers",
                "1 2\\n\\n1 2 3\\n| line 3: 3 values, but line 1 has 2 (dimension mismatch)",
                "1 1e400\\n| line 1: value 2 '1e400' overflows to Infinity; values must be finite",
                "1d 2\\n| line 1: value 1 '1d' is not a number",
                "0x1p3 2\\n| line 1: value 1 '0x1p3' is not a number",
            })
    void badInputNamesTheLineAndTheProblem(String text, String message) {
        FrontFormatException e = assertThrows(
                FrontFormatException.class, () -> FrontText.read(new StringReader(text.replace("\\n", "\n"))));
        assertEquals(message, e.getMessage());
    }

    @Test
    void requiredDimensionIsNamedInTheError() {
        FrontFormatException e =
                assertThrows(FrontFormatException.class, () -> FrontText.read(new StringReader("1 2 3\n"), 2, "--ref"));
        assertEquals(1, e.line());
        assertEquals("line 1: 3 values, but --ref has 2 (dimension mismatch)", e.getMessage());
    }

    @Property
    void writeThenReadIsExact(
            @ForAll @Size(min = 1, max = 20) List<@Size(3) List<@DoubleRange(min = -1e300, max = 1e300) Double>> rows) {
        double[][] f = rows.stream()
                .map(r -> r.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        double[][] back = FrontText.read(new StringReader(FrontText.toString(f)));
        assertEquals(f.length, back.length);
        for (int i = 0; i < f.length; i++) {
            assertArrayEquals(f[i], back[i], 0.0);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1.0960608595040542, 1.0960608595040542",
        "563063.67099034565, 563063.67099034565",
        "0.85000000000000009, 0.85000000000000009",
        "1.4641000000000004, 1.4641000000000004",
        "0.0, 0",
        "2.0, 2",
        "1e-5, 1.0000000000000001e-05",
        "1.5e20, 1.5e+20",
    })
    void significant17MatchesCPrintf(double value, String expected) {
        assertEquals(expected, FrontText.significant17(value));
    }

    @Property
    void significant17RoundTrips(@ForAll double value) {
        if (Double.isFinite(value)) {
            assertEquals(value, Double.parseDouble(FrontText.significant17(value)), 0.0);
            String mantissaDigits = FrontText.significant17(value)
                    .split("e")[0]
                    .replaceAll("[^0-9]", "")
                    .replaceFirst("^0+", "");
            assertTrue(mantissaDigits.length() <= 17, mantissaDigits);
        }
    }

    @Test
    void parsePointAcceptsCommasAndSpaces() {
        assertArrayEquals(new double[] {1.1, -2, 3e2}, FrontText.parsePoint(" 1.1, -2 3e2", "--ref"), 0.0);
        assertArrayEquals(new double[] {4}, FrontText.parsePoint("4", "--ref"), 0.0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "1,x|--ref: value 2 'x' is not a number",
                "1,nan|--ref: value 2 'nan' is not finite; values must be finite numbers",
                "1,,2|--ref: value 2 '' is not a number",
                "\"  \"|--ref must list at least one number, was '  '",
            })
    void parsePointErrorsNameTheArgument(String text, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> FrontText.parsePoint(text, "--ref"))
                        .getMessage());
    }
}
