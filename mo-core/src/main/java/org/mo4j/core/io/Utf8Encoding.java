package org.mo4j.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a {@link java.io.Reader} as UTF-8 bytes, so {@link FrontScanner} reads a
 * {@code Reader} as it reads a file; an unpaired surrogate becomes {@code ?}. O(characters).
 */
final class Utf8Encoding extends InputStream {

    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private final ByteBuffer pending = ByteBuffer.allocate(3 * 8192).flip();
    private boolean endOfInput;
    private boolean done;

    Utf8Encoding(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!pending.hasRemaining()) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(len, pending.remaining());
        pending.get(b, off, n);
        return n;
    }

    private boolean refill() throws IOException {
        if (done) {
            return false;
        }
        pending.clear();
        while (pending.position() == 0) {
            if (!endOfInput && !chars.hasRemaining()) {
                chars.clear();
                int n = in.read(chars);
                chars.flip();
                endOfInput = n < 0;
            }
            CoderResult result = encoder.encode(chars, pending, endOfInput);
            if (result.isError()) {
                result.throwException();
            }
            if (endOfInput && result.isUnderflow()) {
                encoder.flush(pending);
                done = true;
                break;
            }
            if (result.isUnderflow() && chars.hasRemaining()) {
                // A high surrogate waits for its pair: keep it and read more.
                chars.compact();
                int n = in.read(chars);
                chars.flip();
                endOfInput = n < 0;
            }
        }
        pending.flip();
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
