package org.mo4j.problems.re;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.mo4j.problems.BenchmarkProblem;

/**
 * The sixteen problems of the RE suite (Tanabe and Ishibuchi 2020, see {@link RealWorldProblem})
 * by name: "re21", "re22", "re23", "re24", "re25", "re31", …, "re37", "re41", "re42", "re61",
 * "re91".
 */
public final class RealWorldProblems {

    private static final List<String> NAMES = List.of(
            "re21", "re22", "re23", "re24", "re25", "re31", "re32", "re33", "re34", "re35", "re36", "re37", "re41",
            "re42", "re61", "re91");

    private RealWorldProblems() {}

    /** The valid names, in the suite's order (an unmodifiable list). */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * A new instance of the named problem; RE91 gets {@link Re91#DEFAULT_SEED}.
     *
     * @param name one of {@link #names()}, case-insensitive
     * @return the problem, a {@link RealWorldProblem}
     * @throws IllegalArgumentException if {@code name} is null or not a valid name (the message lists
     *                                  the valid names)
     */
    public static BenchmarkProblem create(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null; valid names: " + NAMES);
        }
        Supplier<RealWorldProblem> supplier = switch (name.toLowerCase(Locale.ROOT)) {
            case "re21" -> Re21::new;
            case "re22" -> Re22::new;
            case "re23" -> Re23::new;
            case "re24" -> Re24::new;
            case "re25" -> Re25::new;
            case "re31" -> Re31::new;
            case "re32" -> Re32::new;
            case "re33" -> Re33::new;
            case "re34" -> Re34::new;
            case "re35" -> Re35::new;
            case "re36" -> Re36::new;
            case "re37" -> Re37::new;
            case "re41" -> Re41::new;
            case "re42" -> Re42::new;
            case "re61" -> Re61::new;
            case "re91" -> Re91::new;
            default -> throw new IllegalArgumentException("unknown RE problem '" + name + "'; valid names: " + NAMES);
        };
        return supplier.get();
    }
}
