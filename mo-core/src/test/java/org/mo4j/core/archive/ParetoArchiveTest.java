package org.mo4j.core.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mo4j.core.testing.Populations;

class ParetoArchiveTest {

    private static double[] v(double... x) {
        return x;
    }

    private static boolean weaklyDominates(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void addRejectsWeaklyDominatedAndEvictsDominated() {
        ParetoArchive<String> archive = new ParetoArchive<>(2);
        assertTrue(archive.add(v(2, 2), "a"));
        assertTrue(archive.add(v(1, 3), "b"));
        assertFalse(archive.add(v(2, 2), "duplicate"));
        assertFalse(archive.add(v(3, 3), "dominated"));
        assertFalse(archive.add(v(2, 4), "dominated by both"));
        assertEquals(2, archive.size());
        assertTrue(archive.add(v(1, 1), "c"));
        assertEquals(1, archive.size());
        assertEquals(
                List.of("c"),
                archive.entries().stream().map(ParetoArchive.Entry::payload).toList());
        assertArrayEquals(new double[][] {{1, 1}}, archive.objectives());
    }

    @Test
    void evictionKeepsPayloadsAlignedWithTheirVectors() {
        ParetoArchive<Integer> archive = new ParetoArchive<>(2);
        for (int i = 0; i <= 40; i++) {
            assertTrue(archive.add(v(i, 40 - i), i));
        }
        // (10.5, 10.5) dominates (i, 40 - i) iff i >= 10.5 and 40 - i >= 10.5: the 19 points 11 <= i <= 29
        assertTrue(archive.add(v(10.5, 10.5), -1));
        assertEquals(41 - 19 + 1, archive.size());
        for (ParetoArchive.Entry<Integer> e : archive.entries()) {
            if (e.payload() == -1) {
                assertArrayEquals(v(10.5, 10.5), e.objectives());
            } else {
                assertArrayEquals(v(e.payload(), 40 - e.payload()), e.objectives());
                assertTrue(e.payload() <= 10 || e.payload() >= 30, "evicted " + e.payload() + " survived");
            }
        }
    }

    @Test
    void storesDefensiveCopiesAndReturnsCopies() {
        ParetoArchive<Void> archive = new ParetoArchive<>(2);
        double[] p = v(1, 2);
        archive.add(p);
        p[0] = 100;
        archive.objectives()[0][0] = 200;
        archive.entries().get(0).objectives()[1] = 300;
        assertArrayEquals(new double[][] {{1, 2}}, archive.objectives());
        assertNull(archive.entries().get(0).payload());
    }

    @Test
    void clearEmptiesAndArchiveStaysUsable() {
        ParetoArchive<String> archive = new ParetoArchive<>(3);
        archive.add(v(1, 2, 3), "x");
        archive.clear();
        assertEquals(0, archive.size());
        assertEquals(0, archive.objectives().length);
        assertEquals(List.of(), archive.entries());
        assertTrue(archive.add(v(5, 5, 5), "y"));
        assertEquals(3, archive.dimension());
        assertEquals(1, archive.size());
    }

    @Property(tries = 300)
    void membersAreMutuallyNonDominatedAndCoverEveryOfferedPoint(@ForAll("offers") double[][] offers) {
        ParetoArchive<Integer> archive = new ParetoArchive<>(offers.length == 0 ? 1 : offers[0].length);
        for (int i = 0; i < offers.length; i++) {
            archive.add(offers[i], i);
        }
        double[][] members = archive.objectives();
        for (int i = 0; i < members.length; i++) {
            for (int j = 0; j < members.length; j++) {
                assertTrue(i == j || !weaklyDominates(members[i], members[j]), "members " + i + " and " + j);
            }
        }
        for (double[] offered : offers) {
            assertTrue(
                    Arrays.stream(members).anyMatch(m -> weaklyDominates(m, offered)),
                    Arrays.toString(offered) + " is weakly dominated by no member");
        }
        for (ParetoArchive.Entry<Integer> e : archive.entries()) {
            assertArrayEquals(offers[e.payload()], e.objectives(), "payload travels with its vector");
        }
    }

    @Property(tries = 300)
    void finalSetIsIndependentOfInsertionOrder(@ForAll("integerOffers") double[][] offers, @ForAll Random random) {
        List<double[]> shuffled = new ArrayList<>(Arrays.asList(offers));
        Collections.shuffle(shuffled, random);
        int d = offers.length == 0 ? 1 : offers[0].length;
        ParetoArchive<Void> first = new ParetoArchive<>(d);
        ParetoArchive<Void> second = new ParetoArchive<>(d);
        Arrays.stream(offers).forEach(first::add);
        shuffled.forEach(second::add);
        assertEquals(asSet(first.objectives()), asSet(second.objectives()));
        assertEquals(first.size(), asSet(first.objectives()).size(), "no duplicate members");
    }

    private static Set<List<Double>> asSet(double[][] rows) {
        return Arrays.stream(rows).map(r -> Arrays.stream(r).boxed().toList()).collect(Collectors.toSet());
    }

    @Provide
    Arbitrary<double[][]> offers() {
        return Populations.of(60, 1, 5);
    }

    /** No signed zeros: -0.0 and 0.0 are equal vectors to the archive but distinct set elements. */
    @Provide
    Arbitrary<double[][]> integerOffers() {
        return Populations.ofSmallIntegers(60, 1, 5);
    }

    private static String fail(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void badInputIsRejectedNamingTheArgument() {
        assertEquals("dimension must be at least 1, was 0", fail(() -> new ParetoArchive<>(0)));
        ParetoArchive<String> archive = new ParetoArchive<>(2);
        assertEquals("objectives must not be null", fail(() -> archive.add(null, "p")));
        assertEquals("objectives must not be null", fail(() -> archive.add(null)));
        assertEquals(
                "objectives has 3 coordinates but the archive has 2 (dimension mismatch)",
                fail(() -> archive.add(v(1, 2, 3))));
        assertEquals("objectives must have at least one coordinate, was empty", fail(() -> archive.add(v())));
        assertEquals("objectives[1] must be finite, was NaN", fail(() -> archive.add(v(1, Double.NaN))));
        assertEquals(
                "objectives[0] must be finite, was Infinity",
                fail(() -> archive.add(v(Double.POSITIVE_INFINITY, 1), "p")));
        assertEquals(
                "objectives[1] must be finite, was -Infinity", fail(() -> archive.add(v(1, Double.NEGATIVE_INFINITY))));
        assertEquals(0, archive.size());
    }
}
