package org.mo4j.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mo4j.problems.ctp.Ctp1;
import org.mo4j.problems.re.Re33;
import org.mo4j.problems.wfg.Wfg;

class ProblemsTest {

    @Test
    void namesListEverySuiteOnce() {
        List<String> names = Problems.names();
        assertEquals(
                List.of(
                        "zdt1",
                        "zdt2",
                        "zdt3",
                        "zdt4",
                        "zdt6",
                        "dtlz1",
                        "dtlz2",
                        "dtlz3",
                        "dtlz4",
                        "dtlz5",
                        "dtlz6",
                        "dtlz7",
                        "wfg1",
                        "wfg2",
                        "wfg3",
                        "wfg4",
                        "wfg5",
                        "wfg6",
                        "wfg7",
                        "wfg8",
                        "wfg9",
                        "c1-dtlz1",
                        "c2-dtlz2",
                        "c3-dtlz4",
                        "ctp1",
                        "ctp2",
                        "ctp3",
                        "ctp4",
                        "ctp5",
                        "ctp6",
                        "ctp7",
                        "ctp8",
                        "re21",
                        "re22",
                        "re23",
                        "re24",
                        "re25",
                        "re31",
                        "re32",
                        "re33",
                        "re34",
                        "re35",
                        "re36",
                        "re37",
                        "re41",
                        "re42",
                        "re61",
                        "re91",
                        "vlmop2",
                        "f2",
                        "uf1",
                        "uf2",
                        "uf3",
                        "uf4",
                        "uf5",
                        "uf6",
                        "uf7",
                        "uf8",
                        "uf9",
                        "uf10",
                        "lz09-f1",
                        "lz09-f2",
                        "lz09-f3",
                        "lz09-f4",
                        "lz09-f5",
                        "lz09-f6",
                        "lz09-f7",
                        "lz09-f8",
                        "lz09-f9",
                        "maf1",
                        "maf2",
                        "maf3",
                        "maf4",
                        "maf5",
                        "maf6",
                        "maf7",
                        "maf8",
                        "maf9",
                        "maf10",
                        "maf11",
                        "maf12",
                        "maf13",
                        "maf14",
                        "maf15"),
                names);
        for (String name : names) {
            BenchmarkProblem p = Problems.create(name);
            assertEquals(name, p.name().toLowerCase(java.util.Locale.ROOT), name);
        }
    }

    @Test
    void defaultsAndSizes() {
        assertEquals(30, Problems.create("zdt1").numberOfVariables());
        assertEquals(50, Problems.create("ZDT1::50").numberOfVariables());
        assertEquals(50, Problems.create(" zdt1:2:50 ").numberOfVariables());
        assertEquals(10, Problems.create("zdt4").numberOfVariables());
        BenchmarkProblem d = Problems.create("dtlz2:5");
        assertEquals(5, d.numberOfObjectives());
        assertEquals(14, d.numberOfVariables());
        assertEquals(3, Problems.create("dtlz1").numberOfObjectives());
        assertEquals(7, Problems.create("dtlz1").numberOfVariables());
        assertEquals(20, Problems.create("dtlz1:3:20").numberOfVariables());
        Wfg w = assertInstanceOf(Wfg.class, Problems.create("wfg4:5"));
        assertEquals(8, w.positionParameters());
        assertEquals(20, w.distanceParameters());
        w = assertInstanceOf(Wfg.class, Problems.create("wfg2:3:30"));
        assertEquals(4, w.positionParameters());
        assertEquals(26, w.distanceParameters());
        assertEquals(3, Problems.create("c2-dtlz2:3").numberOfObjectives());
        assertEquals(3, Problems.create("C3-DTLZ4").numberOfConstraints());
        assertInstanceOf(Ctp1.class, Problems.create("ctp1"));
        assertEquals(5, Problems.create("ctp6::5").numberOfVariables());
        assertInstanceOf(Re33.class, Problems.create("RE33"));
        assertEquals(9, Problems.create("re91:9:7").numberOfObjectives());
    }

