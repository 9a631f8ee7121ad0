package org.mo4j.problems;

import java.util.ArrayList;
import java.util.List;
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

/** Every problem of the suites at a few sizes, for the property tests. */
final class Catalogue {

    private Catalogue() {}

    static List<BenchmarkProblem> all() {
        List<BenchmarkProblem> out = new ArrayList<>();
        out.add(new Zdt1());
        out.add(new Zdt2(7));
        out.add(new Zdt3());
        out.add(new Zdt4());
        out.add(new Zdt6());
        for (int m : new int[] {2, 3, 5}) {
            out.add(new Dtlz1(m));
            out.add(new Dtlz2(m));
            out.add(new Dtlz3(m));
            out.add(new Dtlz4(m));
            out.add(new Dtlz5(m));
            out.add(new Dtlz6(m));
            out.add(new Dtlz7(m));
            out.add(new Wfg2(m));
            out.add(new C1Dtlz1(m));
            out.add(new C2Dtlz2(m));
            out.add(new C3Dtlz4(m));
            out.add(new Wfg3(m));
            out.add(new Wfg4(m));
            out.add(new Wfg5(m));
            out.add(new Wfg6(m));
            out.add(new Wfg7(m));
            out.add(new Wfg8(m));
            out.add(new Wfg9(m));
        }
        // WFG1 with sizes whose distance optimum z_i = 0.35 * 2i is exactly representable (see Wfg1)
        out.add(new Wfg1(2, 6, 5));
        out.add(new Wfg1(3, 6, 5));
        out.add(new Wfg1(5, 8, 3));
        out.add(new Wfg2(3, 4, 6));
        out.add(new Ctp1());
        out.add(new Ctp2());
        out.add(new Ctp3(4));
        out.add(new Ctp4());
        out.add(new Ctp5());
        out.add(new Ctp6());
        out.add(new Ctp7(3));
        out.add(new Ctp8());
        out.add(new Wfg8(2, 4, 10));
        out.add(new Vlmop2());
        out.add(new Vlmop2(1));
        out.add(new F2());
        out.add(new F2(3));
        out.add(new F2(11));
        out.add(new Uf1());
        out.add(new Uf2());
        out.add(new Uf3());
        out.add(new Uf4());
        out.add(new Uf5());
        out.add(new Uf6());
        out.add(new Uf7());
        out.add(new Uf8());
        out.add(new Uf9());
        out.add(new Uf10());
        out.add(new Uf1(3));
        out.add(new Uf3(4));
        out.add(new Uf5(7));
        out.add(new Uf6(3));
        out.add(new Uf8(5));
        out.add(new Uf9(6));
        out.add(new Uf10(11));
        out.add(new Lz09F1());
        out.add(new Lz09F2());
        out.add(new Lz09F3());
        out.add(new Lz09F4());
        out.add(new Lz09F5());
        out.add(new Lz09F6());
        out.add(new Lz09F7());
        out.add(new Lz09F8());
        out.add(new Lz09F9());
        out.add(new Lz09F1(3));
        out.add(new Lz09F4(5));
        out.add(new Lz09F6(5));
        out.add(new Lz09F6(30));
        out.add(new Lz09F8(4));
        for (int m : new int[] {2, 3, 5}) {
            out.add(new Maf1(m));
            out.add(new Maf2(m));
            out.add(new Maf3(m));
            out.add(new Maf4(m));
            out.add(new Maf5(m));
            out.add(new Maf6(m));
            out.add(new Maf7(m));
        }
        out.add(new Maf2(4, 4));
        for (int m : new int[] {3, 5}) {
            out.add(new Maf8(m));
            out.add(new Maf13(m));
        }
        out.add(new Maf8(10));
        // MaF9: no infeasible region (3, 4), parallelogram regions (5, 6), longer chains (7, 10)
        for (int m : new int[] {3, 4, 5, 6, 7, 10}) {
            out.add(new Maf9(m));
        }
        out.add(new Maf13(3, 10));
        out.add(new Maf14(2));
        out.add(new Maf14(3));
        out.add(new Maf14(5));
        out.add(new Maf14(3, 12));
        out.add(new Maf15(2));
        out.add(new Maf15(3));
        out.add(new Maf15(5));
        out.add(new Maf15(3, 12));
        for (int m : new int[] {2, 3, 5}) {
            out.add(new Maf11(m));
            out.add(new Maf12(m));
        }
        // MaF10 is WFG1 with k = m - 1: sizes whose distance optimum z_i = 0.35 * 2i is exactly
        // representable (no i in {3, 6, 12, ...}; see Wfg1), so that ParetoSets' x is exactly
        // optimal; MafTest checks the other sizes against Wfg1 directly
        out.add(new Maf10(2, 2));
        out.add(new Maf10(4, 5));
        out.add(new Maf10(5, 5));
        out.add(new Maf2(3, 20));
        return out;
    }
}
