package org.mo4j.problems.psl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.mo4j.core.io.FrontText;

/**
 * The approximate Pareto fronts the SVH-PSL authors ship with their code (directory
 * {@code Ground_truth_approximate_PF/} of github.com/nguyenduc810/SVH-PSL, commit 94430874), which
 * their evaluation notebook ({@code plot_result.ipynb}) uses as the "true" front when it computes
 * the log hypervolume difference log(HV(front) − HV(evaluated points)). They are approximations,
 * not exact fronts: how they were computed is not stated. mo4j ships them converted to its front
 * text format ({@link FrontText}), one file per problem under {@code org/mo4j/problems/psl/fronts/}
 * with a header naming the source file and commit; the conversion is exact (every value reads back
 * to the double, or for F2 the float32, of the {@code .npy} file).
 *
 * <table>
 * <caption>The fronts</caption>
 * <tr><th>name</th><th>points × objectives</th><th>units</th><th>notes</th></tr>
 * <tr><td>re21</td><td>1000 × 2</td><td>raw</td><td>of the RE21 <em>before</em> the suite's 2020
 * fixes (E = 2·10⁶ and 2/x₂ in f₂; checked by hand: the extreme points (1237.84142, 0.00341421356)
 * and (2086.36956, 0.000276142375) are that version's f at (1, √2, √2, 1) and (1, 3, √2, 3)), not
 * of the {@link org.mo4j.problems.re.Re21} the SVH-PSL code evaluates: 851 points have f₂ below its
 * least value 0.0027614; one point is dominated by another</td></tr>
 * <tr><td>re32</td><td>1500 × 3</td><td>raw</td><td>inside the ideal–nadir box</td></tr>
 * <tr><td>re33</td><td>1500 × 3</td><td>raw</td><td>1008 points beyond the nadir point (f₂ up to
 * 9.07, f₃ up to 4.3·10⁹)</td></tr>
 * <tr><td>re36</td><td>28 × 3</td><td>raw</td><td>inside the ideal–nadir box</td></tr>
 * <tr><td>re37</td><td>1500 × 3</td><td>raw</td><td>83 points beyond the nadir point</td></tr>
 * <tr><td>re41</td><td>2000 × 4</td><td>raw</td><td>29 points beyond the nadir f₁</td></tr>
 * <tr><td>re42</td><td>1999 × 4</td><td>raw</td><td>222 points beyond SVH-PSL's nadir point (the
 * pre-2021 one), 636 beyond the suite's current one ({@link org.mo4j.problems.re.Re42})</td></tr>
 * <tr><td>vlmop2</td><td>400 × 2</td><td>as evaluated</td><td>on the analytic front of
 * {@link Vlmop2} to within 4·10⁻¹⁶</td></tr>
 * <tr><td>f2</td><td>200 × 2</td><td>as evaluated</td><td>float32 values; f₁ ∈ [0.009, 0.976],
 * within 2.6·10⁻⁵ of the analytic front f₂ = 1 − √f₁ of {@link F2}</td></tr>
 * </table>
 *
 * <p><b>Units.</b> The RE fronts are in raw objective units: the notebook normalises them, as it
 * normalises the evaluated points, by (f − ideal)/(nadir − ideal) with its own ideal and nadir
 * points ({@link PslBenchmarks}; the nadir points are the code's fixed reference points), and
 * measures hypervolume against (1.1, …, 1.1) there; "beyond the nadir
 * point" above means beyond that box (with a tolerance of 10⁻⁶ of its width), where a point adds
 * nothing to that hypervolume. VLMOP2 and F2 are in their own objective units, with the fixed
 * reference point (1.1, 1.1). The ZDT problems have no file: SVH-PSL uses their analytic fronts
 * ({@link org.mo4j.problems.zdt.Zdt1#trueFront(int)} and its siblings).
 *
 * <p>Thread-safe; each call reads the file again, in O(its size).
 */
public final class PslFronts {

    private static final List<String> NAMES =
            List.of("re21", "re32", "re33", "re36", "re37", "re41", "re42", "vlmop2", "f2");

    private PslFronts() {}

    /** The problem names with a shipped front, lower case, in SVH-PSL's order (unmodifiable). */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The authors' approximate front of the named problem (a fresh array, one row per point, in the
     * file's order; see the class comment for units and caveats).
     *
     * @param problemName one of {@link #names()}, case-insensitive, surrounding blanks ignored
     * @throws IllegalArgumentException if {@code problemName} is null or has no shipped front (the
     *                                  message lists the valid names)
     * @throws UncheckedIOException     if the file cannot be read (a broken installation)
     */
    public static double[][] approximateFront(String problemName) {
        if (problemName == null) {
            throw new IllegalArgumentException("problemName must not be null; valid names: " + NAMES);
        }
        String name = problemName.trim().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "no approximate front shipped for '" + problemName + "'; valid names: " + String.join(", ", NAMES));
        }
        String resource = "fronts/" + name + ".txt";
        try (InputStream in = PslFronts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(
                        "resource " + resource + " of " + PslFronts.class.getPackageName() + " is missing"));
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return FrontText.read(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
