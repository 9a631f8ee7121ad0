package org.mo4j.benchmarks.peers;

import java.util.List;
import ru.ifmo.nds.BestOrderSort;
import ru.ifmo.nds.ENS;
import ru.ifmo.nds.JensenFortinBuzdalov;
import ru.ifmo.nds.NonDominatedSorting;
import ru.ifmo.nds.NonDominatedSortingFactory;

/**
 * mbuzdalov's non-dominated-sorting-implementations 0.2.1 as a peer. It has many algorithms and
 * the fastest depends on (n, m); the benchmark measures these candidates, and RESULTS.md compares
 * against the best of them for each (n, m).
 */
public final class BuzdalovPeer {

    private BuzdalovPeer() {}

    /** The candidates measured, by a short name. */
    public static NonDominatedSortingFactory factory(String name) {
        return switch (name) {
            case "jfb-rbtree-ens" -> JensenFortinBuzdalov.getRedBlackTreeSweepHybridENSImplementation(1);
            case "jfb-rbtree" -> JensenFortinBuzdalov.getRedBlackTreeSweepImplementation(1);
            case "ens-ndt" -> ENS.getENS_NDT(8);
            case "ens-bs" -> ENS.getENS_BS();
            case "bos-improved" -> BestOrderSort.getImprovedImplementation();
            default -> throw new IllegalArgumentException("unknown algorithm: " + name);
        };
    }

    /** Every candidate name. */
    public static final List<String> CANDIDATES =
            List.of("jfb-rbtree-ens", "jfb-rbtree", "ens-ndt", "ens-bs", "bos-improved");

    /** 0-based ranks by a fresh sorter of the named algorithm. */
    public static int[] ranks(String name, double[][] points) {
        int[] ranks = new int[points.length];
        try (NonDominatedSorting s = factory(name).getInstance(points.length, points[0].length)) {
            s.sort(points, ranks);
        }
        return ranks;
    }
}
