package org.mo4j.cli;

import java.io.PrintWriter;
import org.mo4j.core.io.FrontText;

/**
 * Writes one value per line in blocks of about 64 Ki characters, so a command's output for a
 * million points is never held as one string. O(number of values).
 */
final class ColumnOutput {

    private static final int BLOCK = 1 << 16;

    private ColumnOutput() {}

    /** Each integer on its own line. */
    static void ints(PrintWriter out, int[] values) {
        StringBuilder sb = new StringBuilder(BLOCK + 16);
        for (int v : values) {
            sb.append(v).append('\n');
            if (sb.length() >= BLOCK) {
                out.append(sb);
                sb.setLength(0);
            }
        }
        out.append(sb);
        out.flush();
    }

    /** Each value on its own line with 17 significant digits ({@link FrontText#significant17(double)}). */
    static void significant17(PrintWriter out, double[] values) {
        StringBuilder sb = new StringBuilder(BLOCK + 32);
        for (double v : values) {
            sb.append(FrontText.significant17(v)).append('\n');
            if (sb.length() >= BLOCK) {
                out.append(sb);
                sb.setLength(0);
            }
        }
        out.append(sb);
        out.flush();
    }
}
