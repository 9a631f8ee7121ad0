package org.mo4j.algorithms.smpso;

import java.util.List;
import java.util.random.RandomGenerator;
import org.mo4j.algorithms.internal.Indices;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.core.archive.CrowdingDistanceArchive;
import org.mo4j.core.archive.ParetoArchive;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.sorting.CrowdingDistance;

/**
 * SMPSO's leader archive: mo-core's {@link CrowdingDistanceArchive} (at most {@code capacity}
 * mutually non-dominated members, the most crowded dropped on overflow) under constrained
 * domination as jMetal's comparator defines it: a smaller total violation dominates, and members of
 * equal violation compare by Pareto dominance. So the archive holds either feasible members only,
 * or, while no feasible point has been offered, members of the least violation seen.
 *
 * <p>An offer costs what the archive's does, O(capacity · m) plus one crowding computation on
 * overflow; {@link #crowding()} and {@link #population()} are O(capacity · m log capacity) and
 * O(capacity).
 */
final class Leaders {

    /** A member: the decision vector and its evaluation. */
    record Leader(double[] variables, Evaluation evaluation) {}

    private final CrowdingDistanceArchive<Leader> archive;
    private double violation;
    private List<ParetoArchive.Entry<Leader>> members = List.of();

    Leaders(int objectives, int capacity) {
        this.archive = new CrowdingDistanceArchive<>(objectives, capacity);
    }

    /** Offers a solution; whether it is a member afterwards. */
    boolean add(double[] x, Evaluation e) {
        double cv = e.totalViolation();
        if (archive.size() > 0) {
            if (cv > violation) {
                return false;
            }
            if (cv < violation) {
                archive.clear();
            }
        }
        violation = cv;
        members = null;
        return archive.add(e.objectives(), new Leader(x, e));
    }

    /** The number of members. */
    int size() {
        return archive.size();
    }

    /** The members, in the archive's order. */
    List<ParetoArchive.Entry<Leader>> members() {
        if (members == null) {
            members = archive.entries();
        }
        return members;
    }

    /** The NSGA-II crowding distance of each member within the archive, aligned with {@link #members()}. */
    double[] crowding() {
        return CrowdingDistance.of(archive.objectives());
    }

    /**
     * The binary tournament of SMPSO's leader choice: two distinct members drawn uniformly, the
     * larger crowding distance wins, ties at random; the only member when there is one.
     */
    static int tournament(double[] crowding, RandomGenerator rng) {
        int size = crowding.length;
        if (size == 1) {
            return 0;
        }
        int a = rng.nextInt(size);
        int b = Indices.other(rng, size, a);
        if (crowding[a] != crowding[b]) {
            return crowding[a] > crowding[b] ? a : b;
        }
        return rng.nextBoolean() ? a : b;
    }

    /** The members as a population, for the run's bookkeeping. */
    Population population() {
        List<ParetoArchive.Entry<Leader>> m = members();
        Population p = new Population(m.size());
        for (ParetoArchive.Entry<Leader> entry : m) {
            p.add(entry.payload().variables(), entry.payload().evaluation());
        }
        return p;
    }
}
