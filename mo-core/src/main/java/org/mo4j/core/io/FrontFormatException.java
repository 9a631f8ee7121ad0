package org.mo4j.core.io;

/**
 * Front text that cannot be read: a token that is not a number, a non-finite value, or a row whose
 * length differs from the others. The message starts with the 1-based line number
 * ({@code line 7: 'abc' is not a number}), so a command line can print it as it is.
 */
public final class FrontFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param line   1-based line number of the offending input line
     * @param detail what is wrong with it
     */
    public FrontFormatException(int line, String detail) {
        super("line " + line + ": " + detail);
        this.line = line;
    }

    /** The 1-based number of the offending line. */
    public int line() {
        return line;
    }
}
