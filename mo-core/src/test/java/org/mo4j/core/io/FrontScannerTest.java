package org.mo4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.core.testing.RegexFrontReader;

/**
 * The streaming reader against the regular-expression reader it replaced: on any text, read in
 * chunks of any size, both return the same doubles or fail with the same message.
 */
class FrontScannerTest {

    /** A reader that hands out at most {@code chunk} characters per call, as a pipe may. */
    private static Reader chunked(String text, int chunk) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(length, chunk), text.length() - at);
                text.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }

    /** The UTF-8 bytes of {@code text}, at most {@code chunk} per read. */
    private static InputStream chunkedBytes(String text, int chunk) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                return at == bytes.length ? -1 : bytes[at++] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (at == bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(length, chunk), bytes.length - at);
                System.arraycopy(bytes, at, buffer, offset, n);
                at += n;
                return n;
            }
        };
    }

    private static double[][] readBytes(String text, int chunk, int dimension, String source) {
        try {
            return FrontText.read(chunkedBytes(text, chunk), dimension, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Object outcome(Supplier<T> read) {
        try {
            return read.get();
        } catch (FrontFormatException e) {
            return e.getMessage();
        }
    }

    private static void assertSameOutcome(Object expected, Object actual, String text) {
        if (expected instanceof String || actual instanceof String) {
            assertEquals(
                    expected, actual, () -> "on " + text.replace("\n", "\\n").replace("\r", "\\r"));
        } else if (expected instanceof double[][] e) {
            double[][] a = (double[][]) actual;
            assertEquals(e.length, a.length);
            for (int i = 0; i < e.length; i++) {
                assertArrayEquals(e[i], a[i], 0.0);
                for (int j = 0; j < e[i].length; j++) {
                    assertEquals(Double.doubleToRawLongBits(e[i][j]), Double.doubleToRawLongBits(a[i][j]));
                }
            }
        } else {
            @SuppressWarnings("unchecked")
            List<double[][]> e = (List<double[][]>) expected;
            @SuppressWarnings("unchecked")
            List<double[][]> a = (List<double[][]>) actual;
            assertEquals(e.size(), a.size());
            for (int i = 0; i < e.size(); i++) {
                assertSameOutcome(e.get(i), a.get(i), text);
            }
        }
    }

    @Property(tries = 3000)
    void agreesWithTheRegexReader(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 9) int chunk) {
        assertSameOutcome(
                outcome(() -> RegexFrontReader.read(new StringReader(text), -1, null)),
                outcome(() -> FrontText.read(chunked(text, chunk), -1, null)),
                text);
        assertSameOutcome(
                outcome(() -> RegexFrontReader.read(new StringReader(text), -1, null)),
                outcome(() -> readBytes(text, chunk, -1, null)),
                text);
        assertSameOutcome(
                outcome(() -> RegexFrontReader.read(new StringReader(text), 2, "--ref")),
                outcome(() -> FrontText.read(chunked(text, chunk), 2, "--ref")),
                text);
        assertSameOutcome(
                outcome(() -> RegexFrontReader.read(new StringReader(text), 2, "--ref")),
                outcome(() -> readBytes(text, chunk, 2, "--ref")),
                text);
        assertSameOutcome(
                outcome(() -> RegexFrontReader.readSets(new StringReader(text))),
                outcome(() -> FrontText.readSets(chunked(text, chunk))),
                text);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.of("1", "-0.5", "2.5e-3", ".25", "3.", "1e400", "-1e-400", "0")),
                net.jqwik.api.Tuple.of(6, Arbitraries.doubles().map(d -> Double.toString(d))),
                net.jqwik.api.Tuple.of(12, Arbitraries.of(" ", "  ", "\t", " \t ", "\u000B", "\f")),
                net.jqwik.api.Tuple.of(8, Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\r\r\n", " \n")),
                net.jqwik.api.Tuple.of(
                        2, Arbitraries.of("#", "# comment 1 2\n", "#x", "nan", "-Infinity", "x", "1d", "0x1p3", "e5")),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(
                                "\u2003",
                                "\u001C",
                                "\u00A0",
                                "\u0661",
                                ",",
                                "+",
                                "\u2028",
                                "\u3000",
                                "\uD83D\uDE00",
                                "\u00E9")));
        return piece.list().ofMinSize(0).ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Test
    void aLineLongerThanTheBlockIsReadWhole() {
        int d = 30_000; // about 200 000 characters on one line, three times the block
        StringBuilder sb = new StringBuilder("# wide\n");
        for (int row = 0; row < 3; row++) {
            for (int j = 0; j < d; j++) {
                sb.append(j == 0 ? "" : " ").append(row * d + j).append(".125");
            }
            sb.append(row == 1 ? "\r\n" : "\n");
        }
        for (int chunk : new int[] {1 << 20, 4093}) {
            double[][] f = FrontText.read(chunked(sb.toString(), chunk));
            assertSameOutcome(f, readBytes(sb.toString(), chunk, -1, null), "");
            assertEquals(3, f.length);
            for (int row = 0; row < 3; row++) {
                assertEquals(d, f[row].length);
                assertEquals(row * d + 0.125, f[row][0], 0.0);
                assertEquals(row * d + d - 1 + 0.125, f[row][d - 1], 0.0);
            }
        }
    }

    @Test
    void manyRowsAcrossBlocksMatchTheRegexReader() {
        StringBuilder sb = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(16);
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextDouble();
            sb.append(FrontText.significant17(x))
                    .append(i % 7 == 0 ? "\t" : " ")
                    .append(FrontText.significant17(1 - Math.sqrt(x) + 0.01 * random.nextDouble()))
                    .append(i % 5 == 0 ? "\r\n" : "\n");
        }
        String text = sb.toString();
        assertSameOutcome(
                RegexFrontReader.read(new StringReader(text), -1, null), FrontText.read(new StringReader(text)), "");
        assertSameOutcome(
                RegexFrontReader.read(new StringReader(text), -1, null), FrontText.read(chunked(text, 1000)), "");
    }
}
