package org.mo4j.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mo4j.core.io.FrontFormatException;

/**
 * The front reader mo4j had before the streaming scanner (one {@code String} per line, a regular
 * expression split and a regular-expression check per token, {@link Double#parseDouble(String)}),
 * kept verbatim as the oracle that {@code org.mo4j.core.io.FrontText} must agree with, value for
 * value and message for message, and as the old path of the parser benchmark.
 */
public final class RegexFrontReader {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private RegexFrontReader() {}

    /** As {@code FrontText.read(Reader, int, String)} did. */
    public static double[][] read(Reader in, int dimension, String source) {
        List<double[]> points = new ArrayList<>();
        parse(in, dimension, source, points, null);
        return points.toArray(new double[0][]);
    }

    /** As {@code FrontText.readSets(Reader)} did. */
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

    /** Whether {@code token} matches the old decimal syntax. */
    public static boolean isDecimal(String token) {
        return DECIMAL.matcher(token).matches();
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
}
