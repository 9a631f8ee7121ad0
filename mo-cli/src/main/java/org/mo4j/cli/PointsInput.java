package org.mo4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mo4j.core.io.FrontFormatException;
import org.mo4j.core.io.FrontText;

/**
 * Reads the points of a command: from FILE, or standard input when FILE is absent or "-", as UTF-8
 * bytes straight into {@link FrontText}'s scanner (no decoding into characters).
 */
final class PointsInput {

    private PointsInput() {}

    /**
     * @param file      the file, or null / "-" for standard input
     * @param stdin     standard input
     * @param dimension the required number of coordinates, or -1
     * @param source    the option that fixes {@code dimension}, for messages
     * @throws IllegalArgumentException "FILE: line N: problem" on bad content
     * @throws UncheckedIOException     when the file cannot be read, naming it
     */
    static double[][] read(String file, Mo4j root, int dimension, String source) {
        boolean stdin = file == null || file.equals("-");
        String name = stdin ? "<stdin>" : file;
        try (InputStream in = stdin ? root.stdin : Files.newInputStream(Path.of(file))) {
            return FrontText.read(in, dimension, source);
        } catch (FrontFormatException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(new IOException("cannot read " + name + ": no such file", e));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + name + ": " + e.getMessage(), e));
        }
    }
}
