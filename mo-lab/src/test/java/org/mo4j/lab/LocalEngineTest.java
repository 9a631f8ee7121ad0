package org.mo4j.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEngineTest {

    static Campaign small() {
        return Campaign.builder("small")
                .algorithm("nsga2")
                .algorithm(new AlgorithmSetup("nsga3", "nsga3", Map.of("divisions", "4")))
                .algorithm(new AlgorithmSetup("smsemoa", "smsemoa", Map.of("population", "20")))
                .problems("zdt1", "dtlz2:3")
                .seeds(3)
                .evaluations(600)
                .checkpoints(3)
                .build();
    }

    @Test
    void everyRunIsRecordedWithItsCheckpointsAndSettings(@TempDir Path dir) {
        Campaign c = small();
        RunStore store = RunStore.create(dir, c);
        CampaignOutcome o = new LocalEngine(2).run(store, CampaignListener.NONE);
        assertEquals(18, o.total());
        assertEquals(18, o.ran());
        assertEquals(0, o.failed());
        List<RunRecord> records = store.records();
        assertEquals(18, records.size());
        for (RunRecord r : records) {
            assertFalse(r.failed(), r.message());
            assertEquals(600, r.evaluations());
            assertEquals(3, r.checkpoints().size());
            assertArrayEquals(
                    new double[] {200, 400, 600},
                    r.checkpoints().stream().mapToDouble(Checkpoint::target).toArray());
            for (Checkpoint k : r.checkpoints()) {
                assertTrue(k.evaluations() >= k.target());
                assertTrue(k.value(Indicator.HV) >= 0);
                assertTrue(Double.isFinite(k.value(Indicator.IGD_PLUS)));
            }
            assertEquals(Long.toString(r.id().seed()), r.settings().get("seed"));
            assertTrue(r.front().length > 0);
        }
        assertEquals(
                "20",
                store.read(new RunId("smsemoa", "zdt1", 2))
                        .orElseThrow()
                        .settings()
                        .get("population"));
        // The last checkpoint measures the final front.
        RunRecord one = records.get(0);
        assertEquals(
                Indicator.HV.of(
                        one.front(),
                        ProblemReference.of(Campaign.problem(one.id().problem()))),
                one.last().value(Indicator.HV));
    }

    @Test
    void theSameRecordsOnAnyNumberOfThreads(@TempDir Path dir) {
        Campaign c = small();
        RunStore one = RunStore.create(dir.resolve("one"), c);
        RunStore three = RunStore.create(dir.resolve("three"), c);
        new LocalEngine(1).run(one, CampaignListener.NONE);
        new LocalEngine(3).run(three, CampaignListener.NONE);
        List<RunRecord> a = one.records();
        List<RunRecord> b = three.records();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).id(), b.get(i).id());
            assertTrue(
                    java.util.Arrays.deepEquals(a.get(i).front(), b.get(i).front()),
                    a.get(i).id().toString());
            assertEquals(withoutTimes(a.get(i)), withoutTimes(b.get(i)));
        }
        ResultsTable.write(a, dir.resolve("one.csv"));
        ResultsTable.write(b, dir.resolve("three.csv"));
        assertEquals(rowsWithoutSeconds(dir.resolve("one.csv")), rowsWithoutSeconds(dir.resolve("three.csv")));
    }

    static List<Object> withoutTimes(RunRecord r) {
        List<Object> out = new ArrayList<>(List.of(r.id(), r.evaluations(), r.generations(), r.settings()));
        for (Checkpoint k : r.checkpoints()) {
            out.add(List.of(k.target(), k.evaluations(), k.values()));
        }
        return out;
    }

    static List<ResultsTable.Row> rowsWithoutSeconds(Path csv) {
        return ResultsTable.read(csv).stream()
                .map(r -> new ResultsTable.Row(
                        r.algorithm(),
                        r.problem(),
                        r.seed(),
                        r.checkpoint(),
                        r.target(),
                        r.evaluations(),
                        0,
                        r.indicator(),
                        r.value()))
                .toList();
    }

    @Test
    void aFailingRunIsRecordedAndTheCampaignGoesOn(@TempDir Path dir) {
        Campaign c = Campaign.builder("failing")
                .algorithm("fails-on-seed-2")
                .algorithm("nsga2")
                .problems("zdt1")
                .seeds(3)
                .evaluations(300)
                .build();
        RunStore store = RunStore.create(dir, c);
        List<RunRecord> seen = new ArrayList<>();
        CampaignOutcome o = new LocalEngine(2).run(store, new CampaignListener() {
            @Override
            public void finished(RunRecord record, int done, int failed) {
                seen.add(record);
            }
        });
        assertEquals(6, o.ran());
        assertEquals(1, o.failed());
        assertEquals(6, seen.size());
        RunRecord failed = store.read(new RunId("fails-on-seed-2", "zdt1", 2)).orElseThrow();
        assertTrue(failed.failed());
        assertEquals("IllegalStateException: boom at seed 2", failed.message());
        assertEquals(0, failed.checkpoints().size());
        assertEquals(5, store.records().stream().filter(r -> !r.failed()).count());
        // The table has the finished runs only: 5 runs x 10 checkpoints x 4 indicators.
        assertEquals(200, ResultsTable.rows(store.records()).size());
        // A rerun runs nothing: failed runs are recorded too.
        assertEquals(0, new LocalEngine(2).run(store, CampaignListener.NONE).ran());
    }

    @Test
    void aFolderKeepsOneCampaign(@TempDir Path dir) {
        RunStore.create(dir, small());
        Campaign other = Campaign.builder("other")
                .algorithm("nsga2")
                .problems("zdt2")
                .seeds(1)
                .evaluations(100)
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunStore.create(dir, other));
        assertTrue(e.getMessage().contains("holds a different campaign"), e.getMessage());
        assertEquals(small(), RunStore.open(dir).campaign());
        assertThrows(IllegalArgumentException.class, () -> RunStore.open(dir.resolve("nothing")));
    }

    @Test
    void aCutRecordIsMovedAsideAndItsRunDoneAgain(@TempDir Path dir) throws Exception {
        Campaign c = Campaign.builder("cut")
                .algorithm("nsga2")
                .problems("zdt1")
                .seeds(2)
                .evaluations(200)
                .build();
        RunStore s = RunStore.create(dir, c);
        new LocalEngine(1).run(s, CampaignListener.NONE);
        Path p = s.path(new RunId("nsga2", "zdt1", 2));
        String whole = Files.readString(p);
        Files.writeString(p, whole.substring(0, whole.length() / 2)); // as after a power failure
        RunStore reopened = RunStore.create(dir, c);
        assertTrue(Files.exists(p.resolveSibling("seed-2.yaml.corrupt")));
        assertFalse(reopened.contains(new RunId("nsga2", "zdt1", 2)));
        assertEquals(1, new LocalEngine(1).run(reopened, CampaignListener.NONE).ran());
        assertEquals(
                withoutTimes(s.read(new RunId("nsga2", "zdt1", 1)).orElseThrow())
                        .size(),
                2 + 10 + 2);
        assertEquals(2, reopened.records().size());
    }

    @Test
    void leftoverTemporaryFilesAreDeletedOnOpen(@TempDir Path dir) throws Exception {
        RunStore s = RunStore.create(dir, small());
        Path temp = s.path(new RunId("nsga2", "zdt1", 1)).resolveSibling(".seed-1.yaml.123.tmp");
        Files.createDirectories(temp.getParent());
        Files.writeString(temp, "half a rec");
        RunStore.create(dir, small());
        assertFalse(Files.exists(temp));
    }
}
