package org.mo4j.surrogates.merging;

/**
 * A labelled classification task with a training and a test split. Arrays are shared, not copied
 * (a task is built once and only read); do not modify them.
 *
 * @param trainX training inputs, one row per example
 * @param trainY training labels in [0, classes)
 * @param testX  test inputs
 * @param testY  test labels
 */
public record ClassificationTask(double[][] trainX, int[] trainY, double[][] testX, int[] testY) {

    /** The number of input features. */
    public int features() {
        return trainX[0].length;
    }
}
