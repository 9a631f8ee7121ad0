package org.mo4j.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The reading half of {@link FrontText}: scans UTF-8 bytes in 64 KiB blocks and appends every value
 * to one growing {@code double[]}, with no character decoding, {@code String}, regular expression or
 * boxed number per line or token ({@link DecimalParser} parses each token in place). A line is only
 * moved when it straddles two blocks. O(total bytes) time; memory is the values plus the block.
 *
 * <p>Lines end at {@code \n}, {@code \r} or {@code \r\n}. A line of whitespace only
 * ({@link Character#isWhitespace(int)}) separates sets; {@code #} starts a comment; what remains,
 * stripped of whitespace, is split at spaces, tabs, vertical tabs and form feeds into tokens: the
 * rules of the line-by-line reader this replaced ({@code String.isBlank}, {@code strip},
 * {@code split("\\s+")}). Non-ASCII bytes are decoded only where those rules look at them (the ends
 * of a line, a bad token). The first bad line throws a {@link FrontFormatException}; a wrong number
 * of values on a line is reported before a bad value on it. One scanner reads one input once.
 */
final class FrontScanner {

    private static final int BLOCK = 1 << 16;
    private static final int INCOMPLETE = -1;
    private static final int CAREFUL = -2;

    private final InputStream in;
    private final DecimalParser parser = new DecimalParser();
    private byte[] text = new byte[BLOCK];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean skipLineFeed;
    private int lineNo;

    private double[] values = new double[1024];
    private int valueCount;
    private int rows;
    private int dimension;
    private int firstDataLine;
    private int[] breaks = new int[8];
    private int breakCount;

    FrontScanner(InputStream in) {
        this.in = in;
    }

    /**
     * Reads every line.
     *
     * @param requiredDimension the number of values every row must have, or -1 for the first row's
     * @param source            where {@code requiredDimension} comes from, for messages, or null
     * @param recordBreaks      whether to note where blank lines separate sets
     * @throws FrontFormatException on the first bad line
     * @throws IOException          from the stream
     */
    void scan(int requiredDimension, String source, boolean recordBreaks) throws IOException {
        dimension = requiredDimension;
        while (true) {
            if (position == limit && !fill()) {
                return;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (text[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int next = plainLine(recordBreaks);
            if (next == INCOMPLETE) {
                fill(); // keeps the line, reads more or notes the end of the input
                continue;
            }
            if (next >= 0) {
                position = next;
                continue;
            }
            // The careful path, for a line plainLine declined: find its end and its first '#',
            // refilling when the line is incomplete.
            int end;
            int hash = -1;
            int i = position;
            while (true) {
                byte c = 0;
                while (i < limit && (c = text[i]) != '\n' && c != '\r') {
                    if (c == '#' && hash < 0) {
                        hash = i;
                    }
                    i++;
                }
                if (i < limit || endOfInput) {
                    end = i;
                    break;
                }
                int shift = position;
                if (!fill()) {
                    end = limit;
                    i = limit;
                    hash = hash < 0 ? -1 : hash - (shift - position);
                    break;
                }
                // fill() moved the line to the start of the block.
                i -= shift - position;
                if (hash >= 0) {
                    hash -= shift - position;
                }
            }
            lineNo++;
            line(position, end, hash < 0 ? end : hash, source, recordBreaks);
            if (end < limit) {
                skipLineFeed = text[end] == '\r';
                position = end + 1;
            } else {
                position = end;
            }
        }
    }

    /**
     * Reads the line at {@link #position} in one pass when it is plain: ASCII separators, decimal
     * tokens, an optional comment, as many values as the other rows. Returns the index after its
     * terminator, {@link #INCOMPLETE} when the block ends inside it, or {@link #CAREFUL} for anything
     * else (a bad token, a dimension mismatch, other whitespace, non-ASCII bytes), which the careful
     * path then reads again from its start.
     */
    private int plainLine(boolean recordBreaks) {
        byte[] t = text;
        int lim = limit;
        int i = position;
        int d = dimension;
        int rowStart = valueCount;
        int count = 0;
        boolean comment = false;
        byte c = 0;
        while (true) {
            while (i < lim && ((c = t[i]) == ' ' || c == '\t' || c == 0x0B || c == '\f')) {
                i++;
            }
            if (i == lim || c == '\n' || c == '\r') {
                break;
            }
            if (c == '#') {
                comment = true;
                while (i < lim && (c = t[i]) != '\n' && c != '\r') {
                    i++;
                }
                break;
            }
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') || count == d) {
                valueCount = rowStart;
                return i == lim ? INCOMPLETE : CAREFUL;
            }
            double v = parser.parsePrefix(t, i, lim);
            i = parser.end;
            if (i == lim && !endOfInput) {
                valueCount = rowStart;
                return INCOMPLETE;
            }
            if (i < lim
                            && !((c = t[i]) == ' '
                                    || c == '\t'
                                    || c == 0x0B
                                    || c == '\f'
                                    || c == '\n'
                                    || c == '\r'
                                    || c == '#')
                    || !Double.isFinite(v)) {
                valueCount = rowStart;
                return CAREFUL;
            }
            if (valueCount == values.length) {
                values = Arrays.copyOf(values, 2 * valueCount);
            }
            values[valueCount++] = v;
            count++;
        }
        if (i == lim && !endOfInput) {
            valueCount = rowStart;
            return INCOMPLETE;
        }
        if (count > 0 && d >= 0 && count != d) {
            valueCount = rowStart;
            return CAREFUL;
        }
        lineNo++;
        if (count > 0) {
            if (d < 0) {
                dimension = count;
                firstDataLine = lineNo;
            }
            rows++;
        } else if (!comment && recordBreaks) {
            noteBreak();
        }
        if (i < lim) {
            skipLineFeed = t[i] == '\r';
            return i + 1;
        }
        return i;
    }

    /**
     * Moves the unread characters to the start of the block (growing it when full) and reads more.
     *
     * @return false when the input has ended and nothing was read
     */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int unread = limit - position;
        if (unread == text.length) {
            text = Arrays.copyOf(text, 2 * text.length);
        }
        if (position > 0) {
            System.arraycopy(text, position, text, 0, unread);
            position = 0;
            limit = unread;
        }
        int n = in.read(text, limit, text.length - limit);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        limit += n;
        return true;
    }

    private void line(int start, int end, int dataEnd, String source, boolean recordBreaks) {
        int a = start;
        while (a < end && isWhitespaceAt(a)) {
            a = next(a);
        }
        if (a == end) {
            if (recordBreaks) {
                noteBreak();
            }
            return;
        }
        int b = dataEnd;
        while (b > a) {
            int p = previous(b, a);
            if (!isWhitespaceAt(p)) {
                break;
            }
            b = p;
        }
        if (a == b) {
            return; // a comment line
        }
        int d = dimension;
        int rowStart = valueCount;
        int count = 0;
        int i = a;
        while (i < b) {
            byte c = text[i];
            if (isSeparator(c)) {
                i++;
                continue;
            }
            int from = i;
            while (i < b && !isSeparator(text[i])) {
                i++;
            }
            if (d >= 0 && count == d) {
                throw mismatch(count + tokens(i, b) + 1, source);
            }
            double v = DecimalParser.parse(text, from, i);
            if (!Double.isFinite(v)) {
                int total = count + 1 + tokens(i, b);
                if (d >= 0 && total != d) {
                    throw mismatch(total, source);
                }
                throw new FrontFormatException(lineNo, "value " + (count + 1) + " " + problem(from, i, v));
            }
            if (valueCount == values.length) {
                values = Arrays.copyOf(values, 2 * valueCount);
            }
            values[valueCount++] = v;
            count++;
        }
        if (d < 0) {
            dimension = count;
            firstDataLine = lineNo;
        } else if (count != d) {
            valueCount = rowStart;
            throw mismatch(count, source);
        }
        rows++;
    }

    private void noteBreak() {
        if (breakCount == breaks.length) {
            breaks = Arrays.copyOf(breaks, 2 * breakCount);
        }
        breaks[breakCount++] = rows;
    }

    private static boolean isSeparator(byte c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f';
    }

    /** Whether the character starting at byte {@code i} is whitespace; malformed UTF-8 is not. */
    private boolean isWhitespaceAt(int i) {
        byte c = text[i];
        if (c >= 0) {
            return Character.isWhitespace(c);
        }
        int n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 0; // whitespace lies below U+10000
        if (n == 0 || i + n > limit) {
            return false;
        }
        int cp = n == 2 ? c & 0x1F : c & 0x0F;
        for (int k = 1; k < n; k++) {
            byte b = text[i + k];
            if ((b & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        return Character.isWhitespace(cp);
    }

    /** The start of the character after the one starting at {@code i}. */
    private int next(int i) {
        byte c = text[i];
        int n = c >= 0 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 1;
        return i + n;
    }

    /** The start of the character that ends just before {@code i}, not before {@code floor}. */
    private int previous(int i, int floor) {
        int p = i - 1;
        while (p > floor && (text[p] & 0xC0) == 0x80 && i - p < 3) {
            p--;
        }
        return p;
    }

    /** The number of tokens in {@code text[from, to)}. */
    private int tokens(int from, int to) {
        int n = 0;
        boolean inToken = false;
        for (int i = from; i < to; i++) {
            boolean separator = isSeparator(text[i]);
            if (!separator && !inToken) {
                n++;
            }
            inToken = !separator;
        }
        return n;
    }

    private FrontFormatException mismatch(int count, String source) {
        String expected = source != null ? source + " has " + dimension : "line " + firstDataLine + " has " + dimension;
        return new FrontFormatException(lineNo, count + " values, but " + expected + " (dimension mismatch)");
    }

    private String problem(int from, int to, double v) {
        return FrontText.problem(new String(text, from, to - from, StandardCharsets.UTF_8), v);
    }

    /** The rows read, each a new array. */
    double[][] rows() {
        return rows(0, rows);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), each a new array. */
    double[][] rows(int from, int to) {
        double[][] out = new double[to - from][];
        int d = Math.max(dimension, 0);
        for (int r = from; r < to; r++) {
            out[r - from] = Arrays.copyOfRange(values, r * d, (r + 1) * d);
        }
        return out;
    }

    /** The number of rows read. */
    int rowCount() {
        return rows;
    }

    /** The row index at each blank line, in order (only when breaks were recorded). */
    int[] breaks() {
        return Arrays.copyOf(breaks, breakCount);
    }
}
