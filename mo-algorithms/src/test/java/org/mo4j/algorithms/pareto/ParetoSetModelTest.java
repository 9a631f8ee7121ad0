package org.mo4j.algorithms.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParetoSetModelTest {

    @Test
    void normalisesAPreferenceToUnitLength() {
        assertArrayEquals(new double[] {0.6, 0.8}, ParetoSetModel.normalisedPreference(new double[] {3, 4}, 2), 1e-15);
        assertArrayEquals(new double[] {0, 1, 0}, ParetoSetModel.normalisedPreference(new double[] {0, 2, 0}, 3), 0);
    }

    @Test
    void rejectsNegativeNonFiniteAllZeroAndMismatchedPreferences() {
        IllegalArgumentException neg = assertThrows(
                IllegalArgumentException.class, () -> ParetoSetModel.normalisedPreference(new double[] {1, -0.5}, 2));
        assertTrue(
                neg.getMessage().contains("preference[1]") && neg.getMessage().contains("-0.5"), neg.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> ParetoSetModel.normalisedPreference(new double[] {1, Double.NaN}, 2));
        assertThrows(IllegalArgumentException.class, () -> ParetoSetModel.normalisedPreference(new double[] {0, 0}, 2));
        assertThrows(IllegalArgumentException.class, () -> ParetoSetModel.normalisedPreference(new double[] {1}, 2));
        assertThrows(IllegalArgumentException.class, () -> ParetoSetModel.normalisedPreference(null, 2));
    }
}
