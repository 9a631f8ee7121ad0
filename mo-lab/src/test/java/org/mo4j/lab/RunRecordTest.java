package org.mo4j.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RunRecordTest {

    static RunRecord withValues(double[] values, String message, Map<String, String> settings) {
        Map<Indicator, Double> v = new LinkedHashMap<>();
        Indicator[] all = Indicator.values();
        for (int i = 0; i < all.length; i++) {
            v.put(all[i], values[i % values.length]);
        }
        double[][] front = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            front[i] = new double[] {values[i], values[(i + 1) % values.length], -values[i]};
        }
        return new RunRecord(
                new RunId("label-1.x_y", "dtlz2:3:12", -7),
                "nsga3",
                !message.isEmpty(),
                message,
                25_000,
                271,
                values[0],
                values[values.length - 1],
                settings,
                "0.1.0-SNAPSHOT",
                List.of(new Checkpoint(2500, 2576, 0.5, v), new Checkpoint(values[0], 25_000, 1.5, v)),
                front);
    }

    /** Bit-identical, except that every NaN is one NaN (Java has no NaN payloads to keep). */
    static void assertRoundTrips(RunRecord r) {
        RunRecord back = RunRecord.fromMap(Yaml.load("test", r.toYaml()));
        assertEquals(r.id(), back.id());
        assertEquals(r.algorithm(), back.algorithm());
        assertEquals(r.failed(), back.failed());
        assertEquals(r.message(), back.message());
        assertEquals(r.settings(), back.settings());
        assertEquals(r.version(), back.version());
        assertEquals(Double.doubleToLongBits(r.runSeconds()), Double.doubleToLongBits(back.runSeconds()));
        assertEquals(r.checkpoints().size(), back.checkpoints().size());
        for (int k = 0; k < r.checkpoints().size(); k++) {
            Checkpoint a = r.checkpoints().get(k);
            Checkpoint b = back.checkpoints().get(k);
            assertEquals(Double.doubleToLongBits(a.target()), Double.doubleToLongBits(b.target()));
            assertEquals(a.evaluations(), b.evaluations());
            for (Indicator i : Indicator.values()) {
                assertEquals(Double.doubleToLongBits(a.value(i)), Double.doubleToLongBits(b.value(i)), i.key());
            }
        }
        assertEquals(r.front().length, back.front().length);
        for (int i = 0; i < r.front().length; i++) {
            for (int j = 0; j < r.front()[i].length; j++) {
                assertEquals(
                        Double.doubleToLongBits(r.front()[i][j]),
                        Double.doubleToLongBits(back.front()[i][j]),
                        "front[" + i + "][" + j + "] = " + r.front()[i][j]);
            }
        }
    }

    @Test
    void awkwardNumbersAndTextReadBackExactly() {
        double[] values = {
            0.0,
            -0.0,
            1e-300,
            1.0E-5,
            123456789.123,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            0.1 + 0.2,
            1e22,
            100.0
        };
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("crossover.eta", "20");
        settings.put("weird: key", "yes");
        settings.put("no", "010");
        settings.put("quote\"s", "back\\slash\nnew line\ttab \u0001 é ✓ 😀");
        assertRoundTrips(withValues(values, "", settings));
        assertRoundTrips(withValues(values, "IllegalStateException: boom: \"x\" # not a comment", Map.of()));
    }

    @Test
    void emptyFrontsAndCheckpoints() {
        RunRecord failed = new RunRecord(
                new RunId("a", "zdt1", 1),
                "a",
                true,
                "X",
                0,
                0,
                0,
                0.1,
                Map.of("seed", "1"),
                "v",
                List.of(),
                new double[0][]);
        assertRoundTrips(failed);
        assertTrue(failed.toYaml().contains("checkpoints: []\nfront: []\n"));
    }

    @Property(tries = 200)
    void anyDoubleReadsBackBitIdentical(@ForAll double a, @ForAll double b, @ForAll String text) {
        assertRoundTrips(withValues(new double[] {a, b}, "", Map.of("t", text.replace('\uFEFF', ' '))));
    }
}
