package org.mo4j.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mo4j.core.internal.Arguments;
import org.mo4j.problems.cdtlz.C1Dtlz1;
import org.mo4j.problems.cdtlz.C2Dtlz2;
import org.mo4j.problems.cdtlz.C3Dtlz4;
import org.mo4j.problems.ctp.Ctp1;
import org.mo4j.problems.ctp.Ctp2;
import org.mo4j.problems.ctp.Ctp3;
import org.mo4j.problems.ctp.Ctp4;
import org.mo4j.problems.ctp.Ctp5;
import org.mo4j.problems.ctp.Ctp6;
import org.mo4j.problems.ctp.Ctp7;
import org.mo4j.problems.ctp.Ctp8;
import org.mo4j.problems.dtlz.Dtlz1;
import org.mo4j.problems.dtlz.Dtlz2;
import org.mo4j.problems.dtlz.Dtlz3;
import org.mo4j.problems.dtlz.Dtlz4;
import org.mo4j.problems.dtlz.Dtlz5;
import org.mo4j.problems.dtlz.Dtlz6;
import org.mo4j.problems.dtlz.Dtlz7;
import org.mo4j.problems.lz09.Lz09F1;
import org.mo4j.problems.lz09.Lz09F2;
import org.mo4j.problems.lz09.Lz09F3;
import org.mo4j.problems.lz09.Lz09F4;
import org.mo4j.problems.lz09.Lz09F5;
import org.mo4j.problems.lz09.Lz09F6;
import org.mo4j.problems.lz09.Lz09F7;
import org.mo4j.problems.lz09.Lz09F8;
import org.mo4j.problems.lz09.Lz09F9;
import org.mo4j.problems.maf.Maf1;
import org.mo4j.problems.maf.Maf10;
import org.mo4j.problems.maf.Maf11;
import org.mo4j.problems.maf.Maf12;
import org.mo4j.problems.maf.Maf13;
import org.mo4j.problems.maf.Maf14;
import org.mo4j.problems.maf.Maf15;
import org.mo4j.problems.maf.Maf2;
import org.mo4j.problems.maf.Maf3;
import org.mo4j.problems.maf.Maf4;
import org.mo4j.problems.maf.Maf5;
import org.mo4j.problems.maf.Maf6;
import org.mo4j.problems.maf.Maf7;
import org.mo4j.problems.maf.Maf8;
import org.mo4j.problems.maf.Maf9;
import org.mo4j.problems.psl.F2;
import org.mo4j.problems.psl.Vlmop2;
import org.mo4j.problems.re.RealWorldProblems;
import org.mo4j.problems.uf.Uf1;
import org.mo4j.problems.uf.Uf10;
import org.mo4j.problems.uf.Uf2;
import org.mo4j.problems.uf.Uf3;
import org.mo4j.problems.uf.Uf4;
import org.mo4j.problems.uf.Uf5;
import org.mo4j.problems.uf.Uf6;
import org.mo4j.problems.uf.Uf7;
import org.mo4j.problems.uf.Uf8;
import org.mo4j.problems.uf.Uf9;
import org.mo4j.problems.wfg.Wfg;
import org.mo4j.problems.wfg.Wfg1;
import org.mo4j.problems.wfg.Wfg2;
import org.mo4j.problems.wfg.Wfg3;
import org.mo4j.problems.wfg.Wfg4;
import org.mo4j.problems.wfg.Wfg5;
import org.mo4j.problems.wfg.Wfg6;
import org.mo4j.problems.wfg.Wfg7;
import org.mo4j.problems.wfg.Wfg8;
import org.mo4j.problems.wfg.Wfg9;
import org.mo4j.problems.zdt.Zdt1;
import org.mo4j.problems.zdt.Zdt2;
import org.mo4j.problems.zdt.Zdt3;
import org.mo4j.problems.zdt.Zdt4;
import org.mo4j.problems.zdt.Zdt6;

