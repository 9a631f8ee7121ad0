package org.mo4j.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mo4j.core.internal.Arguments;

/**
 * Reads and writes fronts as text: one point per line, coordinates separated by whitespace,
 * {@code #} starts a comment that runs to the end of the line, blank lines separate sets of points.
 * This is the format of the {@code mo4j} command line and of the reference data.
 *
 * <p>Reading is strict: a token must be a decimal number ({@code 1}, {@code -0.5}, {@code 2.5e-3});
 * {@code NaN}, {@code Infinity}, hexadecimal and Java suffixes such as {@code 1d} are rejected with a
 * {@link FrontFormatException} naming the line. All rows must have the same number of values.
 * Writing uses the shortest decimal that reads back to the same double, so a front survives a
 * round trip bit for bit. Reading and writing are O(total characters).
 *
 * <p>Reading streams: characters are scanned in blocks into one primitive buffer and each token is
 * parsed in place to exactly the double {@link Double#parseDouble(String)} gives, so a file is held
 * once as its values and never as lines or strings. Why: benchmark fronts of a million points are
 * piped to the command line, and reading, not the kernel, used to be most of its time.
 */
public final class FrontText {

    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final MathContext SEVENTEEN = new MathContext(17);

    private FrontText() {}

    /** Reads every point of {@code in}, ignoring blank lines, as one front. */
    public static double[][] read(Reader in) {
        return read(in, -1, null);
    }

    /**
     * Reads every point of {@code in}, requiring each to have {@code dimension} coordinates.
     *
     * @param dimension the required number of coordinates, or -1 to take the first row's
     * @param source    where {@code dimension} comes from, for the error message (e.g. "--ref")
     * @throws FrontFormatException on the first bad line
     */
    public static double[][] read(Reader in, int dimension, String source) {
        return scan(new Utf8Encoding(in), dimension, source, false).rows();
    }

    /**
     * Reads every point of the UTF-8 text {@code in}, requiring each to have {@code dimension}
     * coordinates; the fastest way in, since no characters are decoded. Bytes that are not valid
     * UTF-8 are an error in a value and ignored in a comment. The stream is read to its end and
     * not closed.
     *
     * @param dimension the required number of coordinates, or -1 to take the first row's
     * @param source    where {@code dimension} comes from, for the error message (e.g. "--ref")
     * @throws FrontFormatException on the first bad line
     * @throws IOException          from the stream
     */
    public static double[][] read(InputStream in, int dimension, String source) throws IOException {
        FrontScanner scanner = new FrontScanner(in);
        scanner.scan(dimension, source, false);
        return scanner.rows();
    }

    /** Reads the UTF-8 file at {@code path} as one front; see {@link #read(InputStream, int, String)}. */
    public static double[][] read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, -1, null);
        }
    }

    /**
     * Reads sets of points separated by one or more blank lines (comment-only lines do not
     * separate). All sets must have the same dimension.
     */
    public static List<double[][]> readSets(Reader in) {
        FrontScanner scanner = scan(new Utf8Encoding(in), -1, null, true);
        List<double[][]> sets = new ArrayList<>();
        int from = 0;
        for (int to : scanner.breaks()) {
            if (to > from) {
                sets.add(scanner.rows(from, to));
            }
            from = to;
        }
        if (scanner.rowCount() > from) {
            sets.add(scanner.rows(from, scanner.rowCount()));
        }
        return sets;
    }

    private static FrontScanner scan(InputStream in, int dimension, String source, boolean recordBreaks) {
        FrontScanner scanner = new FrontScanner(in);
        try {
            scanner.scan(dimension, source, recordBreaks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scanner;
    }

    /**
     * Why {@code token} is not a finite decimal number, given what {@link DecimalParser} made of it
     * ({@link DecimalParser#NOT_A_NUMBER} or an infinity).
     */
    static String problem(String token, double parsed) {
        if (Double.isInfinite(parsed)) {
            return "'" + token + "' overflows to " + parsed + "; values must be finite";
        }
        if (NON_FINITE.matcher(token).matches()) {
            return "'" + token + "' is not finite; values must be finite numbers";
        }
        return "'" + token + "' is not a number";
    }

    /**
     * Parses one point written on a single line with its coordinates separated by commas and/or
     * whitespace, such as a command line's {@code --ref 1.1,1.1,1.1}. Numbers are read as strictly
     * as in {@link #read(Reader)}.
     *
     * @param name the argument's name for the error message
     * @throws IllegalArgumentException naming {@code name} and the offending value
     */
    public static double[] parsePoint(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    name + " must list at least one number, was '" + (text == null ? "" : text) + "'");
        }
        String[] tokens = text.strip().split("\\s*[,\\s]\\s*");
        double[] p = new double[tokens.length];
        for (int j = 0; j < tokens.length; j++) {
            byte[] token = tokens[j].getBytes(StandardCharsets.UTF_8);
            double v = DecimalParser.parse(token, 0, token.length);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + ": value " + (j + 1) + " " + problem(tokens[j], v));
            }
            p[j] = v;
        }
        return p;
    }

    /**
     * Writes {@code front}, one point per line, each coordinate as the shortest decimal that reads
     * back to the same double.
     */
    public static void write(Appendable out, double[][] front) throws IOException {
        Arguments.front("front", front);
        for (double[] p : front) {
            for (int j = 0; j < p.length; j++) {
                if (j > 0) {
                    out.append(' ');
                }
                out.append(Double.toString(p[j]));
            }
            out.append('\n');
        }
    }

    /** Writes {@code front} to {@code path}, replacing the file. */
    public static void write(Path path, double[][] front) throws IOException {
        Arguments.front("front", front);
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(out, front);
        }
    }

    /** Returns {@code front} as text, as {@link #write(Appendable, double[][])} writes it. */
    public static String toString(double[][] front) {
        StringBuilder sb = new StringBuilder();
        try {
            write(sb, front);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * Formats {@code value} with 17 significant digits as C's {@code printf("%.17g")} does: plain
     * notation for decimal exponents -4..16, scientific otherwise, trailing zeros removed. Seventeen
     * digits identify every double uniquely.
     */
    public static String significant17(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return (Double.doubleToRawLongBits(value) < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(SEVENTEEN);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 17) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String e = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return mantissa.toPlainString() + "e" + e;
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
