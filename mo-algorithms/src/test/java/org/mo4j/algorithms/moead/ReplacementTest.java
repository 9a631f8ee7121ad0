package org.mo4j.algorithms.moead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.Result;
import org.mo4j.algorithms.Solution;
import org.mo4j.algorithms.TestProblems;
import org.mo4j.core.problem.Bounds;
import org.mo4j.core.problem.Evaluation;
import org.mo4j.core.problem.Problem;

/**
 * How many members one child replaces: after N initial evaluations every later evaluation returns
 * (0, 0), which improves every subproblem's g, so the count after one step is exactly MOEA/D's
 * neighbourhood T (every neighbour of subproblem 0) or MOEA/D-DE's n_r.
 */
class ReplacementTest {

    /** (1 + i, 1 + i) for the i-th of the first {@code initial} calls, then (0, 0). */
    private static Problem improvingAfter(int initial) {
        int[] calls = {0};
        return new TestProblems.Simple("ImprovingAfter" + initial, 3, 2, 0, Bounds.uniform(3, 0, 1), x -> {
            int i = calls[0]++;
            return i < initial ? Evaluation.of(1 + x[0], 2 - x[0]) : Evaluation.of(0, 0);
        });
    }

    private static long zeros(Result r) {
        return r.population().stream()
                .map(Solution::objectives)
                .filter(f -> f[0] == 0 && f[1] == 0)
                .count();
    }

    @Test
    void moeadReplacesEveryNeighbourThatTheChildImproves() {
        Result r = Moead.builder(improvingAfter(30))
                .populationSize(30)
                .neighbourhoodSize(7)
                .build()
                .run(31);
        assertEquals(30, r.population().size());
        assertEquals(7, zeros(r));
    }

    @Test
    void moeadDeReplacesAtMostNr() {
        for (int nr : new int[] {1, 2, 5}) {
            Result r = MoeadDe.builder(improvingAfter(30))
                    .populationSize(30)
                    .maxReplacements(nr)
                    .build()
                    .run(31);
            assertEquals(nr, zeros(r), "n_r = " + nr);
        }
        // two steps: at least n_r members hold (0, 0), at most 2 n_r
        Result r = MoeadDe.builder(improvingAfter(30))
                .populationSize(30)
                .maxReplacements(2)
                .neighbourhoodProbability(1)
                .build()
                .run(32);
        long z = zeros(r);
        assertTrue(z >= 2 && z <= 4, z + " members replaced");
    }
}
