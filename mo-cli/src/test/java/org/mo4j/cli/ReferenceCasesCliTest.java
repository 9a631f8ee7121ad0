package org.mo4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mo4j.core.testing.RefData;

/**
 * Every shared reference case through the command line, as a user would run it: the case file
 * itself is the input (its {@code #} header lines are comments), the reference point comes from
 * its header, and the printed value must match the exact one within 1e-12 relative.
 */
class ReferenceCasesCliTest {

    @TestFactory
    Stream<DynamicTest> hvPrintsTheExactHypervolumeOfEveryReferenceCase() {
        return RefData.hvFiles().stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    RefData.HvCase c = RefData.hvCase(file);
                    String ref =
                            Arrays.stream(c.ref()).mapToObj(Double::toString).collect(Collectors.joining(","));
                    CliRun r = CliRun.of("", "hv", "--ref", ref, file.toString());
                    assertEquals(0, r.exit(), r.err());
                    assertEquals("", r.err());
                    double printed = Double.parseDouble(r.out().strip());
                    double tolerance = c.hv() == 0 ? 1e-12 : 1e-12 * Math.abs(c.hv());
                    assertEquals(c.hv(), printed, tolerance, c.name());
                }));
    }

    @TestFactory
    Stream<DynamicTest> ndsPrintsTheExpectedRankOfEveryPointInOrder() {
        return RefData.ndsFiles().stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    RefData.NdsCase c = RefData.ndsCase(file);
                    // The case files carry the expected rank as their first column: feed the points only.
                    CliRun r = CliRun.of(RefData.pointsText(c.points()), "nds");
                    assertEquals(0, r.exit(), r.err());
                    int[] printed = r.out().lines().mapToInt(Integer::parseInt).toArray();
                    assertArrayEquals(c.ranks(), printed, c.name());
                }));
    }
}
