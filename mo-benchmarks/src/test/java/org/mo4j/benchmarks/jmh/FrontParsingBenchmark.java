package org.mo4j.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.mo4j.benchmarks.io.FrontFile;
import org.mo4j.core.io.FrontText;
import org.mo4j.core.testing.RegexFrontReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a front from UTF-8 bytes in memory into {@code double[][]}: the issue-16 file
 * ({@link FrontFile}: {@code x, 1 - sqrt(x) + 0.01 u}, 17 significant digits, about 40 bytes a
 * row). mo4j's streaming scanner from bytes ({@code FrontText.read(InputStream, ...)}, what the
 * command line uses), the same through a {@code Reader} (reader: characters re-encoded), and the
 * regular-expression reader it replaced (regex, kept in mo-core's tests as
 * {@link RegexFrontReader}). Set-up checks that all three return the same doubles. MB/s is the
 * input size over the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrontParsingBenchmark {

    @Param({"100000"})
    public int rows;

    /** mo4j (bytes), reader (mo4j through a Reader), regex (the old reader). */
    @Param({"mo4j", "reader", "regex"})
    public String library;

    private byte[] text;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        text = FrontFile.text(rows, 16).getBytes(StandardCharsets.UTF_8);
        double[][] expected = RegexFrontReader.read(
                new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8), 2, "--ref");
        if (!Arrays.deepEquals(expected, read())) {
            throw new IllegalStateException(library + " reads other values than the regex reader");
        }
        System.out.printf("%n[input: %d rows, %d bytes]%n", rows, text.length);
    }

    @Benchmark
    public double[][] read() throws IOException {
        switch (library) {
            case "mo4j":
                return FrontText.read(new ByteArrayInputStream(text), 2, "--ref");
            case "reader":
                return FrontText.read(
                        new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8), 2, "--ref");
            case "regex":
                return RegexFrontReader.read(
                        new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8), 2, "--ref");
            default:
                throw new IllegalArgumentException("library must be mo4j, reader or regex, was " + library);
        }
    }
}
