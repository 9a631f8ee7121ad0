package org.mo4j.core.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mo4j.core.io.FrontText;

/**
 * Reader for the shared reference data ({@code ../shared/refdata}): hypervolume cases with exact
 * expected values and non-dominated sorting cases with expected ranks. The folder comes from the
 * system property {@code mo4j.refdata} (set by the build) or is found beside the repository; when
 * it cannot be found the tests fail, they never skip.
 */
public final class RefData {

    /** A hypervolume case: points, reference point and the expected exact hypervolume. */
    public record HvCase(String name, int d, double[] ref, double hv, String source, double[][] points) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A sorting case: points and their expected 0-based ranks (the files store 1-based ranks). */
    public record NdsCase(String name, int d, int[] ranks, double[][] points) {
        @Override
        public String toString() {
            return name;
        }
    }

    private RefData() {}

    /** The reference-data folder. */
    public static Path root() {
        String prop = System.getProperty("mo4j.refdata");
        if (prop != null && Files.isDirectory(Paths.get(prop, "hv"))) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("refdata");
            if (Files.isDirectory(candidate.resolve("hv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("reference data not found: set -Dmo4j.refdata or place "
                + "shared/refdata beside the repository (mo4j.refdata=" + prop + ")");
    }

    /** All hypervolume case files, sorted by name. */
    public static List<Path> hvFiles() {
        return list(root().resolve("hv"));
    }

    /** All sorting case files, sorted by name. */
    public static List<Path> ndsFiles() {
        return list(root().resolve("nds"));
    }

    /** Every hypervolume case, sorted by name. */
    public static List<HvCase> hvCases() {
        return hvFiles().stream().map(RefData::hvCase).toList();
    }

    /** Every sorting case, sorted by name. */
    public static List<NdsCase> ndsCases() {
        return ndsFiles().stream().map(RefData::ndsCase).toList();
    }

    /** Reads one hypervolume case file. */
    public static HvCase hvCase(Path file) {
        String text = read(file);
        Map<String, String> h = headers(text);
        int d = Integer.parseInt(h.get("d"));
        double[] ref = Arrays.stream(h.get("ref").trim().split("\\s+"))
                .mapToDouble(Double::parseDouble)
                .toArray();
        double[][] points = FrontText.read(new StringReader(text));
        int n = Integer.parseInt(h.get("n"));
        if (points.length != n || ref.length != d) {
            throw new IllegalStateException(file + ": header says n=" + n + ", d=" + d + " but found " + points.length
                    + " points and " + ref.length + " ref coordinates");
        }
        return new HvCase(h.get("case"), d, ref, Double.parseDouble(h.get("hv")), h.get("hv_source"), points);
    }

    /** Reads one sorting case file. */
    public static NdsCase ndsCase(Path file) {
        String text = read(file);
        Map<String, String> h = headers(text);
        int d = Integer.parseInt(h.get("d"));
        double[][] rows = FrontText.read(new StringReader(text));
        int[] ranks = new int[rows.length];
        double[][] points = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            ranks[i] = (int) rows[i][0] - 1;
            points[i] = Arrays.copyOfRange(rows[i], 1, rows[i].length);
        }
        if (rows.length != Integer.parseInt(h.get("n")) || (rows.length > 0 && points[0].length != d)) {
            throw new IllegalStateException(file + ": header disagrees with the data");
        }
        return new NdsCase(h.get("case"), d, ranks, points);
    }

    /**
     * The points of a case file as plain front text (headers and the rank column removed), as a
     * user would feed it to the command line.
     */
    public static String pointsText(double[][] points) {
        return FrontText.toString(points);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = new ArrayList<>(
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            if (files.isEmpty()) {
                throw new IllegalStateException("no reference cases in " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> headers(String text) {
        Map<String, String> h = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    h.putIfAbsent(
                            line.substring(1, colon).trim(),
                            line.substring(colon + 1).trim());
                }
            }
        }
        return h;
    }
}
