package org.mo4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mo4j.core.testing.RegexFrontReader;

/** {@link DecimalParser} against {@link Double#parseDouble(String)}, bit for bit. */
class DecimalParserTest {

    private static double parse(String token) {
        byte[] text = ("<" + token + ">").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return DecimalParser.parse(text, 1, text.length - 1);
    }

    private static void assertSameAsJdk(String token) {
        long expected = Double.doubleToRawLongBits(Double.parseDouble(token));
        long actual = Double.doubleToRawLongBits(parse(token));
        assertEquals(
                expected, actual, () -> token + ": expected " + Double.parseDouble(token) + ", was " + parse(token));
    }

    @Property(tries = 20_000)
    void shortestRepresentationOfAnyDouble(@ForAll long bits) {
        double v = Double.longBitsToDouble(bits);
        if (Double.isFinite(v)) {
            assertSameAsJdk(Double.toString(v));
        }
    }

    @Property(tries = 20_000)
    void seventeenSignificantDigitsOfAnyDouble(@ForAll long bits) {
        double v = Double.longBitsToDouble(bits);
        if (Double.isFinite(v)) {
            assertSameAsJdk(String.format(Locale.ROOT, "%.17g", v));
            assertSameAsJdk(FrontText.significant17(v));
            assertEquals(v, parse(FrontText.significant17(v)), 0.0);
        }
    }

    @Property(tries = 20_000)
    void seventeenDigitsInTheUnitInterval(@ForAll @LongRange(min = 0, max = (1L << 53) - 1) long k) {
        double v = k / (double) (1L << 53);
        assertSameAsJdk(String.format(Locale.ROOT, "%.17g", v));
        assertSameAsJdk(String.format(Locale.ROOT, "%.16e", v));
    }

    /** Random digit strings: up to 30 digits, a point anywhere, exponents past both ends of the range. */
    @Property(tries = 30_000)
    void randomDecimals(@ForAll("decimals") String token) {
        assertSameAsJdk(token);
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> digits =
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(30);
        Arbitrary<Integer> point = Arbitraries.integers().between(-1, 30);
        Arbitrary<Integer> exponent = Arbitraries.integers().between(-420, 420);
        Arbitrary<Integer> form = Arbitraries.integers().between(0, 5);
        return Combinators.combine(digits, point, exponent, form).as((ds, p, e, f) -> {
            String mantissa = p < 0 || p > ds.length() ? ds : ds.substring(0, p) + "." + ds.substring(p);
            String sign = f == 1 ? "-" : f == 2 ? "+" : "";
            String exp = f >= 4 ? "" : (f == 3 ? "E" : "e") + (e >= 0 && f == 0 ? "+" : "") + e;
            return sign + mantissa + exp;
        });
    }

    /** Anything over the characters of a decimal: rejected exactly when the old syntax rejects it. */
    @Property(tries = 30_000)
    void syntaxIsTheOldSyntax(@ForAll("scraps") String token) {
        double v = parse(token);
        if (RegexFrontReader.isDecimal(token)) {
            assertSameAsJdk(token);
        } else {
            assertTrue(Double.isNaN(v), () -> "'" + token + "' parsed as " + v);
        }
    }

    @Provide
    Arbitrary<String> scraps() {
        return Arbitraries.strings()
                .withChars("0123456789+-.eEdxXfFN a")
                .ofMinLength(0)
                .ofMaxLength(8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-0",
                "+0",
                "0.0",
                "-0.0",
                "0e999999999999",
                "-0e-5",
                "00000.00000",
                "1",
                "-1",
                "1.",
                ".5",
                "-.5",
                "1e23",
                "8.98846567431158e307",
                "1.7976931348623157e308",
                "1.7976931348623158e308",
                "1.7976931348623159e308",
                "1e308",
                "1e309",
                "1e400",
                "-1e400",
                "1e99999999999",
                "1e-400",
                "4.9e-324",
                "2.4703282292062327e-324",
                "2.4703282292062328e-324",
                "4.9406564584124654e-324",
                "2.2250738585072011e-308",
                "2.2250738585072012e-308",
                "2.2250738585072014e-308",
                "2.225073858507201e-308",
                "9007199254740993",
                "9007199254740992",
                "9007199254740993.0000000000001",
                "9007199254740994.9999",
                "18446744073709551615",
                "18446744073709551616",
                "9999999999999999999",
                "99999999999999999999",
                "1.00000000000000011102230246251565404236316680908203125",
                "1.00000000000000011102230246251565404236316680908203124",
                "1.00000000000000011102230246251565404236316680908203126",
                "0.1",
                "0.2",
                "0.3",
                "3.141592653589793",
                "2.718281828459045",
                "1e22",
                "1e-22",
                "123456789012345e22",
                "1234567890123456e-22",
                "0.000000000000000000000000000000000000000000001",
                "7.2057594037927933e16",
                "9.5e-1",
                "0.99999999999999994",
                "0.99999999999999995",
                "0.36672251595379479",
                "0.084801272982238496",
                "5e-324",
                "3e-324",
                "2e-324",
                "1e-323"
            })
    void edgeCases(String token) {
        assertSameAsJdk(token);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "+",
                "-",
                ".",
                "+.",
                "e5",
                ".e5",
                "1e",
                "1e+",
                "1e-",
                "1.2.3",
                "1d",
                "1f",
                "1D",
                "0x1p3",
                "NaN",
                "-NaN",
                "Infinity",
                "-Infinity",
                "inf",
                "1 ",
                " 1",
                "1,5",
                "--1",
                "+-1",
                "1e5.0",
                "1ee5",
                "\u0661",
                "1\u0660",
                "1_000"
            })
    void notDecimals(String token) {
        assertTrue(Double.isNaN(parse(token)), token);
    }

    @Property(tries = 5_000)
    void eiselLemireNeverDisagreesWhenItDecides(
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long digits,
            @ForAll @IntRange(min = -348, max = 347) int e) {
        double v = DecimalParser.eiselLemire(digits, e, false);
        if (!Double.isNaN(v)) {
            assertEquals(Double.parseDouble(digits + "e" + e), v, 0.0, () -> digits + "e" + e);
        }
    }
}
