package org.mo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mo4j.core.io.FrontText;

class RunCommandTest {

    @TempDir
    Path dir;

    private static double field(String out, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ": (\\S+)").matcher(out);
        assertTrue(m.find(), "no '" + key + ":' line in\n" + out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void nsga2OnZdt1ReportsHypervolumeRatioAndIgdPlusAndWritesTheFront() throws IOException {
        Path front = dir.resolve("front.txt");
        CliRun r = CliRun.of(
                "",
                "run",
                "--algorithm",
                "nsga2",
                "--problem",
                "zdt1",
                "--evaluations",
                "10000",
                "--seed",
                "3",
                "--out",
                front.toString());
        assertEquals(0, r.exit(), r.err());
        double ratio = field(r.out(), "hv ratio");
        assertTrue(ratio > 0.9 && ratio <= 1.0, "hv ratio " + ratio);
        double igdPlus = field(r.out(), "igd+");
        assertTrue(igdPlus > 0 && igdPlus < 0.05, "igd+ " + igdPlus);
        assertTrue(r.out().contains("evaluations: 10000 "), r.out());
        double[][] written = FrontText.read(front);
        assertEquals((int) field(r.out(), "front"), written.length);
        // Progress: one line per tenth of the budget on standard error, ending at 100%.
        assertTrue(r.err().contains("NSGA-II on ZDT1: 100%"), r.err());
        assertEquals(10, r.err().lines().filter(l -> l.contains("%")).count(), r.err());
    }

    @Test
    void theSameSeedGivesTheSameFrontForAnyNumberOfThreads() throws IOException {
        Path one = dir.resolve("one.txt");
        Path four = dir.resolve("four.txt");
        Path again = dir.resolve("again.txt");
        Path other = dir.resolve("other.txt");
        for (String[] run : new String[][] {
            {"1", "7", one.toString()},
            {"4", "7", four.toString()},
            {"1", "7", again.toString()},
            {"1", "8", other.toString()}
        }) {
            CliRun r = CliRun.of(
                    "",
                    "run",
                    "--algorithm",
                    "nsga3",
                    "--problem",
                    "dtlz2:3",
                    "--evaluations",
                    "3000",
                    "--threads",
                    run[0],
                    "--seed",
                    run[1],
                    "--out",
                    run[2],
                    "--quiet");
            assertEquals(0, r.exit(), r.err());
            assertEquals("", r.err());
        }
        assertEquals(Files.readString(one), Files.readString(four));
        assertEquals(Files.readString(one), Files.readString(again));
        assertTrue(!Files.readString(one).equals(Files.readString(other)), "a different seed should differ");
    }

    @Test
    void smsEmoaDrawsThePlot() throws IOException {
        Path png = dir.resolve("plots/zdt2.png");
        CliRun r = CliRun.of(
                "",
                "run",
                "--algorithm",
                "SMS-EMOA",
                "--problem",
                "zdt2",
                "--evaluations",
                "2000",
                "--quiet",
                "--plot",
                png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("plot written to: " + png), r.out());
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 0);
    }

    @Test
    void aProblemWithoutAnalyticFrontReportsHypervolumeOnly() {
        CliRun r =
                CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "re21", "--evaluations", "1000", "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(field(r.out(), "hv") > 0, r.out());
        assertTrue(r.out().contains("hv ratio: n/a (no analytic true front)"), r.out());
    }

    @Test
    void badOptionsGetOneLineAndExitCode2() {
        CliRun r = CliRun.of("", "run", "--algorithm", "nsga4", "--problem", "zdt1");
        assertEquals(2, r.exit());
        // the list is the registry's: mo4j's and this module's test provider
        assertTrue(
                r.err()
                        .contains(
                                "unknown algorithm 'nsga4' (choose agemoea, emoea, gde3, ibea, moead, moead-de, nsga2, nsga3, psl-mobo, random-search, rvea, smpso, smsemoa, spea2 or svh-psl)"),
                r.err());
        r = CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "zdt9");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("mo4j run: ") && r.err().contains("zdt1"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        r = CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "zdt1", "--evaluations", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--evaluations must be >= 1, was 0"), r.err());
        r = CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "zdt1", "--threads", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--threads must be >= 1, was 0"), r.err());
        r = CliRun.of("", "run", "--problem", "zdt1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--algorithm"), r.err());
    }

    @Test
    void pslMoboReportsTheLogHypervolumeDifferenceAndTheWallTimeWithProfilesAndBatchOptions() {
        CliRun r = CliRun.of(
                "",
                "run",
                "--algorithm",
                "psl-mobo",
                "--problem",
                "vlmop2",
                "--evaluations",
                "16",
                "--profile",
                "original",
                "--initial",
                "12",
                "--batch",
                "2",
                "--set",
                "steps=20",
                "--set",
                "candidates=50",
                "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("evaluations: 16 (2 generations"), r.out());
        double lhd = field(r.out(), "log hv difference");
        assertTrue(lhd < 0 && lhd > -10, "lhd " + lhd);
        assertTrue(field(r.out(), "wall time") > 0, r.out());
    }

    @Test
    void badProfileBatchAndInitialOptionsGetOneLineAndExitCode2() {
        CliRun r = CliRun.of("", "run", "--algorithm", "psl-mobo", "--problem", "zdt1", "--profile", "fast");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("psl-mobo has no profile 'fast' (choose code, original)"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        r = CliRun.of("", "run", "--algorithm", "nsga2", "--problem", "zdt1", "--batch", "5");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--batch: nsga2 has no batch setting"), r.err());
        r = CliRun.of("", "run", "--algorithm", "svh-psl", "--problem", "zdt1", "--initial", "1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("initial") && r.err().contains("1"), r.err());
        r = CliRun.of("", "run", "--algorithm", "svh-psl", "--problem", "zdt1", "--evaluations", "10");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("must cover the initial design of 20 points"), r.err());
        r = CliRun.of("", "run", "--algorithm", "svh-psl", "--problem", "zdt1", "--set", "batch=3", "--batch", "4");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not both"), r.err());
    }
}
