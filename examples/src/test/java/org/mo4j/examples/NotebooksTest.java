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

    @org.junit.jupiter.api.Test
    void aNotebookWithABadSnippetOrAnExceptionIsCaught() throws Exception {
        Path bad = workDir.resolve("bad.jsh");
        Files.writeString(
                bad,
                "int x = \"a\";\nthrow new AssertionError(\"boom\");\n"
                        + "System.out.println(\"notebook finished\");\n/exit\n");
        NotebookRunner.Result r = NotebookRunner.runNotebook(bad, workDir, 120);
        List<String> failures = NotebookRunner.failures(r.output());
        assertEquals(2, failures.size(), r.output());
        assertTrue(
                failures.get(0).startsWith("Error:") && failures.get(1).contains("AssertionError: boom"),
                failures.toString());
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsWithoutErrors() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(NotebookRunner.examplesDir())) {
            notebooks = s.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebooks found in " + NotebookRunner.examplesDir());
        return notebooks.stream()
                .map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> {
                    NotebookRunner.Result r = NotebookRunner.runNotebook(nb, workDir, 600);
                    String out = r.output();
                    assertEquals(0, r.exitCode(), out);
                    assertEquals(
                            List.of(),
                            NotebookRunner.failures(out),
                            "notebook " + nb.getFileName() + " failed:\n" + out);
                    assertTrue(out.contains("notebook finished"), "notebook did not reach its end:\n" + out);
                }));
    }
}
