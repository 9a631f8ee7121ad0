package org.mo4j.core.testing;

import java.util.Locale;

/**
 * Figures a quality test computes (medians, ratios, IGD tables), printed only when the build runs
 * with {@code -Dmo4j.report=true}, so a passing {@code mvn verify} stays quiet while the figures
 * recorded in RESULTS.md can still be reproduced from the tests that compute them.
 */
public final class Report {

    private Report() {}

    /** Whether figures are printed ({@code -Dmo4j.report=true}). */
    public static boolean enabled() {
        return Boolean.getBoolean("mo4j.report");
    }

    /** {@link String#format} in the root locale to standard output, when {@link #enabled()}. */
    public static void printf(String format, Object... args) {
        if (enabled()) {
            System.out.printf(Locale.ROOT, format, args);
        }
    }
}
