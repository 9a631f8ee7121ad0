package org.mo4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Every entry of the Eisel-Lemire table, recomputed with exact integers. */
class PowersOfTenTest {

    @Test
    void everyEntryIsTheTruncatedNormalisedSignificand() {
        assertEquals(2 * (PowersOfTen.MAX_EXPONENT - PowersOfTen.MIN_EXPONENT + 1), PowersOfTen.SIGNIFICANDS.length);
        for (int q = PowersOfTen.MIN_EXPONENT; q <= PowersOfTen.MAX_EXPONENT; q++) {
            BigInteger v;
            if (q >= 0) {
                v = BigInteger.TEN.pow(q);
                int shift = v.bitLength() - 128;
                v = shift > 0 ? v.shiftRight(shift) : v.shiftLeft(-shift);
            } else {
                BigInteger p = BigInteger.TEN.pow(-q);
                v = BigInteger.ONE.shiftLeft(127 + p.bitLength()).divide(p);
            }
            assertEquals(128, v.bitLength(), "1e" + q);
            int k = 2 * (q - PowersOfTen.MIN_EXPONENT);
            assertEquals(v.shiftRight(64).longValue(), PowersOfTen.SIGNIFICANDS[k], "high word of 1e" + q);
            assertEquals(v.longValue(), PowersOfTen.SIGNIFICANDS[k + 1], "low word of 1e" + q);
        }
    }
}