/**
 * Builds the benchmark problems by name, for command lines and configuration files.
 *
 * <p><b>Grammar.</b> {@code name[:objectives[:variables]]}, case-insensitive, surrounding blanks
 * ignored; an empty or missing part takes the problem's default. Examples: {@code zdt1},
 * {@code zdt1::50} (ZDT1 with 50 variables), {@code dtlz2:3}, {@code dtlz2:5:14},
 * {@code wfg4:5}, {@code wfg4:3:30}, {@code c2-dtlz2:3}, {@code ctp1}, {@code uf1}, {@code uf9::10}, {@code lz09-f1}, {@code maf4:5}, {@code re33}, {@code vlmop2::10}.
 * <ul>
 * <li>ZDT and CTP have two objectives: their objectives part must be empty or 2.</li>
 * <li>DTLZ and C-DTLZ: objectives m ≥ 2, default 3; variables n ≥ m, default m + k − 1 with the
 * problem's customary k.</li>
 * <li>WFG: objectives M ≥ 2, default 3; variables n = k + l with k = 2(M − 1) (the default) and
 * l = n − k ≥ 1 (even for WFG2, WFG3); default n = k + 20. For another k use the classes.</li>
 * <li>UF (uf1 … uf10, CEC 2009): UF1–UF7 have two objectives, UF8–UF10 three; the objectives
 * part must be empty or that number; variables default 30 (n ≥ 3 for UF1–7, n ≥ 5 for UF8–10).</li>
 * <li>LZ09 (lz09-f1 … lz09-f9): F6 has three objectives, the others two; the objectives part
 * must be empty or that number; variables default to the paper's 30 (F1–F5, F9) or 10 (F6–F8),
 * n ≥ 3 (n ≥ 5 for F6).</li>
 * <li>MaF (maf1 … maf15): objectives m ≥ 2 (m ≥ 3 for MaF8, MaF9 and MaF13), default 3;
 * variables: MaF1–7 n ≥ m, default m + K − 1 with the paper's K (10; 20 for MaF7); MaF8 and MaF9
 * exactly 2 (MaF9 has one constraint, its infeasible regions, see {@link org.mo4j.problems.maf.Maf9});
 * MaF10–12 n ≥ m, default m + 9 (WFG with k = m − 1, l = n − m + 1, even for MaF11); MaF13
 * n ≥ 5, default 5; MaF14 and MaF15 default 20m requested, which their grouping rounds
 * (maf15:3:60 has 64 variables, see {@link org.mo4j.problems.maf.Maf15}).</li>
 * <li>RE (re21 … re91, {@link RealWorldProblems}): fixed sizes; a given part must equal them.</li>
 * <li>VLMOP2 and F2 of the Pareto-set-learning papers ({@code vlmop2}, {@code f2},
 * {@link org.mo4j.problems.psl}) have two objectives; variables default 6 (n ≥ 1 for VLMOP2, n ≥ 3
 * for F2).</li>
 * </ul>
 *
 * <p>Other suites are added in one place, {@link #registry()} (marked there).
 */
public final class Problems {

    /** A problem family: builds an instance from the parsed sizes (null = default). */
    @FunctionalInterface
    private interface Factory {
        BenchmarkProblem create(Integer objectives, Integer variables);
    }

    private static final Map<String, Factory> FACTORIES = registry();

    private Problems() {}

