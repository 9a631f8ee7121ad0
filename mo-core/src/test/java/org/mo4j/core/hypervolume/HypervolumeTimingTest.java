package org.mo4j.core.hypervolume;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mo4j.core.testing.RefData;
import org.mo4j.core.testing.RefData.HvCase;

/**
 * A development tool, not a test and not a source of published figures (those come from JMH in
 * mo-benchmarks): same-JVM timings of the package-private hypervolume variants on the reference
 * fronts, best of several repetitions, to choose between them. Run with
 * {@code mvn -q -o -pl mo-core test -Dtest=HypervolumeTimingTest -Dhv.timing=<case regex>
 * -Dsurefire.failIfNoSpecifiedTests=false}; the variants are chosen by {@code -Dhv.variants}
 * (comma-separated names below, all by default).
 */
@EnabledIfSystemProperty(named = "hv.timing", matches = ".+")
class HypervolumeTimingTest {

    record Variant(String name, int minD, int maxD, ToDoubleBiFunction<double[][], double[]> f) {}

    static List<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("hv3d", 3, 3, Hv3d::volume));
        v.add(new Variant("hv3dDd", 3, 3, Hv3dVariants::rankSet));
        v.add(new Variant("hv3dplus", 3, 3, Hv3dPlus::volume));
        v.add(new Variant("hv4dLinkless", 4, 4, Hv4d::volume));
        v.add(new Variant("hv4dplus", 4, 4, Hv4dPlus::volume));
        v.add(new Variant("hv4dplusDd", 4, 4, Hv4dPlusVariants::doubleDouble));
        v.add(new Variant("hv4dplusPlain", 4, 4, Hv4dPlusVariants::plain));
        v.add(new Variant("wfgDd", 5, 99, Wfg::volume));
        v.add(new Variant("wfg", 5, 99, WfgVariants::plainFirstVolume));
        v.add(new Variant("wfgPlain", 5, 99, (f, r) -> WfgVariants.plainVolumeAndBound(f, r)[0]));
        v.add(new Variant("wfgBound", 5, 99, (f, r) -> {
            double[] vb = WfgVariants.plainVolumeAndBound(f, r);
            System.out.printf(Locale.ROOT, "   bound/v %.2e%n", vb[1] / vb[0]);
            return vb[0];
        }));
        v.add(new Variant("qhv", 2, 99, Qhv::volume));
        v.add(new Variant("sweep", 5, 99, DimensionSweep::volume));
        v.add(new Variant("sweepPlain", 5, 99, (f, r) -> DimensionSweep.plainVolumeAndBound(f, r)[0]));
        v.add(new Variant("of", 2, 99, Hypervolume::of));
        // Contributions: the value compared is their sum (no reference value: rel.err is meaningless).
        v.add(new Variant("contrib", 4, 99, (f, r) -> sum(Hypervolume.contributions(f, r))));
        v.add(new Variant("contribWfg", 4, 99, (f, r) -> sum(Wfg.contributions(f, r))));
        v.add(new Variant("hvc4d", 4, 4, (f, r) -> sum(Hvc4d.contributions(f, r))));
        v.add(new Variant("hvc4dLinks", 4, 4, (f, r) -> sum(Hvc4dLinks.contributions(f, r))));
        v.add(new Variant("hvc4dLimitSets", 4, 4, (f, r) -> sum(Hvc4dLimitSets.contributions(f, r))));
        v.add(new Variant("hvc4dUnfiltered", 4, 4, (f, r) -> sum(Hvc4dLimitSets.contributions(f, r, 0))));
        for (int limit : new int[] {16, 256, 1 << 30}) {
            v.add(new Variant("hvc4d" + limit, 4, 4, (f, r) -> sum(Hvc4dLimitSets.contributions(f, r, limit))));
        }
        return v;
    }

    private static double sum(double[] c) {
        double s = 0;
        for (double x : c) {
            s += x;
        }
        return s;
    }

    @Test
    void time() {
        String pattern = System.getProperty("hv.timing");
        String chosen = System.getProperty("hv.variants", "");
        int reps = Integer.getInteger("hv.reps", 5);
        double budget = Double.parseDouble(System.getProperty("hv.budget", "20"));
        StringBuilder out = new StringBuilder();
        for (HvCase c : RefData.hvCases()) {
            if (!c.name().matches(pattern)) {
                continue;
            }
            List<Variant> vs = new ArrayList<>();
            for (Variant v : variants()) {
                if (c.d() >= v.minD()
                        && c.d() <= v.maxD()
                        && (chosen.isEmpty() || ("," + chosen + ",").contains("," + v.name() + ","))) {
                    vs.add(v);
                }
            }
            // Rounds over the variants in turn, so that a change of load hits them all alike.
            double[] best = new double[vs.size()];
            double[] value = new double[vs.size()];
            java.util.Arrays.fill(best, Double.MAX_VALUE);
            double spent = 0;
            for (int r = 0; r < reps && spent < budget; r++) {
                for (int a = 0; a < vs.size(); a++) {
                    long t0 = System.nanoTime();
                    value[a] = vs.get(a).f().applyAsDouble(c.points(), c.ref());
                    double s = (System.nanoTime() - t0) * 1e-9;
                    spent += s;
                    best[a] = Math.min(best[a], s);
                }
            }
            for (int a = 0; a < vs.size(); a++) {
                double rel = Math.abs(value[a] - c.hv()) / Math.abs(c.hv());
                String line = String.format(
                        Locale.ROOT,
                        "%-24s %-14s %10.3f ms  rel.err %.1e%n",
                        c.name(),
                        vs.get(a).name(),
                        best[a] * 1e3,
                        rel);
                out.append(line);
                System.out.print(line);
            }
        }
        System.out.println("==== summary\n" + out);
    }
}
