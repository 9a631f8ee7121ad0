package org.mo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    private static final String FRONT = "# x y\n0 1\n1 0\n0.5 0.5\n0.6 0.6\n";

    @TempDir
    Path dir;

    /** A failed run: exit code 2, nothing on stdout, exactly one line on stderr, no stack trace. */
    private static String usageError(CliRun r) {
        assertEquals(2, r.exit(), () -> "exit code; stderr: " + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), () -> "one line expected:\n" + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        return r.err().strip();
    }

    @Test
    void hvReadsStandardInputAndPrintsSeventeenDigits() {
        // Strips of [0,2]^2: y in [1,2) covered for x >= 0 (2), y in [.5,1) for x >= .5 (.75),
        // y in [0,.5) for x >= 1 (.5); (0.6,0.6) is dominated.
        CliRun r = CliRun.of(FRONT, "hv", "--ref", "2,2");
        assertEquals(0, r.exit(), r.err());
        assertEquals("3.25\n", r.out());
        CliRun third = CliRun.of("0.1 0.2\n", "hv", "--ref", "1,1");
        // %.17g of (1 - 0.1)(1 - 0.2) with each difference rounded to double, as moocore's 2D sweep
        // computes it; the exact volume of the double inputs rounds to 0.71999999999999997, one ulp
        // lower (the 2D sweep guarantees a few ulps, not correct rounding).
        assertEquals("0.72000000000000008\n", third.out());
    }

    @Test
    void hvRunsANamedAlgorithmAndRejectsOneThatDoesNotFit() {
        String front = "0.2 0.6 0.4 0.5 0.3\n0.5 0.1 0.7 0.2 0.6\n0.3 0.3 0.3 0.9 0.1\n";
        String dispatched = CliRun.of(front, "hv", "--ref", "1,1,1,1,1").out();
        for (String name : new String[] {"QHV_II", "wfg", "Dimension_Sweep"}) {
            CliRun r = CliRun.of(front, "hv", "--ref", "1,1,1,1,1", "--algorithm", name);
            assertEquals(0, r.exit(), name);
            assertEquals(Double.parseDouble(dispatched), Double.parseDouble(r.out()), 1e-15, name);
        }
        assertEquals(
                "mo4j hv: algorithm HV4D_PLUS needs d = 4, but ref has 5 objectives",
                usageError(CliRun.of(front, "hv", "--ref", "1,1,1,1,1", "--algorithm", "HV4D_PLUS")));
        assertTrue(usageError(CliRun.of(front, "hv", "--ref", "1,1,1,1,1", "--algorithm", "HBDA"))
                .startsWith("mo4j hv: Invalid value for option '--algorithm'"));
    }

    @Test
    void hvOfNoPointsInsideTheBoxIsZero() {
        assertEquals("0\n", CliRun.of("3 3\n2 0\n", "hv", "--ref", "2,2").out());
        assertEquals("0\n", CliRun.of("# empty\n", "hv", "--ref", "2,2").out());
    }

    @Test
    void hvcPrintsOneContributionPerInputLine() {
        // (0,1): only it covers [0,0.5)x[1,2): 0.5; (1,0): [1,2)x[0,0.5): 0.5. Removing (0.5,0.5)
        // uncovers [0.5,1)^2 except what the dominated (0.6,0.6) then covers, [0.6,1)^2:
        // 0.25 - 0.16 = 0.09. (0.6,0.6) itself is dominated: 0.
        CliRun r = CliRun.of(FRONT, "hvc", "--ref", "2,2");
        assertEquals(0, r.exit(), r.err());
        double[] c = r.out().lines().mapToDouble(Double::parseDouble).toArray();
        assertEquals(4, c.length, r.out());
        assertEquals(0.5, c[0], 1e-15);
        assertEquals(0.5, c[1], 1e-15);
        assertEquals(0.09, c[2], 1e-15);
        assertEquals(0.0, c[3], 0.0);
    }

    @Test
    void ndsPrintsRanksInInputOrder() {
        CliRun r = CliRun.of("2 2\n0 1\n1 1\n1 0\n1 1\n3 3\n", "nds");
        assertEquals(0, r.exit(), r.err());
        assertEquals("2\n0\n1\n0\n1\n3\n", r.out());
    }

    @Test
    void outputLongerThanOneBlockIsWrittenWhole() {
        // 30,000 points: nds and hvc print far more than the 64 Ki characters of one output block.
        java.util.SplittableRandom random = new java.util.SplittableRandom(16);
        StringBuilder in = new StringBuilder();
        double[][] points = new double[30_000][];
        for (int i = 0; i < points.length; i++) {
            double x = random.nextDouble();
            points[i] = new double[] {x, 1 - Math.sqrt(x) + 0.01 * random.nextDouble()};
            in.append(points[i][0]).append(' ').append(points[i][1]).append('\n');
        }
        CliRun nds = CliRun.of(in.toString(), "nds");
        assertEquals(0, nds.exit(), nds.err());
        StringBuilder ranks = new StringBuilder();
        for (int r : org.mo4j.core.sorting.NonDominatedSorting.ranks(points)) {
            ranks.append(r).append('\n');
        }
        assertEquals(ranks.toString(), nds.out());
        CliRun hvc = CliRun.of(in.toString(), "hvc", "--ref", "2,2");
        assertEquals(0, hvc.exit(), hvc.err());
        StringBuilder contributions = new StringBuilder();
        for (double c : org.mo4j.core.hypervolume.Hypervolume.contributions(points, new double[] {2, 2})) {
            contributions.append(org.mo4j.core.io.FrontText.significant17(c)).append('\n');
        }
        assertEquals(contributions.toString(), hvc.out());
    }

    @Test
    void igdAndIgdPlusAgainstATrueFrontFile() throws Exception {
        Path truth = Files.writeString(dir.resolve("true.txt"), "0 1\n1 0\n");
        // Approximation {(0,1), (1,1)}: distances from the true points: (0,1) -> 0; (1,0) -> 1 to (1,1).
        CliRun igd = CliRun.of("0 1\n1 1\n", "igd", "--front", truth.toString());
        assertEquals(0, igd.exit(), igd.err());
        assertEquals("0.5\n", igd.out());
        // IGD+ counts only where a point is worse: for true (0,1) the point (0,1) gives 0; for true
        // (1,0), (1,1) is worse by (0,1) and (0,1) by (0,1): 1 either way. Mean 0.5.
        CliRun plus = CliRun.of("0 1\n1 1\n", "igd", "--plus", "--front", truth.toString());
        assertEquals("0.5\n", plus.out());
        CliRun better = CliRun.of("0 0.5\n", "igd", "--plus", "--front", truth.toString());
        // (0,0.5) dominates (0,1): d+ = 0; vs (1,0): excess (0, 0.5) -> 0.5; mean 0.25.
        assertEquals("0.25\n", better.out());
    }

    @Test
    void helpIsAvailableEverywhere() {
        for (String cmd : new String[] {"hv", "hvc", "nds", "igd"}) {
            CliRun r = CliRun.of("", cmd, "--help");
            assertEquals(0, r.exit());
            assertTrue(r.out().contains("Usage: mo4j " + cmd), r.out());
        }
        CliRun top = CliRun.of("", "--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().contains("hvc") && top.out().contains("notebook"), top.out());
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "hv  | --ref=1,1   | 0 1\\n0.5 NaN\\n | mo4j hv: <stdin>: line 2: value 2 'NaN' is not finite; values must be finite numbers",
                "hv  | --ref=1,1   | 0 1\\n0.5 inf\\n | mo4j hv: <stdin>: line 2: value 2 'inf' is not finite; values must be finite numbers",
                "hv  | --ref=1,1   | 0 1\\n0.5 0.5 0\\n | mo4j hv: <stdin>: line 2: 3 values, but --ref has 2 (dimension mismatch)",
                "hv  | --ref=1,1,1 | 0 1\\n | mo4j hv: <stdin>: line 1: 2 values, but --ref has 3 (dimension mismatch)",
                "hv  | --ref=1,1   | 0 x\\n | mo4j hv: <stdin>: line 1: value 2 'x' is not a number",
                "hv  | --ref=1,NaN | 0 1\\n | mo4j hv: --ref: value 2 'NaN' is not finite; values must be finite numbers",
                "hvc | --ref=1,z   | 0 1\\n | mo4j hvc: --ref: value 2 'z' is not a number",
                "hvc | --ref=1,1   | 0 1\\n1\\n | mo4j hvc: <stdin>: line 2: 1 values, but --ref has 2 (dimension mismatch)",
                "hvc | --ref=1,1   | 0 1\\n1 -Infinity\\n | mo4j hvc: <stdin>: line 2: value 2 '-Infinity' is not finite; values must be finite numbers",
                "nds | --         | 0 1\\n1 2 3\\n | mo4j nds: <stdin>: line 2: 3 values, but line 1 has 2 (dimension mismatch)",
                "nds | --         | 0 1\\nNaN 2\\n | mo4j nds: <stdin>: line 2: value 1 'NaN' is not finite; values must be finite numbers",
                "nds | --         | 0 1\\n1 two\\n | mo4j nds: <stdin>: line 2: value 2 'two' is not a number",
            })
    void badInputNamesTheLineAndExitsWithTwo(String cmd, String option, String stdin, String message) {
        String[] args = option.equals("--") ? new String[] {cmd} : new String[] {cmd, option};
        assertEquals(message, usageError(CliRun.of(stdin.replace("\\n", "\n"), args)));
    }

    @Test
    void missingOrBadOptionsAreOneLineUsageErrors() {
        assertTrue(
                usageError(CliRun.of("0 1\n", "hv")).startsWith("mo4j hv: Missing required option: '--ref=r1,...,rd'"));
        assertTrue(usageError(CliRun.of("0 1\n", "hvc")).startsWith("mo4j hvc: Missing required option"));
        assertTrue(
                usageError(CliRun.of("0 1\n", "igd")).startsWith("mo4j igd: Missing required option: '--front=TRUE'"));
        assertTrue(usageError(CliRun.of("", "nds", "--bogus")).startsWith("mo4j nds: Unknown option: '--bogus'"));
        assertTrue(usageError(CliRun.of("", "frobnicate")).startsWith("mo4j: Unmatched argument"));
        assertTrue(usageError(CliRun.of("")).startsWith("mo4j: missing command"));
        assertEquals(
                "mo4j hv: --ref must list at least one number, was ''", usageError(CliRun.of("", "hv", "--ref", "")));
    }

    @Test
    void unreadableFilesAreNamed() {
        String missing = dir.resolve("nope.txt").toString();
        for (String[] args : new String[][] {
            {"hv", "--ref", "1,1", missing},
            {"hvc", "--ref", "1,1", missing},
            {"nds", missing},
            {"igd", "--front", missing}
        }) {
            assertEquals(
                    "mo4j " + args[0] + ": cannot read " + missing + ": no such file", usageError(CliRun.of("", args)));
        }
    }

    @Test
    void igdBadInputs() throws Exception {
        Path truth = Files.writeString(dir.resolve("true.txt"), "0 1\n1 0\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing\n");
        assertEquals(
                "mo4j igd: <stdin>: line 1: 3 values, but --front " + truth + " has 2 (dimension mismatch)",
                usageError(CliRun.of("0 1 2\n", "igd", "--front", truth.toString())));
        assertEquals(
                "mo4j igd: --front " + empty + ": contains no points",
                usageError(CliRun.of("0 1\n", "igd", "--front", empty.toString())));
        assertTrue(usageError(CliRun.of("", "igd", "--front", truth.toString())).startsWith("mo4j igd: "));
        Path bad = Files.writeString(dir.resolve("bad.txt"), "0 1\n1 NaN\n");
        assertEquals(
                "mo4j igd: " + bad + ": line 2: value 2 'NaN' is not finite; values must be finite numbers",
                usageError(CliRun.of("0 1\n", "igd", "--front", bad.toString())));
        assertEquals(
                "mo4j igd: --front and FILE cannot both be standard input",
                usageError(CliRun.of("0 1\n", "igd", "--front", "-")));
    }
}
