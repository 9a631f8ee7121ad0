package org.mo4j.surrogates.psl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.Algorithm;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.registry.AlgorithmProvider;
import org.mo4j.algorithms.registry.Algorithms;
import org.mo4j.problems.Problems;

class SvhPslProviderTest {

    @Test
    void theRegistryFindsAndConfiguresSvhPsl() {
        AlgorithmProvider p = Algorithms.provider("svh-psl");
        assertInstanceOf(SvhPslProvider.class, p);
        assertEquals("SVH-PSL", p.title());
        assertEquals("1000", p.configure(Map.of()).asMap().get("steps"));
        List<Integer> generations = new ArrayList<>();
        Algorithm a = p.create(
                Problems.create("zdt1::4"),
                p.configure(Map.of("steps", "3", "initial", "6", "batch", "2", "particles", "3", "candidates", "20")),
                null,
                progress -> generations.add(progress.generation()));
        Result r = a.run(10);
        assertEquals(10, r.evaluations());
        assertEquals(List.of(0, 1, 2), generations);
        Result again = Algorithms.create(
                        "svh_psl",
                        Problems.create("zdt1::4"),
                        Map.of("steps", "3", "initial", "6", "batch", "2", "particles", "3", "candidates", "20"))
                .run(10);
        assertArrayEquals(r.front()[0], again.front()[0]);
    }

    @Test
    void badTextSettingsAreNamed() {
        AlgorithmProvider p = new SvhPslProvider();
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> p.create(Problems.create("zdt1::4"), p.configure(Map.of("kernel", "x-space")), null, null));
        assertTrue(e.getMessage().contains("x-space"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> p.create(Problems.create("zdt1::4"), p.configure(Map.of("uncertainty", "iqr")), null, null));
        assertTrue(e.getMessage().contains("iqr"), e.getMessage());
    }

    @Test
    void theProfilesAreTheCodesDefaultsAndTheAlphaOfTheAuthorsResultFiles() {
        AlgorithmProvider p = new SvhPslProvider();
        assertEquals(Map.of(), p.profiles().get("code"));
        var paper = p.configure(p.profiles().get("paper"));
        assertEquals("0.1", paper.asMap().get("alpha"));
        assertEquals("variance", paper.asMap().get("uncertainty"));
    }
}
