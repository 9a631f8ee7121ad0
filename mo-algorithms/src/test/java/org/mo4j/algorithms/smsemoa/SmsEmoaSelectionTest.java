package org.mo4j.algorithms.smsemoa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The removal rule of SMS-EMOA on hand-made populations. */
class SmsEmoaSelectionTest {

    @Test
    void removesTheOnlyMemberOfALastFrontOfOne() {
        double[][] f = {{0, 1}, {1, 0}, {0.5, 0.5}, {2, 2}};
        assertEquals(3, SmsEmoa.worst(f, new double[4], 4, 1.0));
    }

    @Test
    void removesTheSmallestHypervolumeContributorOfTheLastFront() {
        // one front; (0.5, 0.55) adds only a sliver between its neighbours (0.4, 0.6) and (0.6, 0.5)
        double[][] f = {{0, 1}, {0.4, 0.6}, {0.5, 0.55}, {0.6, 0.5}, {1, 0}};
        assertEquals(2, SmsEmoa.worst(f, new double[5], 5, 1.0));
    }

    @Test
    void removesTheMostViolatingSolutionFirst() {
        double[][] f = {{0, 1}, {1, 0}, {0.5, 0.5}, {0.1, 0.1}};
        double[] cv = {0, 0, 0.2, 0.1};
        assertEquals(2, SmsEmoa.worst(f, cv, 4, 1.0));
    }

    @Test
    void aThreeObjectiveFrontLosesItsMostCrowdedPoint() {
        double[][] f = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.34, 0.33, 0.33}, {0.33, 0.34, 0.33}};
        int worst = SmsEmoa.worst(f, new double[5], 5, 1.0);
        assertEquals(true, worst == 3 || worst == 4);
    }
}
