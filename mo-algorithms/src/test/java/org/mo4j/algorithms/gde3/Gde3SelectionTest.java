package org.mo4j.algorithms.gde3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.internal.Population;
import org.mo4j.core.problem.Evaluation;

/** GDE3's selection rule and population reduction, by example and against the paper's definitions. */
class Gde3SelectionTest {

    private static final double[] NONE = {};

    private static int rule(double[] fx, double[] fu) {
        return Gde3.select(fx, 0, NONE, fu, 0, NONE);
    }

    @Test
    void feasiblePairs() {
        assertEquals(Gde3.REPLACE, rule(new double[] {1, 1}, new double[] {0, 1}), "u dominates x");
        assertEquals(Gde3.REPLACE, rule(new double[] {1, 1}, new double[] {1, 1}), "u weakly dominates x (equal)");
        assertEquals(Gde3.KEEP_PARENT, rule(new double[] {0, 1}, new double[] {1, 1}), "x dominates u");
        assertEquals(Gde3.KEEP_BOTH, rule(new double[] {0, 2}, new double[] {1, 1}), "neither dominates");
        assertEquals(
                Gde3.KEEP_PARENT,
                rule(new double[] {0, 2, 5}, new double[] {0, 2, 6.5}),
                "x dominates u in one objective");
    }

    @Test
    void feasibilityFirst() {
        assertEquals(
                Gde3.REPLACE,
                Gde3.select(new double[] {0, 0}, 1.0, new double[] {1}, new double[] {9, 9}, 0, new double[] {-1}));
        assertEquals(
                Gde3.KEEP_PARENT,
                Gde3.select(new double[] {9, 9}, 0, new double[] {-1}, new double[] {0, 0}, 0.1, new double[] {0.1}));
    }

    @Test
    void infeasiblePairsCompareEachConstraintsViolation() {
        // u violates each constraint no more than x: replace
        assertEquals(
                Gde3.REPLACE,
                Gde3.select(
                        new double[] {0, 0}, 3, new double[] {1, 2}, new double[] {5, 5}, 0.5, new double[] {0.5, -1}));
        // u's total violation is smaller (2 < 3) but it violates the first constraint more: x stays
        // (the paper's constraint-domination, not Deb's total-violation rule)
        assertEquals(
                Gde3.KEEP_PARENT,
                Gde3.select(new double[] {5, 5}, 3, new double[] {0, 3}, new double[] {0, 0}, 2, new double[] {2, 0}));
        // equal violations: replace (weak domination), whatever the objectives
        assertEquals(
                Gde3.REPLACE,
                Gde3.select(new double[] {0, 0}, 1, new double[] {1}, new double[] {5, 5}, 1, new double[] {1}));
    }

    @Test
    void reductionKeepsTheBestFrontsAndCutsTheLastByCrowding() {
        Population pop = new Population(6);
        double[][] f = {{0, 4}, {1, 3}, {1.1, 2.9}, {3, 1}, {4, 0}, {5, 5}};
        for (int i = 0; i < f.length; i++) {
            pop.add(new double[] {i}, Evaluation.of(f[i]));
        }
        // first front: extremes infinite; crowding (1, 3): 0.55, (1.1, 2.9): 1.0, (3, 1): 1.45
        Gde3.reduce(pop, 4);
        Set<Double> kept = new TreeSet<>();
        for (int i = 0; i < pop.size(); i++) {
            kept.add(pop.variables(i)[0]);
        }
        assertEquals(Set.of(0.0, 2.0, 3.0, 4.0), kept);
        Gde3.reduce(pop, 5);
        assertEquals(4, pop.size(), "no reduction below the target");
    }

    /** The paper's definitions, written out: weak constraint-domination and Pareto dominance. */
    private static int oracle(double[] fx, double[] gx, double[] fu, double[] gu) {
        boolean xFeasible = true;
        boolean uFeasible = true;
        for (int j = 0; j < gx.length; j++) {
            xFeasible &= gx[j] <= 0;
            uFeasible &= gu[j] <= 0;
        }
        boolean weak;
        if (uFeasible && !xFeasible) {
            weak = true;
        } else if (!uFeasible && !xFeasible) {
            weak = true;
            for (int j = 0; j < gx.length; j++) {
                weak &= Math.max(gu[j], 0) <= Math.max(gx[j], 0);
            }
        } else if (uFeasible) {
            weak = true;
            for (int k = 0; k < fx.length; k++) {
                weak &= fu[k] <= fx[k];
            }
        } else {
            weak = false;
        }
        if (weak) {
            return Gde3.REPLACE;
        }
        boolean xDominates = true;
        boolean strictly = false;
        for (int k = 0; k < fx.length; k++) {
            xDominates &= fx[k] <= fu[k];
            strictly |= fx[k] < fu[k];
        }
        return uFeasible && xFeasible && !(xDominates && strictly) ? Gde3.KEEP_BOTH : Gde3.KEEP_PARENT;
    }

    @Property(tries = 2_000)
    void theRuleIsThePapersDefinition(
            @ForAll @IntRange(min = 1, max = 4) int m,
            @ForAll @IntRange(min = 0, max = 3) int constraints,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] fx = new double[m];
        double[] fu = new double[m];
        for (int k = 0; k < m; k++) {
            fx[k] = rng.nextInt(3); // small integers, so ties and equal vectors occur
            fu[k] = rng.nextInt(3);
        }
        double[] gx = new double[constraints];
        double[] gu = new double[constraints];
        for (int j = 0; j < constraints; j++) {
            gx[j] = rng.nextInt(4) - 2.0;
            gu[j] = rng.nextInt(4) - 2.0;
        }
        double cvx = Evaluation.totalViolation(gx);
        double cvu = Evaluation.totalViolation(gu);
        assertEquals(oracle(fx, gx, fu, gu), Gde3.select(fx, cvx, gx, fu, cvu, gu));
    }
}