    @Test
    void realWorldProblemsHaveFixedSizes() {
        assertEquals(
                "invalid sizes in spec 're21:3': objectives must be 2 (or omitted) for re21, was 3",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("re21:3"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 're21::5': variables must be 4 (or omitted) for re21, was 5",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("re21::5"))
                        .getMessage());
    }

    @Test
    void ufSizes() {
        assertEquals(30, Problems.create("uf1").numberOfVariables());
        assertEquals(2, Problems.create("uf7:2").numberOfObjectives());
        BenchmarkProblem p = Problems.create("UF9::10");
        assertEquals(3, p.numberOfObjectives());
        assertEquals(10, p.numberOfVariables());
        assertEquals(30, Problems.create("uf10:3").numberOfVariables());
        assertEquals(
                "invalid sizes in spec 'uf8:2': objectives must be 3 (or omitted) for uf8, was 2",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("uf8:2"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'uf1:3': objectives must be 2 (or omitted) for uf1, was 3",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("uf1:3"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'uf3::2': variables must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("uf3::2"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'uf10::4': variables must be >= 5, was 4",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("uf10::4"))
                        .getMessage());
    }

    @Test
    void lz09Sizes() {
        assertEquals(30, Problems.create("lz09-f1").numberOfVariables());
        assertEquals(10, Problems.create("LZ09-F7:2").numberOfVariables());
        BenchmarkProblem p = Problems.create("lz09-f6");
        assertEquals(3, p.numberOfObjectives());
        assertEquals(10, p.numberOfVariables());
        assertEquals(12, Problems.create("lz09-f6:3:12").numberOfVariables());
        assertEquals(
                "invalid sizes in spec 'lz09-f6:2': objectives must be 3 (or omitted) for lz09-f6, was 2",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("lz09-f6:2"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'lz09-f9:3': objectives must be 2 (or omitted) for lz09-f9, was 3",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("lz09-f9:3"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'lz09-f2::2': variables must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("lz09-f2::2"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Problems.create("lz09f1"))
                .getMessage()
                .startsWith("unknown problem 'lz09f1'"));
    }

    @Test
    void mafSizes() {
        BenchmarkProblem p = Problems.create("maf1");
        assertEquals(3, p.numberOfObjectives());
        assertEquals(12, p.numberOfVariables());
        p = Problems.create("MaF4:5");
        assertEquals(5, p.numberOfObjectives());
        assertEquals(14, p.numberOfVariables());
        assertEquals(24, Problems.create("maf7:5").numberOfVariables());
        assertEquals(30, Problems.create("maf2:10:30").numberOfVariables());
        assertEquals(
                "invalid sizes in spec 'maf3:1': objectives must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("maf3:1"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Problems.create("maf5:6:5"))
                .getMessage()
                .startsWith("invalid sizes in spec 'maf5:6:5': variables must be >= objectives (6)"));
        p = Problems.create("maf9");
        assertEquals(3, p.numberOfObjectives());
        assertEquals(2, p.numberOfVariables());
        assertEquals(1, p.numberOfConstraints());
        assertEquals(10, Problems.create("maf9:10:2").numberOfObjectives());
        assertEquals(
                "invalid sizes in spec 'maf9::3': variables must be 2 (or omitted) for maf9, was 3",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("maf9::3"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'maf9:2': objectives must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("maf9:2"))
                        .getMessage());
        assertEquals(2, Problems.create("maf8:10").numberOfVariables());
        assertEquals(10, Problems.create("maf8:10:2").numberOfObjectives());
        assertEquals(
                "invalid sizes in spec 'maf8::3': variables must be 2 (or omitted) for maf8, was 3",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("maf8::3"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'maf13:2': objectives must be >= 3, was 2",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("maf13:2"))
                        .getMessage());
        assertEquals(5, Problems.create("maf13").numberOfVariables());
        assertEquals(14, Problems.create("maf10:5").numberOfVariables());
        assertEquals(64, Problems.create("maf15").numberOfVariables());
        assertEquals(64, Problems.create("maf15:3:60").numberOfVariables());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Problems.create("maf15:3:2"))
                .getMessage()
                .contains("without distance variables"));
        assertEquals(
                "invalid sizes in spec 'maf11:3:13': variables - objectives + 1 must be even for MaF11 (WFG2's l), "
                        + "was 11 (variables 13)",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("maf11:3:13"))
                        .getMessage());
    }

    @Test
    void unknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Problems.create("zdt5"));
        assertTrue(
                e.getMessage().startsWith("unknown problem 'zdt5' in spec 'zdt5'; valid names: zdt1, zdt2,"),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "ctp8, re21, re22, re23, re24, re25, re31, re32, re33, re34, re35, re36, "
                                        + "re37, re41, re42, re61, re91, vlmop2, f2, uf1, uf2, uf3, uf4, uf5, uf6, uf7, uf8, uf9, uf10, "
                                        + "lz09-f1, lz09-f2, lz09-f3, lz09-f4, lz09-f5, lz09-f6, lz09-f7, lz09-f8, lz09-f9, "
                                        + "maf1, maf2, maf3, maf4, maf5, maf6, maf7, maf8, maf9, maf10, maf11, maf12, maf13, maf14, maf15"),
                e.getMessage());
    }

    @Test
    void badNumbersSayWhichPart() {
        assertEquals(
                "the objectives part of spec 'dtlz2:x' must be a positive integer or empty, was 'x'",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("dtlz2:x"))
                        .getMessage());
        assertEquals(
                "the variables part of spec 'dtlz2:3:-4' must be a positive integer or empty, was '-4'",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("dtlz2:3:-4"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'zdt1:3': objectives must be 2 (or omitted) for zdt1, was 3",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("zdt1:3"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'dtlz2:1': objectives must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("dtlz2:1"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'wfg2:3:7': l must be even for WFG2, was 3",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("wfg2:3:7"))
                        .getMessage());
        assertEquals(
                "invalid sizes in spec 'wfg4:3:4': variables must exceed k = 2(objectives - 1) = 4, was 4",
                assertThrows(IllegalArgumentException.class, () -> Problems.create("wfg4:3:4"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Problems.create("a:1:2:3"))
                .getMessage()
                .contains("must have the form name[:objectives[:variables]]"));
        assertEquals(
                "spec must not be null",
                assertThrows(IllegalArgumentException.class, () -> Problems.create(null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Problems.create(""));
    }
}
