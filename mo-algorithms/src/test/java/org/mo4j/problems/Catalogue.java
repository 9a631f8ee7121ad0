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
import org.mo4j.problems.psl.F2;
import org.mo4j.problems.psl.Vlmop2;
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
        return out;
    }
}
