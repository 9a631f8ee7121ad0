package org.mo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignCommandTest {

    static final String CAMPAIGN = """
            name: cli
            algorithms: [nsga2, {algorithm: smsemoa, settings: {population: 20}}]
            problems: [zdt1]
            seeds: 2
            evaluations: 400
            checkpoints: 2
            """;

    @Test
    void runsReportsAndResumes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cli.yaml");
        Files.writeString(file, CAMPAIGN);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("", "campaign", file.toString(), "--threads", "2", "--out", out.toString(), "--latex");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("campaign: cli\n"), r.out());
        assertTrue(r.out().contains("runs: 4 (4 run now, 0 stored before, 0 failed now)"), r.out());
        assertTrue(r.out().contains("runner overhead"), r.out());
        // Progress as lines (no terminal here): done, failed and the time left.
        assertTrue(r.err().contains("cli: 4 runs, 0 already stored, 4 to run"), r.err());
        assertTrue(r.err().contains("cli: 4/4 runs (0 failed)"), r.err());
        assertTrue(r.err().contains("left;"), r.err());
        for (String f : new String[] {"report.md", "report.html", "report.tex", "results.csv", "campaign.yaml"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        byte[] record = Files.readAllBytes(out.resolve("runs/nsga2/zdt1/seed-1.yaml"));
        CliRun again = CliRun.of("", "experiment", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("runs: 4 (0 run now, 4 stored before, 0 failed now)"), again.out());
        assertEquals("", again.err());
        assertEquals(new String(record), Files.readString(out.resolve("runs/nsga2/zdt1/seed-1.yaml")));
        CliRun report = CliRun.of("", "report", out.toString());
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("html: " + out.resolve("report.html")), report.out());
        assertTrue(report.out().contains("plots: 4 in"), report.out());
    }

    @Test
    void aCampaignByOptions(@TempDir Path dir) {
        Path out = dir.resolve("flags");
        CliRun r = CliRun.of(
                "",
                "campaign",
                "--algorithms",
                "nsga2,smsemoa",
                "--problems",
                "zdt1",
                "--seeds",
                "2",
                "--evaluations",
                "300",
                "--out",
                out.toString(),
                "--no-report",
                "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("campaign: flags\n"), r.out());
        assertTrue(r.out().contains("runs: 4 (4 run now"), r.out());
        assertTrue(Files.exists(out.resolve("runs/smsemoa/zdt1/seed-2.yaml")));
        CliRun missing = CliRun.of("", "campaign", "--algorithms", "nsga2", "--problems", "zdt1");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("missing FILE, or --seeds"), missing.err());
        CliRun unknown = CliRun.of(
                "",
                "campaign",
                "--algorithms",
                "nsga9",
                "--problems",
                "zdt1",
                "--seeds",
                "1",
                "--evaluations",
                "9",
                "--out",
                out.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--algorithms: unknown algorithm 'nsga9'"), unknown.err());
        CliRun both = CliRun.of("", "campaign", dir.resolve("x.yaml").toString(), "--seeds", "3");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("not both"), both.err());
    }

    @Test
    void failedRunsAreRecordedAndExitThree(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("odd.yaml");
        // NSGA-II needs an even population: every run of 'odd' fails when the algorithm is built.
        Files.writeString(
                file, CAMPAIGN.replace("nsga2,", "{algorithm: nsga2, label: odd, settings: {population: 5}},"));
        CliRun r = CliRun.of(
                "", "campaign", file.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.out().contains("runs: 4 (4 run now, 0 stored before, 2 failed now)"), r.out());
        assertTrue(r.err().contains("2 run(s) failed"), r.err());
        assertTrue(Files.readString(dir.resolve("o/runs/odd/zdt1/seed-2.yaml")).contains("status: failed"));
        assertTrue(Files.readString(dir.resolve("o/report.md")).contains("## Failed runs"));
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, CAMPAIGN.replace("seeds: 2", "seeds: two"));
        CliRun r = CliRun.of(
                "", "campaign", file.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.exit());
        assertEquals(
                "mo4j campaign: " + file + ": key 'seeds': must be an integer, was 'two'\n",
                r.err().replace("\r", ""));
        CliRun missing = CliRun.of("", "campaign", dir.resolve("none.yaml").toString());
        assertEquals(2, missing.exit());
        assertTrue(
                missing.err().startsWith("mo4j campaign: " + dir.resolve("none.yaml") + ": cannot read"),
                missing.err());
        CliRun threads = CliRun.of("", "campaign", file.toString(), "--threads", "0");
        assertEquals(2, threads.exit());
        assertTrue(threads.err().contains("--threads must be >= 1, was 0"), threads.err());
        CliRun spark = CliRun.of("", "campaign", file.toString(), "--engine", "spark");
        assertEquals(2, spark.exit());
        assertTrue(spark.err().contains("no campaign engine 'spark' on the class path"), spark.err());
        CliRun master = CliRun.of("", "campaign", file.toString(), "--master", "local[2]");
        assertEquals(2, master.exit());
        assertTrue(master.err().contains("--master is for --engine spark"), master.err());
        CliRun report = CliRun.of("", "report", dir.toString());
        assertEquals(2, report.exit());
        assertTrue(report.err().contains("is not a campaign folder"), report.err());
        assertEquals(1, report.err().strip().lines().count(), report.err());
    }
}
