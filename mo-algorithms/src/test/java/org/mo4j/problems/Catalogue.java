package org.mo4j.problems;

import java.util.ArrayList;
import java.util.List;

/** Every problem of the suites at a few sizes, for the property tests. */
final class Catalogue {

    private Catalogue() {
    }

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
        }
        return out;
    }
}
