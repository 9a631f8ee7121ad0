package org.mo4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notebook in {@code examples/} runs end to end in JShell without a single failed snippet.
 * A notebook checks its own results (it throws when one is wrong); this test also checks that the
 * notebook printed its closing line, so a notebook cut short cannot pass.
 */
class NotebooksTest {

    @TempDir
    Path workDir;

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsWithoutErrors() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(NotebookRunner.examplesDir())) {
            notebooks = s.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebooks found in " + NotebookRunner.examplesDir());
        return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> {
            NotebookRunner.Result r = NotebookRunner.runNotebook(nb, workDir, 600);
            String out = r.output();
            assertEquals(0, r.exitCode(), out);
            for (String line : out.split("\n")) {
                String l = line.strip();
                assertFalse(l.startsWith("|  Exception") || l.startsWith("|  Error")
                        || l.startsWith("|  Caused by") || l.contains("cannot find symbol")
                        || l.startsWith("|  Warning"), "notebook " + nb.getFileName() + " failed:\n" + out);
            }
            assertTrue(out.contains("notebook finished"), "notebook did not reach its end:\n" + out);
        }));
    }
}
