package org.mo4j.problems.psl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The twelve problems of the SVH-PSL experiments (Nguyen et al. 2025, AAAI 39(18)) with the settings
 * their code uses, read from github.com/nguyenduc810/SVH-PSL at commit 94430874: the fixed
 * hypervolume reference points of {@code run_svh.py} ({@code dic}), the ideal points of the
 * evaluation notebook {@code plot_result.ipynb} (whose nadir points are those reference points),
 * and which problems the optimisation loop standardises.
 *
 * <table>
 * <caption>The problems</caption>
 * <tr><th>name</th><th>n</th><th>m</th><th>reference point</th><th>ideal point</th></tr>
 * <tr><td>zdt1</td><td>30</td><td>2</td><td>(0.9994, 6.0576)</td><td>—</td></tr>
 * <tr><td>zdt2</td><td>30</td><td>2</td><td>(0.9994, 6.8960)</td><td>—</td></tr>
 * <tr><td>zdt3</td><td>30</td><td>2</td><td>(0.9994, 6.0571)</td><td>—</td></tr>
 * <tr><td>vlmop2</td><td>6</td><td>2</td><td>(1.1, 1.1)</td><td>—</td></tr>
 * <tr><td>f2</td><td>6</td><td>2</td><td>(1.1, 1.1)</td><td>—</td></tr>
 * <tr><td>re21</td><td>4</td><td>2</td><td>(2886.3695604236013, 0.039999999999998245)</td>
 * <td>(1237.841423, 0.000276142374915)</td></tr>
 * <tr><td>re32</td><td>4</td><td>3</td><td>(37.7831517014, 17561.6, 425062976.628)</td>
 * <td>(0.010205496875, 0.00043904, 0)</td></tr>
 * <tr><td>re33</td><td>4</td><td>3</td><td>(5.3067, 3.12833430979, 25.0)</td>
 * <td>(−0.721525, 1.13907203907, 0)</td></tr>
 * <tr><td>re36</td><td>4</td><td>3</td><td>(5.931, 56.0, 0.355720675227)</td>
 * <td>(7.89473684213e−05, 12, 0)</td></tr>
 * <tr><td>re37</td><td>4</td><td>3</td><td>(0.98949120096, 0.956587924661, 0.987530948586)</td>
 * <td>(0.00889341391106, 0.00488, −0.431499999825)</td></tr>
 * <tr><td>re41</td><td>7</td><td>4</td><td>(39.2905121788, 4.42725, 13.09138125,
 * 9.49401929991)</td><td>(15.576004, 3.58525, 10.61064375, 0)</td></tr>
 * <tr><td>re42</td><td>6</td><td>4</td><td>(−844.714092162, 13827.1384409, 5707.50786547,
 * 3207.0456123)</td><td>(−2756.25909816, 3962.55777262, 1947.88082074, 0)</td></tr>
 * </table>
 *
 * <p><b>How the code uses them.</b> During the run (an "iteration log" only) it reports the
 * hypervolume of the evaluated points against the reference point in raw units. The published
 * log hypervolume difference is the notebook's: for RE it maps the evaluated points and the
 * approximate front ({@link PslFronts}) by (f − ideal)/(reference − ideal) and measures against
 * (1.1, …, 1.1); for ZDT, VLMOP2 and F2 it uses raw units. (The notebook's cell builds that point
 * as {@code ones(n_dim) + 0.1} with a hand-set {@code n_dim}; its length must be m.) Inside the loop the RE problems,
 * VLMOP2 and F2 have their observed Y standardised (z-score) before the Gaussian processes are
 * fitted; ZDT is used as is.
 *
 * <p><b>Where they differ from mo4j's RE problems.</b> RE32, RE33, RE36, RE37 and RE41 have the
 * ideal and nadir points of {@link org.mo4j.problems.re.RealWorldProblem}. RE21's ideal f₂
 * (0.000276…) is that of the RE21 before the suite's 2020 fixes, one tenth of the
 * {@link org.mo4j.problems.re.Re21#idealPoint() current} 0.0027614, while its nadir is the current
 * one; RE42's nadir is the suite's pre-2021 one (mo4j's {@link org.mo4j.problems.re.Re42} has the
 * fixed problem's) and its ideal differs from mo4j's by about 10⁻⁷ relatively. These are the values
 * the paper's figures rest on, so they are kept as the code has them.
 */
public final class PslBenchmarks {

    private static final Map<String, PslBenchmark> TABLE = table();

    private PslBenchmarks() {}

    private static Map<String, PslBenchmark> table() {
        Map<String, PslBenchmark> t = new LinkedHashMap<>();
        add(t, "zdt1", "zdt1::30", 30, new double[] {0.9994, 6.0576}, null);
        add(t, "zdt2", "zdt2::30", 30, new double[] {0.9994, 6.8960}, null);
        add(t, "zdt3", "zdt3::30", 30, new double[] {0.9994, 6.0571}, null);
        add(t, "vlmop2", "vlmop2::6", 6, new double[] {1.1, 1.1}, null);
        add(t, "f2", "f2::6", 6, new double[] {1.1, 1.1}, null);
        add(t, "re21", "re21", 4, new double[] {2886.3695604236013, 0.039999999999998245}, new double[] {
            1237.841423, 0.000276142374915
        });
        add(t, "re32", "re32", 4, new double[] {37.7831517014, 17561.6, 425062976.628}, new double[] {
            0.010205496875, 0.00043904, 0.0
        });
        add(t, "re33", "re33", 4, new double[] {5.3067, 3.12833430979, 25.0}, new double[] {
            -0.721525, 1.13907203907, 0.0
        });
        add(t, "re36", "re36", 4, new double[] {5.931, 56.0, 0.355720675227}, new double[] {7.89473684213e-05, 12.0, 0.0
        });
        add(t, "re37", "re37", 4, new double[] {0.98949120096, 0.956587924661, 0.987530948586}, new double[] {
            0.00889341391106, 0.00488, -0.431499999825
        });
        add(t, "re41", "re41", 7, new double[] {39.2905121788, 4.42725, 13.09138125, 9.49401929991}, new double[] {
            15.576004, 3.58525, 10.61064375, 0.0
        });
        add(
                t,
                "re42",
                "re42",
                6,
                new double[] {-844.714092162, 13827.1384409, 5707.50786547, 3207.0456123},
                new double[] {-2756.25909816, 3962.55777262, 1947.88082074, 0.0});
        return t;
    }

    private static void add(
            Map<String, PslBenchmark> t, String name, String spec, int n, double[] ref, double[] ideal) {
        boolean zdt = name.startsWith("zdt");
        t.put(name, new PslBenchmark(name, spec, ref.length, n, ref, ideal, !zdt, !zdt));
    }

    /** The twelve names, lower case, in the order of SVH-PSL's {@code ins_list} (unmodifiable). */
    public static List<String> names() {
        return List.copyOf(TABLE.keySet());
    }

    /** The twelve problems, in the order of {@link #names()} (a new list). */
    public static List<PslBenchmark> all() {
        return new ArrayList<>(TABLE.values());
    }

    /**
     * The named problem's settings.
     *
     * @param name one of {@link #names()}, case-insensitive, surrounding blanks ignored
     * @throws IllegalArgumentException if {@code name} is null or not one of the twelve (the message
     *                                  lists them)
     */
    public static PslBenchmark get(String name) {
        PslBenchmark b = name == null ? null : TABLE.get(name.trim().toLowerCase(Locale.ROOT));
        if (b == null) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not an SVH-PSL problem; valid names: " + String.join(", ", TABLE.keySet()));
        }
        return b;
    }
}
