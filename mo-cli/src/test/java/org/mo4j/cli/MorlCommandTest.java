package org.mo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MorlCommandTest {

    @TempDir
    Path dir;

    private static final String[] SMALL = {
        "--set",
        "initial-steps=1024",
        "--set",
        "rollout-steps=32",
        "--set",
        "envs=4",
        "--set",
        "update-iter=2",
        "--set",
        "delta=0.5",
        "--set",
        "select=2",
        "--quiet"
    };

    private static String[] args(String... head) {
        String[] out = new String[head.length + SMALL.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(SMALL, 0, out, head.length, SMALL.length);
        return out;
    }

    @Test
    void aRunReportsHypervolumeUtilitySparsityAndTheRatioToAKnownFront() throws Exception {
        Path out = dir.resolve("archive.txt");
        CliRun r = CliRun.of(
                "", args("morl", "--env", "dst", "--algorithm", "c-morl", "--steps", "3072", "--out", out.toString()));
        assertEquals(0, r.exit(), r.err());
        for (String key : new String[] {
            "environment: dst (2 objectives, maximised)",
            "algorithm: C-MORL (seed 1)",
            "policies: ",
            "hv: ",
            "hv ratio: ",
            "eu: ",
            "sparsity: ",
            "archive written to: "
        }) {
            assertTrue(r.out().contains(key), key + " missing from:\n" + r.out());
        }
        int policies = Integer.parseInt(r.out()
                .lines()
                .filter(l -> l.startsWith("policies: "))
                .findFirst()
                .orElseThrow()
                .substring(10)
                .strip());
        assertEquals(
                policies,
                Files.readAllLines(out).stream().filter(l -> !l.isBlank()).count());
        CliRun threads = CliRun.of(
                "", args("morl", "--env", "dst", "--algorithm", "c-morl", "--steps", "3072", "--threads", "2"));
        assertEquals(hv(r.out()), hv(threads.out()), "the same seed on two threads");
    }

    @Test
    void theBaselineRunsOnAnEnvironmentWithoutAKnownFront() {
        CliRun r = CliRun.of("", args("morl", "--env", "minecart", "--algorithm", "scalarised", "--steps", "1024"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("hv ratio: n/a (no known front)"), r.out());
        assertTrue(r.out().contains("algorithm: Scalarised PPO"), r.out());
    }

    @Test
    void badOptionsAreOneLineUsageErrors() {
        String[][] bad = {
            {"morl", "--env", "dts", "--algorithm", "c-morl"},
            {"morl", "--env", "dst", "--algorithm", "envelope"},
            {"morl", "--env", "dst", "--algorithm", "c-morl", "--steps", "0"},
            {"morl", "--env", "dst", "--algorithm", "c-morl", "--threads", "0"},
            {"morl", "--env", "dst", "--algorithm", "c-morl", "--set", "barrier=lagrangian"},
            {"morl", "--env", "dst", "--algorithm", "c-morl", "--set", "seed=4"},
            {"morl", "--env", "dst", "--algorithm", "c-morl", "--steps", "10"},
            {"morl", "--algorithm", "c-morl"}
        };
        for (String[] a : bad) {
            CliRun r = CliRun.of("", a);
            assertEquals(2, r.exit(), String.join(" ", a) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("mo4j morl: "), r.err());
        }
    }

    private static String hv(String out) {
        return out.lines().filter(l -> l.startsWith("hv: ")).findFirst().orElseThrow();
    }
}
