package org.mo4j.core.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mo4j.core.testing.Allocations;

/**
 * Reading allocates the values and the rows, not a string or a boxed number per line or token.
 */
class FrontAllocationTest {

    @Test
    void readingAllocatesTheValuesNotAStringPerToken() {
        int rows = 100_000;
        SplittableRandom random = new SplittableRandom(16);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            double x = random.nextDouble();
            sb.append(FrontText.significant17(x))
                    .append(' ')
                    .append(FrontText.significant17(1 - Math.sqrt(x)))
                    .append('\n');
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        Runnable read = () -> {
            try {
                FrontText.read(new ByteArrayInputStream(text), 2, "--ref");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        OptionalLong allocated = Allocations.bytes(read, 5, 1);
        assumeTrue(allocated.isPresent(), "no per-thread allocation counter");
        // The result: rows · (16-byte header + 16 bytes + a reference). The value buffer: 1024
        // doubles, doubled until it holds 2 · rows. The 64 KiB block, and 64 KiB of slack. A string
        // per token alone (about 64 bytes each, 12.8 MB here) would exceed the bound many times over.
        long result = rows * (16L + 16 + 8) + 8 + 16;
        long capacity = 1024;
        long buffer = capacity;
        while (capacity < 2L * rows) {
            capacity *= 2;
            buffer += capacity;
        }
        long bound = result + 8 * buffer + 2 * (1 << 16);
        assertTrue(
                allocated.getAsLong() <= bound,
                allocated.getAsLong() + " bytes for " + rows + " rows; expected at most " + bound);
    }
}
