package org.mo4j.algorithms.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mo4j.algorithms.EvolutionaryAlgorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.problems.Problems;

/**
 * docs/ADDING_AN_ALGORITHM.md stays true: its Java blocks compile against this module, its
 * provider entry registers the algorithm, and the algorithm runs through the registry.
 */
class AddingAnAlgorithmDocTest {

    private static final Path DOC = Path.of("..", "docs", "ADDING_AN_ALGORITHM.md");
    private static final Pattern BLOCK = Pattern.compile("```(java)?\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theDocumentedAlgorithmCompilesRegistersAndRuns() throws Exception {
        String doc = Files.readString(DOC);
        List<Path> sources = new ArrayList<>();
        String serviceLine = null;
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            String code = m.group(2);
            if (code.startsWith("// File: ")) {
                Path file = dir.resolve("src")
                        .resolve(code.substring(9, code.indexOf('\n')).strip());
                Files.createDirectories(file.getParent());
                sources.add(Files.writeString(file, code));
            } else if (code.strip().matches("[a-z0-9.]+\\.[A-Za-z]+Provider")) {
                serviceLine = code.strip();
            }
        }
        assertEquals(2, sources.size(), "the algorithm and its provider");
        assertEquals("org.mo4j.algorithms.rankea.RankEaProvider", serviceLine);

        Path classes = Files.createDirectories(dir.resolve("classes"));
        java.util.spi.ToolProvider javac =
                java.util.spi.ToolProvider.findFirst("javac").orElseThrow();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> args =
                new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath, "-Xlint:all", "-Werror"));
        sources.forEach(s -> args.add(s.toString()));
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.PrintWriter pw = new java.io.PrintWriter(err);
        int code = javac.run(pw, pw, args.toArray(String[]::new));
        pw.flush();
        assertEquals(0, code, err.toString());
        Path services = classes.resolve("META-INF/services/org.mo4j.algorithms.registry.AlgorithmProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, serviceLine + "\n");

        ClassLoader before = Thread.currentThread().getContextClassLoader();
        // mo4j's own algorithms plus the documented one, in name order
        List<String> expected = new ArrayList<>(Algorithms.names());
        expected.add("rank-ea");
        expected.sort(null);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertEquals(expected, Algorithms.names());
            AlgorithmProvider p = Algorithms.provider("rank-ea");
            var zdt1 = Problems.create("zdt1");
            Result r = Algorithms.create("rank-ea", zdt1, Map.of("seed", "4")).run(5_000);
            assertEquals(5_000, r.evaluations());
            assertTrue(
                    r.nonDominated().size() > 10,
                    "a spread front: " + r.nonDominated().size());
            assertEquals(
                    r.population(),
                    Algorithms.create("rank-ea", zdt1, Map.of("seed", "4"))
                            .run(5_000)
                            .population());
            assertEquals(
                    40,
                    ((EvolutionaryAlgorithm) p.create(zdt1, p.configure(Map.of("population", "40")), null, null))
                            .populationSize());
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