    private static Map<String, Factory> registry() {
        Map<String, Factory> r = new LinkedHashMap<>();
        biObjective(r, "zdt1", n -> n == null ? new Zdt1() : new Zdt1(n));
        biObjective(r, "zdt2", n -> n == null ? new Zdt2() : new Zdt2(n));
        biObjective(r, "zdt3", n -> n == null ? new Zdt3() : new Zdt3(n));
        biObjective(r, "zdt4", n -> n == null ? new Zdt4() : new Zdt4(n));
        biObjective(r, "zdt6", n -> n == null ? new Zdt6() : new Zdt6(n));
        r.put("dtlz1", (m, n) -> n == null ? new Dtlz1(orThree(m)) : new Dtlz1(orThree(m), n));
        r.put("dtlz2", (m, n) -> n == null ? new Dtlz2(orThree(m)) : new Dtlz2(orThree(m), n));
        r.put("dtlz3", (m, n) -> n == null ? new Dtlz3(orThree(m)) : new Dtlz3(orThree(m), n));
        r.put("dtlz4", (m, n) -> n == null ? new Dtlz4(orThree(m)) : new Dtlz4(orThree(m), n));
        r.put("dtlz5", (m, n) -> n == null ? new Dtlz5(orThree(m)) : new Dtlz5(orThree(m), n));
        r.put("dtlz6", (m, n) -> n == null ? new Dtlz6(orThree(m)) : new Dtlz6(orThree(m), n));
        r.put("dtlz7", (m, n) -> n == null ? new Dtlz7(orThree(m)) : new Dtlz7(orThree(m), n));
        r.put("wfg1", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg1(mm, k, l)));
        r.put("wfg2", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg2(mm, k, l)));
        r.put("wfg3", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg3(mm, k, l)));
        r.put("wfg4", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg4(mm, k, l)));
        r.put("wfg5", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg5(mm, k, l)));
        r.put("wfg6", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg6(mm, k, l)));
        r.put("wfg7", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg7(mm, k, l)));
        r.put("wfg8", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg8(mm, k, l)));
        r.put("wfg9", (m, n) -> wfg(m, n, (mm, k, l) -> new Wfg9(mm, k, l)));
        r.put("c1-dtlz1", (m, n) -> n == null ? new C1Dtlz1(orThree(m)) : new C1Dtlz1(orThree(m), n));
        r.put("c2-dtlz2", (m, n) -> n == null ? new C2Dtlz2(orThree(m)) : new C2Dtlz2(orThree(m), n));
        r.put("c3-dtlz4", (m, n) -> n == null ? new C3Dtlz4(orThree(m)) : new C3Dtlz4(orThree(m), n));
        biObjective(r, "ctp1", n -> n == null ? new Ctp1() : new Ctp1(n));
        biObjective(r, "ctp2", n -> n == null ? new Ctp2() : new Ctp2(n));
        biObjective(r, "ctp3", n -> n == null ? new Ctp3() : new Ctp3(n));
        biObjective(r, "ctp4", n -> n == null ? new Ctp4() : new Ctp4(n));
        biObjective(r, "ctp5", n -> n == null ? new Ctp5() : new Ctp5(n));
        biObjective(r, "ctp6", n -> n == null ? new Ctp6() : new Ctp6(n));
        biObjective(r, "ctp7", n -> n == null ? new Ctp7() : new Ctp7(n));
        biObjective(r, "ctp8", n -> n == null ? new Ctp8() : new Ctp8(n));
        for (String name : RealWorldProblems.names()) {
            r.put(name, (m, n) -> fixedSize(name, RealWorldProblems.create(name), m, n));
        }
        biObjective(r, "vlmop2", n -> n == null ? new Vlmop2() : new Vlmop2(n));
        biObjective(r, "f2", n -> n == null ? new F2() : new F2(n));
        biObjective(r, "uf1", n -> n == null ? new Uf1() : new Uf1(n));
        biObjective(r, "uf2", n -> n == null ? new Uf2() : new Uf2(n));
        biObjective(r, "uf3", n -> n == null ? new Uf3() : new Uf3(n));
        biObjective(r, "uf4", n -> n == null ? new Uf4() : new Uf4(n));
        biObjective(r, "uf5", n -> n == null ? new Uf5() : new Uf5(n));
        biObjective(r, "uf6", n -> n == null ? new Uf6() : new Uf6(n));
        biObjective(r, "uf7", n -> n == null ? new Uf7() : new Uf7(n));
        fixedObjectives(r, "uf8", 3, n -> n == null ? new Uf8() : new Uf8(n));
        fixedObjectives(r, "uf9", 3, n -> n == null ? new Uf9() : new Uf9(n));
        fixedObjectives(r, "uf10", 3, n -> n == null ? new Uf10() : new Uf10(n));
        biObjective(r, "lz09-f1", n -> n == null ? new Lz09F1() : new Lz09F1(n));
        biObjective(r, "lz09-f2", n -> n == null ? new Lz09F2() : new Lz09F2(n));
        biObjective(r, "lz09-f3", n -> n == null ? new Lz09F3() : new Lz09F3(n));
        biObjective(r, "lz09-f4", n -> n == null ? new Lz09F4() : new Lz09F4(n));
        biObjective(r, "lz09-f5", n -> n == null ? new Lz09F5() : new Lz09F5(n));
        fixedObjectives(r, "lz09-f6", 3, n -> n == null ? new Lz09F6() : new Lz09F6(n));
        biObjective(r, "lz09-f7", n -> n == null ? new Lz09F7() : new Lz09F7(n));
        biObjective(r, "lz09-f8", n -> n == null ? new Lz09F8() : new Lz09F8(n));
        biObjective(r, "lz09-f9", n -> n == null ? new Lz09F9() : new Lz09F9(n));
        r.put("maf1", (m, n) -> n == null ? new Maf1(orThree(m)) : new Maf1(orThree(m), n));
        r.put("maf2", (m, n) -> n == null ? new Maf2(orThree(m)) : new Maf2(orThree(m), n));
        r.put("maf3", (m, n) -> n == null ? new Maf3(orThree(m)) : new Maf3(orThree(m), n));
        r.put("maf4", (m, n) -> n == null ? new Maf4(orThree(m)) : new Maf4(orThree(m), n));
        r.put("maf5", (m, n) -> n == null ? new Maf5(orThree(m)) : new Maf5(orThree(m), n));
        r.put("maf6", (m, n) -> n == null ? new Maf6(orThree(m)) : new Maf6(orThree(m), n));
        r.put("maf7", (m, n) -> n == null ? new Maf7(orThree(m)) : new Maf7(orThree(m), n));
        r.put("maf8", (m, n) -> {
            if (n != null && n != 2) {
                throw new IllegalArgumentException("variables must be 2 (or omitted) for maf8, was " + n);
            }
            return new Maf8(orThree(m));
        });
        r.put("maf9", (m, n) -> {
            if (n != null && n != 2) {
                throw new IllegalArgumentException("variables must be 2 (or omitted) for maf9, was " + n);
            }
            return new Maf9(orThree(m));
        });
        r.put("maf10", (m, n) -> n == null ? new Maf10(orThree(m)) : new Maf10(orThree(m), n));
        r.put("maf11", (m, n) -> n == null ? new Maf11(orThree(m)) : new Maf11(orThree(m), n));
        r.put("maf12", (m, n) -> n == null ? new Maf12(orThree(m)) : new Maf12(orThree(m), n));
        r.put("maf13", (m, n) -> n == null ? new Maf13(orThree(m)) : new Maf13(orThree(m), n));
        r.put("maf14", (m, n) -> n == null ? new Maf14(orThree(m)) : new Maf14(orThree(m), n));
        r.put("maf15", (m, n) -> n == null ? new Maf15(orThree(m)) : new Maf15(orThree(m), n));
        // ---- Other suites are added here: r.put("name", factory);
        // names are lower case; a factory receives null for an omitted part.
        return Collections.unmodifiableMap(r);
    }

    /**
     * The problem named by {@code spec} (see the class comment for the grammar).
     *
     * @throws IllegalArgumentException if the spec is null or malformed, the name is unknown (the
     *                                  message lists the valid names), a number is not a positive
     *                                  integer, or the sizes are invalid for the problem (the
     *                                  message says which part is wrong)
     */
    public static BenchmarkProblem create(String spec) {
        Arguments.notNull("spec", spec);
        String[] parts = spec.trim().split(":", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException("spec '" + spec
                    + "' must have the form name[:objectives[:variables]], had " + parts.length + " parts");
        }
        String name = parts[0].trim().toLowerCase(Locale.ROOT);
        Factory factory = FACTORIES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown problem '" + parts[0].trim() + "' in spec '" + spec
                    + "'; valid names: " + String.join(", ", names()));
        }
        Integer m = parts.length > 1 ? number(spec, "objectives", parts[1]) : null;
        Integer n = parts.length > 2 ? number(spec, "variables", parts[2]) : null;
        try {
            return factory.create(m, n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid sizes in spec '" + spec + "': " + e.getMessage(), e);
        }
    }

    /** The valid problem names, lower case, in a stable order (suite by suite). */
    public static List<String> names() {
        return new ArrayList<>(FACTORIES.keySet());
    }

    private static Integer number(String spec, String part, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int v = Integer.parseInt(t);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "the " + part + " part of spec '" + spec + "' must be a positive integer or empty, was '" + t + "'");
    }

    private static int orThree(Integer m) {
        return m == null ? 3 : m;
    }

    private interface BiObjective {
        BenchmarkProblem create(Integer variables);
    }

    private static void biObjective(Map<String, Factory> r, String name, BiObjective f) {
        fixedObjectives(r, name, 2, f);
    }

    /** A family with a fixed number of objectives and a variable number of variables. */
    private static void fixedObjectives(Map<String, Factory> r, String name, int objectives, BiObjective f) {
        r.put(name, (m, n) -> {
            if (m != null && m != objectives) {
                throw new IllegalArgumentException(
                        "objectives must be " + objectives + " (or omitted) for " + name + ", was " + m);
            }
            return f.create(n);
        });
    }

    /** A problem of fixed size (the RE suite): a given size part must equal the problem's. */
    private static BenchmarkProblem fixedSize(String name, BenchmarkProblem p, Integer m, Integer n) {
        if (m != null && m != p.numberOfObjectives()) {
            throw new IllegalArgumentException(
                    "objectives must be " + p.numberOfObjectives() + " (or omitted) for " + name + ", was " + m);
        }
        if (n != null && n != p.numberOfVariables()) {
            throw new IllegalArgumentException(
                    "variables must be " + p.numberOfVariables() + " (or omitted) for " + name + ", was " + n);
        }
        return p;
    }

    private interface WfgConstructor {
        BenchmarkProblem create(int objectives, int k, int l);
    }

    private static BenchmarkProblem wfg(Integer m, Integer n, WfgConstructor c) {
        int objectives = orThree(m);
        int k = Wfg.defaultK(objectives);
        int l = n == null ? Wfg.DEFAULT_L : n - k;
        if (l < 1) {
            throw new IllegalArgumentException("variables must exceed k = 2(objectives - 1) = " + k + ", was " + n);
        }
        return c.create(objectives, k, l);
    }
}
