package org.mo4j.benchmarks.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.mo4j.core.io.FrontText;

/**
 * Writes the large two-objective front of issue 16, so the file itself is never committed: row i is
 * {@code x, 1 - sqrt(x) + 0.01 u} with x, u uniform in [0, 1) from a seeded
 * {@link java.util.SplittableRandom}, each value with 17 significant digits as C's {@code %.17g}
 * ({@link FrontText#significant17(double)}). One million rows make about 40 MB.
 *
 * <pre>
 * java -cp ... org.mo4j.benchmarks.io.FrontFile OUT [n=1000000] [seed=16]
 * </pre>
 */
public final class FrontFile {

    private FrontFile() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: FrontFile OUT [n=1000000] [seed=16]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 16;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            write(out, n, seed);
        }
    }

    /** Writes {@code n} rows of the issue-16 front drawn with {@code seed}. */
    public static void write(Appendable out, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble();
            double u = random.nextDouble();
            out.append(FrontText.significant17(x))
                    .append(' ')
                    .append(FrontText.significant17(1 - Math.sqrt(x) + 0.01 * u))
                    .append('\n');
        }
    }

    /** The issue-16 front of {@code n} rows as text. */
    public static String text(int n, long seed) {
        StringBuilder sb = new StringBuilder(n * 40);
        try {
            write(sb, n, seed);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return sb.toString();
    }
}
