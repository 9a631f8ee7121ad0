package org.mo4j.lab;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.indicators.AdditiveEpsilon;
import org.mo4j.core.indicators.InvertedGenerationalDistancePlus;
import org.mo4j.core.indicators.Spread;
import org.mo4j.problems.BenchmarkProblem;

/**
 * The quality indicators a campaign records at each checkpoint, computed by mo-core's kernels
 * against a {@link ProblemReference}: the exact hypervolume against the problem's reference point
 * (higher is better), and, where the problem has an analytic true front, IGD+ (Ishibuchi et al.
 * 2015), the additive ε (Zitzler et al. 2003) and the generalised spread Δ (Zhou et al. 2006)
 * against a sample of it (lower is better). Without a true front those three are NaN: a value
 * against some other reference would not be comparable across campaigns.
 */
public enum Indicator {
    /** Exact hypervolume against {@link BenchmarkProblem#referencePoint()}. */
    HV("hv", true),
    /** IGD+ to the sampled true front. */
    IGD_PLUS("igd+", false),
    /** Additive ε to the sampled true front. */
    EPSILON("epsilon", false),
    /** Generalised spread Δ against the sampled true front's extremes. */
    SPREAD("spread", false);

    private final String key;
    private final boolean higherIsBetter;

    Indicator(String key, boolean higherIsBetter) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
    }

    /** The name in campaign files, records and the CSV, e.g. {@code igd+}. */
    public String key() {
        return key;
    }

    /** Whether larger values are better (only the hypervolume). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether this indicator needs the problem's true front. */
    public boolean needsTrueFront() {
        return this != HV;
    }

    /**
     * This indicator of {@code front} for the problem of {@code reference}; NaN when it needs a
     * true front the problem does not have, or the front is empty. Cost: the hypervolume's (O(n log
     * n) in 2 and 3 objectives), O(n·|Z|·m) for IGD+ and ε, O(n²m + |Z|m) for the spread.
     */
    public double of(double[][] front, ProblemReference reference) {
        if (front.length == 0) {
            return this == HV ? 0 : Double.NaN;
        }
        return switch (this) {
            case HV -> Hypervolume.of(front, reference.referencePoint());
            case IGD_PLUS ->
                reference.hasTrueFront()
                        ? InvertedGenerationalDistancePlus.of(front, reference.trueFront())
                        : Double.NaN;
            case EPSILON -> reference.hasTrueFront() ? AdditiveEpsilon.of(front, reference.trueFront()) : Double.NaN;
            case SPREAD -> reference.hasTrueFront() ? Spread.of(front, reference.trueFront()) : Double.NaN;
        };
    }

    /**
     * The indicator named {@code key} (ignoring case; {@code igdplus}, {@code igd_plus} and
     * {@code eps} are accepted too).
     *
     * @throws IllegalArgumentException naming the value and the valid keys
     */
    public static Indicator parse(String key) {
        if (key != null) {
            String k = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Indicator i : values()) {
                if (i.key.equals(k)) {
                    return i;
                }
            }
            if (k.equals("igdplus") || k.equals("igd-plus")) {
                return IGD_PLUS;
            }
            if (k.equals("eps") || k.equals("epsilon+")) {
                return EPSILON;
            }
        }
        StringJoiner known = new StringJoiner(", ");
        Arrays.stream(values()).forEach(i -> known.add(i.key));
        throw new IllegalArgumentException("unknown indicator '" + key + "' (choose " + known + ")");
    }
}
