package org.mo4j.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignFileTest {

    static final String SAMPLE = """
            name: sample
            algorithms:
              - nsga2
              - {algorithm: nsga3, label: nsga3-d12, settings: {divisions: 12}}
              - smsemoa
            problems: [zdt1, dtlz2:3]
            seeds: 3
            evaluations: 1000
            indicators: [hv, igd+]
            checkpoints: 4
            baseline: smsemoa
            """;

    @Test
    void readsEveryKey() {
        Campaign c = CampaignFile.parse("x", SAMPLE);
        assertEquals("sample", c.name());
        assertEquals(List.of("nsga2", "nsga3-d12", "smsemoa"), c.labels());
        assertEquals(Map.of("divisions", "12"), c.algorithm("nsga3-d12").settings());
        assertEquals("nsga3", c.algorithm("nsga3-d12").algorithm());
        assertEquals(List.of("zdt1", "dtlz2:3"), c.problems());
        assertEquals(List.of(1L, 2L, 3L), c.seeds());
        assertEquals(1000, c.budget().evaluations());
        assertEquals(List.of(Indicator.HV, Indicator.IGD_PLUS), c.indicators());
        assertEquals(4, c.checkpoints());
        assertEquals("smsemoa", c.baseline());
        assertEquals(18, c.size());
        assertEquals(18, c.runs().size());
    }

    @Test
    void defaultsAndJson() {
        Campaign c = CampaignFile.parse(
                "fromjson",
                "{\"algorithms\": [\"nsga2\"], \"problems\": [\"zdt1\"], \"seeds\": [5, 9], \"time\": \"2s\"}");
        assertEquals("fromjson", c.name());
        assertEquals(List.of(5L, 9L), c.seeds());
        assertEquals(Duration.ofSeconds(2), c.budget().time());
        assertEquals(Campaign.DEFAULT_INDICATORS, c.indicators());
        assertEquals(10, c.checkpoints());
        assertEquals("nsga2", c.baseline());
    }

    @Test
    void roundTripsThroughItsYaml(@TempDir Path dir) {
        Campaign c = CampaignFile.parse("x", SAMPLE);
        Path f = dir.resolve("c.yaml");
        CampaignFile.write(c, f);
        assertEquals(c, CampaignFile.read(f));
    }

    @Test
    void badFilesNameTheKeyAndTheProblem(@TempDir Path dir) throws Exception {
        assertMessage("key 'colour': unknown", SAMPLE + "colour: red\n");
        assertMessage("key 'seeds': must be an integer, was 'many'", SAMPLE.replace("seeds: 3", "seeds: many"));
        assertMessage("key 'seeds': must be a count in 1..100000", SAMPLE.replace("seeds: 3", "seeds: 0"));
        assertMessage("key 'algorithms[0]': unknown algorithm 'nsga9'", SAMPLE.replace("- nsga2", "- nsga9"));
        assertMessage(
                "key 'algorithms[1]': settings of nsga3-d12: unknown setting 'divs'",
                SAMPLE.replace("divisions: 12", "divs: 12"));
        assertMessage("key 'problems[1]': unknown problem 'dtlz99'", SAMPLE.replace("dtlz2:3", "dtlz99:3"));
        assertMessage("key 'evaluations': missing", SAMPLE.replace("evaluations: 1000\n", ""));
        assertMessage("key 'indicators[1]': unknown indicator 'igd++'", SAMPLE.replace("igd+]", "igd++]"));
        assertMessage("key 'time': must be a duration", SAMPLE + "time: soon\n");
        assertMessage(
                "baseline 'moead' is not an algorithm label", SAMPLE.replace("baseline: smsemoa", "baseline: moead"));
        assertMessage("line 2: not valid YAML or JSON", "name: [x\nalgorithms: :\n");
        assertMessage("must be a mapping", "- just\n- a list\n");
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, SAMPLE.replace("seeds: 3", "seeds: x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CampaignFile.read(f));
        assertTrue(e.getMessage().startsWith(f + ": key 'seeds'"), e.getMessage());
    }

    private static void assertMessage(String expected, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CampaignFile.parse("t", text));
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), () -> "one line: " + e.getMessage());
    }
}
