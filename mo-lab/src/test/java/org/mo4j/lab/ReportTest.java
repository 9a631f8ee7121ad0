package org.mo4j.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    /** A record with the given final hv and igd+ values and a two-point front. */
    static RunRecord record(String label, String problem, long seed, double hv, double igd) {
        Map<Indicator, Double> v = new LinkedHashMap<>();
        v.put(Indicator.HV, hv);
        v.put(Indicator.IGD_PLUS, igd);
        return new RunRecord(
                new RunId(label, problem, seed),
                label,
                false,
                "",
                100,
                4,
                0.01,
                0.02,
                Map.of("seed", Long.toString(seed)),
                "test",
                List.of(new Checkpoint(100, 100, 0.01, v)),
                new double[][] {{0.1 * seed, 1 - 0.1 * seed}, {0.5, 0.5 + hv}});
    }

    @Test
    void markersBoldAndRanksFollowTheData(@TempDir Path dir) throws Exception {
        Campaign c = Campaign.builder("synthetic")
                .algorithm("nsga2")
                .algorithm("nsga3")
                .algorithm("smsemoa")
                .problems("zdt1", "zdt2")
                .seeds(11)
                .evaluations(100)
                .indicators(Indicator.HV, Indicator.IGD_PLUS)
                .checkpoints(1)
                .build();
        RunStore store = RunStore.create(dir, c);
        for (String p : c.problems()) {
            for (long s = 1; s <= 11; s++) {
                // smsemoa clearly better on both (higher hv, lower igd+); nsga3 like the baseline.
                store.write(record("nsga2", p, s, 0.10 + 0.001 * s, 0.50 + 0.001 * s));
                store.write(
                        record("nsga3", p, s, 0.10 + 0.001 * ((s * 7) % 11 + 1), 0.50 + 0.001 * ((s * 3) % 11 + 1)));
                store.write(record("smsemoa", p, s, 0.60 + 0.001 * s, 0.05 + 0.001 * s));
            }
        }
        Report.Written w = Report.write(store, true);
        String md = Files.readString(w.markdown());
        // smsemoa is best in every row, in bold, and significantly better than the baseline.
        assertTrue(
                md.contains(
                        "| zdt1 | 1.0600e-01 (5.0000e-03) | 1.0600e-01 (5.0000e-03) ≈ | **6.0600e-01 (5.0000e-03)** + |"),
                md);
        assertTrue(
                md.contains(
                        "| zdt2 | 1.0600e-01 (5.0000e-03) | 1.0600e-01 (5.0000e-03) ≈ | **6.0600e-01 (5.0000e-03)** + |"),
                md);
        // igd+: lower is better, so smsemoa's smaller values are the '+' (and A12 0: always smaller)
        assertTrue(
                md.contains(
                        "| zdt2 | 5.0600e-01 (5.0000e-03) | 5.0600e-01 (5.0000e-03) ≈ | **5.6000e-02 (5.0000e-03)** + |"),
                md);
        assertTrue(md.contains("0.000 (large; p = "), md);
        assertTrue(md.contains("| +/−/≈ | | 0/0/2 | 2/0/0 |"), md);
        // Friedman: smsemoa rank 1 on both problems; the others tie at 2.5.
        assertTrue(md.contains("| 2.50 | 2.50 | 1.00 |"), md);
        assertTrue(md.contains("1.000 (large; p = "), md);
        String html = Files.readString(w.html());
        assertTrue(html.contains("data:image/png;base64,"));
        assertFalse(html.contains("src=\"http"), "no external assets");
        assertFalse(html.contains("<link"), "no external stylesheets");
        assertTrue(html.contains("<b>6.0600e-01 (5.0000e-03)</b> +"));
        String tex = Files.readString(w.latex());
        assertTrue(tex.contains("\\textbf{6.0600e-01 (5.0000e-03)} $+$"), tex);
        // box plots, two anytime curves, and the attainment surface for each 2-objective problem
        assertEquals(8, w.plots().size());
        for (Path png : w.plots()) {
            assertNotNull(ImageIO.read(png.toFile()), png.toString());
        }
        assertEquals(2 * 33 * 2, ResultsTable.read(w.csv()).size());
    }

    @Test
    void aRealCampaignReports(@TempDir Path dir) throws Exception {
        RunStore store = RunStore.create(dir, LocalEngineTest.small());
        new LocalEngine(2).run(store, CampaignListener.NONE);
        Report.Written w = Report.write(store, false);
        assertEquals(null, w.latex());
        String md = Files.readString(w.markdown());
        for (Indicator i : Indicator.values()) {
            assertTrue(md.contains("## " + i.key()), i.key());
        }
        // 2 problems: boxes + 2 anytime; the 2-objective one has an attainment plot too.
        assertEquals(7, w.plots().size());
        assertTrue(Files.exists(dir.resolve("plots/dtlz2_3-boxes.png")));
        assertTrue(Files.exists(dir.resolve("plots/zdt1-attainment.png")));
    }

    @Test
    void nothingToReport(@TempDir Path dir) {
        RunStore store = RunStore.create(dir, LocalEngineTest.small());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Report.write(store, false));
        assertTrue(e.getMessage().contains("no finished run"), e.getMessage());
    }
}
