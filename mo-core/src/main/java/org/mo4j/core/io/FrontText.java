package org.mo4j.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
 */
public final class FrontText {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
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
        List<double[]> points = new ArrayList<>();
        parse(in, dimension, source, points, null);
        return points.toArray(new double[0][]);
    }

    /** Reads the file at {@code path} as one front; see {@link #read(Reader)}. */
    public static double[][] read(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /**
     * Reads sets of points separated by one or more blank lines (comment-only lines do not
     * separate). All sets must have the same dimension.
     */
    public static List<double[][]> readSets(Reader in) {
        List<double[]> points = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        parse(in, -1, null, points, breaks);
        List<double[][]> sets = new ArrayList<>();
        int from = 0;
        for (int to : breaks) {
            if (to > from) {
                sets.add(points.subList(from, to).toArray(new double[0][]));
            }
            from = to;
        }
        if (points.size() > from) {
            sets.add(points.subList(from, points.size()).toArray(new double[0][]));
        }
        return sets;
    }

    private static void parse(
            Reader reader, int dimension, String source, List<double[]> points, List<Integer> breaks) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int d = dimension;
        int firstLine = 0;
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    if (breaks != null) {
                        breaks.add(points.size());
                    }
                    continue;
                }
                int hash = line.indexOf('#');
                String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (data.isEmpty()) {
                    continue;
                }
                String[] tokens = data.split("\\s+");
                if (d < 0) {
                    d = tokens.length;
                    firstLine = lineNo;
                } else if (tokens.length != d) {
                    String expected = source != null ? source + " has " + d : "line " + firstLine + " has " + d;
                    throw new FrontFormatException(
                            lineNo, tokens.length + " values, but " + expected + " (dimension mismatch)");
                }
                double[] p = new double[d];
                for (int j = 0; j < d; j++) {
                    p[j] = parseToken(tokens[j], lineNo, j);
                }
                points.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double parseToken(String token, int lineNo, int column) {
        String problem = problem(token);
        if (problem != null) {
            throw new FrontFormatException(lineNo, "value " + (column + 1) + " " + problem);
        }
        return Double.parseDouble(token);
    }

    /** Why {@code token} is not a finite decimal number, or null when it is one. */
    private static String problem(String token) {
        if (DECIMAL.matcher(token).matches()) {
            double v = Double.parseDouble(token);
            return Double.isFinite(v) ? null : "'" + token + "' overflows to " + v + "; values must be finite";
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
            String problem = problem(tokens[j]);
            if (problem != null) {
                throw new IllegalArgumentException(name + ": value " + (j + 1) + " " + problem);
            }
            p[j] = Double.parseDouble(tokens[j]);
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
        StringBuilder sb = new StringBuilder();
        write(sb, front);
        Files.writeString(path, sb.toString(), StandardCharsets.UTF_8);
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
