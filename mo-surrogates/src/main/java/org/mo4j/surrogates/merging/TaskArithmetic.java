package org.mo4j.surrogates.merging;

import org.mo4j.core.internal.Arguments;

/**
 * Task arithmetic (Ilharco et al., "Editing Models with Task Arithmetic", ICLR 2023), the merge MAP
 * searches over (official code {@code merge.get_merged_model}): task vectors τ_i = θ_i − θ_pre and
 * merged parameters θ(c) = θ_pre + Σ_i c_i τ_i. O(T·|θ|) per merge. Immutable.
 */
public final class TaskArithmetic {

    private final double[] pretrained;
    private final double[][] taskVectors;

    /**
     * From a pretrained model and T fine-tuned models of the same size.
     *
     * @throws IllegalArgumentException if sizes differ or a value is not finite
     */
    public TaskArithmetic(double[] pretrained, double[][] finetuned) {
        int p = Arguments.point("pretrained", pretrained);
        Arguments.nonEmptyFront("finetuned", finetuned, p, "pretrained");
        this.pretrained = pretrained.clone();
        this.taskVectors = new double[finetuned.length][p];
        for (int i = 0; i < finetuned.length; i++) {
            for (int j = 0; j < p; j++) {
                taskVectors[i][j] = finetuned[i][j] - pretrained[j];
            }
        }
    }

    /** The number T of task vectors. */
    public int tasks() {
        return taskVectors.length;
    }

    /** τ_i (a copy). */
    public double[] taskVector(int i) {
        return taskVectors[i].clone();
    }

    /** θ_pre (a copy). */
    public double[] pretrained() {
        return pretrained.clone();
    }

    /**
     * θ(c) = θ_pre + Σ c_i τ_i.
     *
     * @throws IllegalArgumentException if c has another length than T or is not finite
     */
    public double[] merge(double[] c) {
        Arguments.point("c", c, taskVectors.length, "the task vectors");
        double[] theta = pretrained.clone();
        for (int i = 0; i < c.length; i++) {
            double ci = c[i];
            double[] tau = taskVectors[i];
            for (int j = 0; j < theta.length; j++) {
                theta[j] += ci * tau[j];
            }
        }
        return theta;
    }
}
