package org.mo4j.algorithms.emoea;

import java.util.random.RandomGenerator;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.core.archive.EpsilonGridArchive;
import org.mo4j.core.problem.Evaluation;

/**
 * ε-MOEA's two acceptance rules (Deb, Mohan, Mishra 2005, section 3): the population's (a child
 * replaces a random member it dominates, is rejected when dominated, else replaces a random member)
 * and the archive's (ε-box dominance, by mo-core's {@link EpsilonGridArchive}), both under
 * constrained domination. O(N m) and O(A m) per child for a population of N and an archive of A.
 */
final class Acceptance {

    private Acceptance() {}

    /** Whether a constrained-dominates b: smaller violation, or both feasible and Pareto dominance. */
    static boolean dominates(double[] a, double cva, double[] b, double cvb) {
        if (cva != cvb) {
            return cva < cvb;
        }
        if (cva > 0) {
            return false;
        }
        boolean strictly = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            if (a[k] < b[k]) {
                strictly = true;
            }
        }
        return strictly;
    }

    /**
     * The population member a child with objectives {@code f} and violation {@code cv} replaces, or −1
     * when it is rejected: one of the members it dominates, at random (this rule first, as the paper
     * orders them); none when a member dominates it; else a member at random.
     *
     * @param scratch room for {@code pop.size()} indices
     */
    static int population(Population pop, double[] f, double cv, int[] scratch, RandomGenerator rng) {
        int dominated = 0;
        boolean rejected = false;
        for (int i = 0; i < pop.size(); i++) {
            if (dominates(f, cv, pop.objectives(i), pop.violation(i))) {
                scratch[dominated++] = i;
            } else if (!rejected && dominates(pop.objectives(i), pop.violation(i), f, cv)) {
                rejected = true;
            }
        }
        if (dominated > 0) { // the paper's first rule comes before its second
            return scratch[rng.nextInt(dominated)];
        }
        return rejected ? -1 : rng.nextInt(pop.size());
    }

    /** A member of the archive: its decision vector and evaluation. */
    private record Member(double[] x, Evaluation e) {}

    /**
     * The ε-box archive of the feasible children; while none has been feasible, the one child of
     * least total violation.
     */
    static final class Archive {

        private final EpsilonGridArchive<Member> feasible;
        private Member leastViolating;

        Archive(double[] epsilon) {
            this.feasible = new EpsilonGridArchive<>(epsilon);
        }

        /** Offers a child; returns whether it is a member afterwards. */
        boolean offer(double[] x, Evaluation e) {
            double cv = e.totalViolation();
            if (cv == 0) {
                leastViolating = null;
                return feasible.add(e.objectives(), new Member(x, e));
            }
            if (feasible.size() > 0
                    || (leastViolating != null && leastViolating.e().totalViolation() <= cv)) {
                return false;
            }
            leastViolating = new Member(x, e);
            return true;
        }

        int size() {
            return leastViolating != null ? 1 : feasible.size();
        }

        double[] variables(int i) {
            return member(i).x();
        }

        private Member member(int i) {
            return leastViolating != null ? leastViolating : feasible.payload(i);
        }

        /** The members as a population (sharing rows), in insertion order. */
        Population asPopulation() {
            int size = size();
            Population out = new Population(size);
            for (int i = 0; i < size; i++) {
                Member m = member(i);
                out.add(m.x(), m.e());
            }
            return out;
        }
    }
}
