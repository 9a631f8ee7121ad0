package org.mo4j.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a process to completion, with a time limit, and returns its exit code and combined output.
 * Used to run notebooks in JShell and the launcher script exactly as a user would.
 */
final class NotebookRunner {

    record Result(int exitCode, String output) {}

    private NotebookRunner() {}

    static Path examplesDir() {
        return Path.of(System.getProperty("mo4j.notebook.dir", "."))
                .toAbsolutePath()
                .normalize();
    }

    /** The runtime class path of every mo4j module, as the build wrote it. */
    static String classPath() throws IOException {
        Path file = Path.of(System.getProperty("mo4j.notebook.classpath", "target/notebook.classpath"));
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** Runs {@code notebook} in JShell on {@link #classPath()}, as {@code ./mo4j notebook} does. */
    static Result runNotebook(Path notebook, Path workDir, long timeoutSeconds) throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        return run(
                List.of(
                        jshell.toString(),
                        "--class-path",
                        classPath(),
                        "-R-Djava.awt.headless=true",
                        notebook.toString()),
                workDir,
                Map.of(),
                timeoutSeconds);
    }

    static Result run(List<String> command, Path workDir, Map<String, String> env, long timeoutSeconds)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /**
     * The lines of a JShell transcript that report a failed snippet. Loading a file, JShell prints
     * a rejected snippet as {@code Error:} followed by the compiler's message, and an exception as
     * {@code Exception java.lang...} with {@code at} lines (in interactive feedback modes the same
     * reports start with {@code |  }); a warning counts as a failure too.
     */
    static java.util.List<String> failures(String transcript) {
        java.util.List<String> bad = new java.util.ArrayList<>();
        for (String line : transcript.split("\n")) {
            String l = line.strip();
            if (l.startsWith("|  ")) {
                l = l.substring(3).strip();
            }
            if (l.startsWith("Error:")
                    || l.startsWith("Exception ")
                    || l.startsWith("Caused by")
                    || l.startsWith("Warning:")
                    || l.contains("cannot find symbol")) {
                bad.add(line);
            }
        }
        return bad;
    }
}
