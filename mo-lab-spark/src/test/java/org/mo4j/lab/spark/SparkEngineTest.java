package org.mo4j.lab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mo4j.lab.AlgorithmSetup;
import org.mo4j.lab.Campaign;
import org.mo4j.lab.CampaignEngine;
import org.mo4j.lab.CampaignListener;
import org.mo4j.lab.CampaignOutcome;
import org.mo4j.lab.LocalEngine;
import org.mo4j.lab.ResultsTable;
import org.mo4j.lab.RunRecord;
import org.mo4j.lab.RunStore;

class SparkEngineTest {

    static Campaign campaign() {
        return Campaign.builder("spark")
                .algorithm("nsga2")
                .algorithm(new AlgorithmSetup("smsemoa", "smsemoa", Map.of("population", "20")))
                .problems("zdt1", "dtlz2:3")
                .seeds(3)
                .evaluations(500)
                .checkpoints(4)
                .build();
    }

    static List<ResultsTable.Row> withoutSeconds(List<RunRecord> records) {
        return ResultsTable.rows(records).stream()
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
    void local2GivesTheLocalEnginesRowsAndFronts(@TempDir Path dir) {
        RunStore local = RunStore.create(dir.resolve("local"), campaign());
        new LocalEngine(2).run(local, CampaignListener.NONE);
        RunStore spark = RunStore.create(dir.resolve("spark"), campaign());
        CampaignEngine engine = CampaignEngine.named("spark");
        CampaignOutcome o = engine.run(spark, CampaignListener.NONE, Map.of("master", "local[2]"));
        assertEquals(12, o.ran());
        assertEquals(0, o.failed());
        List<RunRecord> a = local.records();
        List<RunRecord> b = spark.records();
        assertEquals(12, b.size());
        assertEquals(withoutSeconds(a), withoutSeconds(b));
        for (int i = 0; i < a.size(); i++) {
            assertTrue(
                    java.util.Arrays.deepEquals(a.get(i).front(), b.get(i).front()),
                    a.get(i).id().toString());
        }
        // A rerun on Spark runs nothing: the store is shared with the local engine's format.
        assertEquals(
                0,
                engine.run(spark, CampaignListener.NONE, Map.of("master", "local[2]"))
                        .ran());
    }
}
