package org.mo4j.core.indicators;

import java.util.Arrays;
import org.mo4j.core.internal.Arguments;

/**
 * Sparsity of a front, the diversity measure of multi-objective reinforcement learning introduced
 * with PGMORL (Xu, Tian, Ma, Rus, Sueda &amp; Matusik 2020, "Prediction-guided multi-objective
 * reinforcement learning for continuous robot control", ICML 2020), computed as C-MORL does:
 *
 * <pre>  SP(A) = 1/(N − 1) · Σ_{j=1}^{m} Σ_{i=1}^{N−1} ( Ã_j(i) − Ã_j(i+1) )²,   SP = 0 when N &lt; 2 </pre>
 *
 * where Ã_j is the sorted list of the j-th values of the N points. Lower is better (denser).
 *
 * <p>The points are used as given: PGMORL and C-MORL first reduce their set to its non-dominated
 * points, so pass the non-dominated front to reproduce their numbers. The value does not depend on
 * whether objectives are minimised or maximised (it sees only gaps).
 *
 * <p>Complexity O(m·N log N) time, O(N) extra space.
 */
public final class Sparsity {

    private Sparsity() {}

    /**
     * @param front the points, possibly empty
     * @throws IllegalArgumentException if {@code front} is null, ragged or not finite
     */
    public static double of(double[][] front) {
        Arguments.front("front", front);
        return compute(front);
    }

    static double compute(double[][] front) {
        int n = front.length;
        if (n < 2) {
            return 0;
        }
        double[] column = new double[n];
        double sum = 0;
        for (int j = 0; j < front[0].length; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = front[i][j];
            }
            Arrays.sort(column);
            for (int i = 1; i < n; i++) {
                double gap = column[i] - column[i - 1];
                sum += gap * gap;
            }
        }
        return sum / (n - 1);
    }
}
