package org.mo4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./mo4j} launcher script as a user runs it, on the jars this build produced
 * ({@code MO4J_NO_BUILD=1}, so the test never starts a nested Maven build).
 */
class LauncherTest {

    @TempDir
    Path dir;

    private NotebookRunner.Result mo4j(String... args) throws Exception {
        return mo4j(Map.of("MO4J_NO_BUILD", "1"), args);
    }

    private NotebookRunner.Result mo4j(Map<String, String> env, String... args) throws Exception {
        Path script = NotebookRunner.examplesDir().getParent().resolve("mo4j");
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(List.of(args));
        return NotebookRunner.run(cmd, dir, env, 120);
    }

    /**
     * A user's provider jar: mo-cli's test provider ({@code org.example.randomsearch}, which no mo4j
     * source names) and its {@code META-INF/services} line, packed as a user would ship them.
     */
    private Path providerJar() throws Exception {
        Path classes = NotebookRunner.examplesDir().getParent().resolve("mo-cli/target/test-classes");
        String service = "META-INF/services/org.mo4j.algorithms.registry.AlgorithmProvider";
        assertTrue(Files.isRegularFile(classes.resolve(service)), "mo-cli's test classes are built first");
        Path jar = dir.resolve("random-search.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                var files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                if (name.startsWith("org/example/") || name.equals(service)) {
                    out.putNextEntry(new java.util.jar.JarEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    @Test
    void aProviderJarOnMo4jClasspathIsListedAndRunsWithNoChangeToMo4j() throws Exception {
        Map<String, String> env =
                Map.of("MO4J_NO_BUILD", "1", "MO4J_CLASSPATH", providerJar().toString());
        NotebookRunner.Result list = mo4j(env, "list", "algorithms");
        assertEquals(0, list.exitCode(), list.output());
        assertTrue(list.output().contains("random-search (Random search): "), list.output());
        assertTrue(list.output().contains("nsga2 (NSGA-II): "), list.output());
        NotebookRunner.Result run = mo4j(
                env,
                "run",
                "--algorithm",
                "random-search",
                "--problem",
                "zdt1",
                "--evaluations",
                "300",
                "--set",
                "batch=30",
                "--quiet");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("algorithm: Random search"), run.output());
        assertTrue(run.output().contains("evaluations: 300 (9 generations"), run.output());
        NotebookRunner.Result without = mo4j("list", "algorithms");
        assertFalse(without.output().contains("random-search"), without.output());
    }

    @Test
    void hvAndNdsRunFromTheScript() throws Exception {
        Path f = Files.writeString(dir.resolve("front.txt"), "# two points\n0 1\n1 0\n0.5 0.5\n0.6 0.6\n");
        NotebookRunner.Result hv = mo4j("hv", "--ref", "2,2", f.toString());
        assertEquals(0, hv.exitCode(), hv.output());
        // By horizontal strips of the box [0,2]^2: y in [1,2) is covered for x >= 0 (2 x 1 = 2),
        // y in [0.5,1) for x >= 0.5 (1.5 x 0.5), y in [0,0.5) for x >= 1 (1 x 0.5): 3.25.
        // (0.6,0.6) is dominated by (0.5,0.5) and adds nothing.
        assertEquals("3.25", hv.output().strip());
        NotebookRunner.Result nds = mo4j("nds", f.toString());
        assertEquals(0, nds.exitCode(), nds.output());
        assertEquals("0\n0\n0\n1", nds.output().strip());
    }

    @Test
    void badInputExitsWithCodeTwoAndOneLine() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.txt"), "0 1\n1 NaN\n");
        NotebookRunner.Result r = mo4j("hv", "--ref", "2,2", f.toString());
        assertEquals(2, r.exitCode(), r.output());
        assertEquals(1, r.output().strip().lines().count(), r.output());
        assertTrue(r.output().contains("line 2"), r.output());
        assertFalse(r.output().contains("Exception"), r.output());
    }

    @Test
    void notebookWithoutFileIsAUsageError() throws Exception {
        NotebookRunner.Result r = mo4j("notebook", "does-not-exist.jsh");
        assertEquals(2, r.exitCode(), r.output());
        assertTrue(r.output().contains("no such file"), r.output());
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        NotebookRunner.Result r = mo4j("--help");
        assertEquals(0, r.exitCode(), r.output());
        for (String c : List.of("run", "list", "hv", "hvc", "nds", "igd", "notebook")) {
            assertTrue(r.output().contains(c), c + " missing from:\n" + r.output());
        }
    }
}
