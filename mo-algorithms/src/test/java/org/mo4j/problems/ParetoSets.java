package org.mo4j.problems;

import java.util.Arrays;
import java.util.Random;

/**
 * Pareto-optimal decision vectors built from each paper's statement of its Pareto set (not from
 * the problem classes' code), for the property tests.
 */
final class ParetoSets {

    private ParetoSets() {
    }

    /** A random Pareto-optimal x of {@code p}, or null when this class does not know the set. */
    static double[] sample(BenchmarkProblem p, Random rnd) {
        int n = p.numberOfVariables();
        int m = p.numberOfObjectives();
        double[] x = new double[n];
        String name = p.name();
        switch (name) {
            case "ZDT1", "ZDT2", "ZDT4", "ZDT6" -> x[0] = rnd.nextDouble();
            case "ZDT3" -> x[0] = inPieces(Zdt3.pieces(), rnd);
            case "DTLZ1", "DTLZ2", "DTLZ3", "DTLZ4", "DTLZ5" -> {
                Arrays.fill(x, 0.5);
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
            }
            case "DTLZ6" -> {
                for (int i = 0; i < m - 1; i++) {
                    x[i] = rnd.nextDouble();
                }
            }
            case "DTLZ7" -> {
                for (int i = 0; i < m - 1; i++) {
                    x[i] = inPieces(Dtlz7.pieces(), rnd);
                }
            }
            default -> {
                return null;
            }
        }
        return x;
    }

    /** A uniformly drawn point of a record set, avoiding its open ends. */
    static double inPieces(Fronts.RecordSet pieces, Random rnd) {
        int j = rnd.nextInt(pieces.intervals());
        double[] ab = pieces.interval(j);
        double u = rnd.nextDouble();
        return j == 0 ? ab[0] + u * (ab[1] - ab[0]) : ab[1] - u * 0.999 * (ab[1] - ab[0]);
    }
}
