package org.mo4j.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child JVM runs a campaign and is killed with SIGKILL (Process.destroyForcibly on Linux)
 * after a few runs are stored; the same campaign is then run again on the same folder.
 */
class KillAndResumeTest {

    static Campaign campaign() {
        return Campaign.builder("kill")
                .algorithm("nsga2")
                .algorithm("smsemoa")
                .problems("zdt1")
                .seeds(12)
                .evaluations(2_000)
                .checkpoints(4)
                .build();
    }

    /** The child: runs the campaign into args[0] on 2 threads, printing a line per stored record. */
    public static void main(String[] args) {
        RunStore store = RunStore.create(Path.of(args[0]), campaign());
        new LocalEngine(2).run(store, new CampaignListener() {
            @Override
            public void finished(RunRecord record, int done, int failed) {
                System.out.println("stored " + record.id());
                System.out.flush();
            }
        });
        System.out.println("done");
    }

    @Test
    void killedMidCampaignThenRerunLosesAndRedoesNothing(@TempDir Path dir) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        javaBin,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Djava.awt.headless=true",
                        KillAndResumeTest.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (lines.stream().filter(l -> l.startsWith("stored ")).count() == 3) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL: " + lines);
        assertTrue(!lines.contains("done"), "the child was killed mid-campaign: " + lines);

        // What survived the kill: whole records only (each parses), at least the three reported.
        Map<Path, byte[]> before = new HashMap<>();
        Map<Path, FileTime> times = new HashMap<>();
        for (Path p : records(dir)) {
            before.put(p, Files.readAllBytes(p));
            times.put(p, Files.getLastModifiedTime(p));
        }
        assertTrue(before.size() >= 3, "stored before the kill: " + before.size());
        assertTrue(before.size() < 24, "the kill came before the end: " + before.size());
        RunStore reopened = RunStore.create(dir, campaign());
        Set<RunId> survived = new HashSet<>();
        for (RunRecord r : reopened.records()) {
            survived.add(r.id());
        }
        assertEquals(before.size(), survived.size());

        // The rerun runs exactly the missing runs.
        List<RunId> ran = new ArrayList<>();
        CampaignOutcome o = new LocalEngine(2).run(reopened, new CampaignListener() {
            @Override
            public void finished(RunRecord record, int done, int failed) {
                ran.add(record.id());
            }
        });
        assertEquals(24 - survived.size(), o.ran());
        assertEquals(survived.size(), o.skipped());
        for (RunId id : ran) {
            assertTrue(!survived.contains(id), "redone: " + id);
        }
        // Nothing lost, nothing duplicated, no temporary file left, old records untouched.
        List<Path> after = records(dir);
        assertEquals(24, after.size());
        assertEquals(
                24, new HashSet<>(reopened.records().stream().map(RunRecord::id).toList()).size());
        for (var e : before.entrySet()) {
            assertArrayEquals(
                    e.getValue(), Files.readAllBytes(e.getKey()), e.getKey().toString());
            assertEquals(times.get(e.getKey()), Files.getLastModifiedTime(e.getKey()));
        }
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(
                    0,
                    s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
        ResultsTable.write(reopened.records(), dir.resolve("results.csv"));
        List<ResultsTable.Row> rows = ResultsTable.read(dir.resolve("results.csv"));
        assertEquals(24 * 4 * 4, rows.size());
        Set<List<Object>> keys = new HashSet<>();
        for (ResultsTable.Row r : rows) {
            assertTrue(keys.add(List.of(r.algorithm(), r.problem(), r.seed(), r.checkpoint(), r.indicator())));
        }
        // And the records are those of an uninterrupted campaign.
        RunStore clean = RunStore.create(dir.resolve("clean"), campaign());
        new LocalEngine(1).run(clean, CampaignListener.NONE);
        List<RunRecord> a = clean.records();
        List<RunRecord> b = reopened.records();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(LocalEngineTest.withoutTimes(a.get(i)), LocalEngineTest.withoutTimes(b.get(i)));
            assertTrue(java.util.Arrays.deepEquals(a.get(i).front(), b.get(i).front()));
        }
    }

    private static List<Path> records(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir.resolve("runs"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }
}
