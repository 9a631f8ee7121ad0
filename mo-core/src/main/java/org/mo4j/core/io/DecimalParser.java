package org.mo4j.core.io;

import java.nio.charset.StandardCharsets;

/**
 * Parses one decimal token, {@code [+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?}, from
 * a range of ASCII bytes to the double that {@link Double#parseDouble(String)} returns for the same
 * text, bit for bit, without creating a {@code String}. O(token length).
 *
 * <p>Up to 19 significant digits are gathered into a {@code long}. With at most 15 of them and a
 * decimal exponent within ±22 both the digits and the power of ten are exact doubles, so one
 * multiplication or division rounds correctly (Clinger, "How to read floating point numbers
 * accurately", PLDI 1990). Otherwise the Eisel-Lemire algorithm (Lemire, "Number parsing at a
 * gigabyte per second", Software: Practice and Experience 51(8), 2021, as in Go's strconv) rounds
 * the 128-bit product with a truncated power of ten and says when it cannot decide; in that rare case,
 * for more than 19 digits, subnormal results and overflow, the token goes to
 * {@link Double#parseDouble(String)}. Why: the scanner reads tens of megabytes, and a
 * {@code String} plus the JDK's general parser per value was most of the old reading time.
 */
final class DecimalParser {

    /** Returned for a token that is not a decimal number; no decimal parses to NaN. */
    static final double NOT_A_NUMBER = Double.NaN;

    private static final double[] EXACT_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    /** An exponent beyond this (in magnitude) is clamped and the token handed to the JDK. */
    private static final int EXPONENT_LIMIT = 100_000;

    /** Where the text of the last {@link #parsePrefix} stopped. */
    int end;

    /**
     * The double of the decimal in {@code text[from, to)}, infinite when it overflows, or
     * {@link #NOT_A_NUMBER} when the text is not a decimal number (including NaN, Infinity,
     * hexadecimal and suffixed tokens, which {@link Double#parseDouble(String)} would accept).
     */
    static double parse(byte[] text, int from, int to) {
        DecimalParser parser = new DecimalParser();
        double v = parser.parsePrefix(text, from, to);
        return parser.end == to ? v : NOT_A_NUMBER;
    }

    /**
     * Parses the longest decimal that starts at {@code text[from]} and ends by {@code limit}, and
     * sets {@link #end} to the index after it; returns {@link #NOT_A_NUMBER} when no decimal starts
     * there or an exponent mark has no digits. The caller decides whether what follows may end a
     * token.
     */
    double parsePrefix(byte[] text, int from, int limit) {
        int i = from;
        boolean negative = false;
        if (i < limit && (text[i] == '+' || text[i] == '-')) {
            negative = text[i] == '-';
            i++;
        }
        long digits = 0;
        int significant = 0;
        int exponent = 0;
        boolean anyDigit = false;
        boolean exact = true;
        int c;
        while (i < limit && (c = text[i]) >= '0' && c <= '9') {
            anyDigit = true;
            if (significant > 0 || c != '0') {
                if (significant < 19) {
                    digits = 10 * digits + (c - '0');
                    significant++;
                } else {
                    exponent++;
                    exact = false;
                }
            }
            i++;
        }
        if (i < limit && text[i] == '.') {
            i++;
            while (i < limit && (c = text[i]) >= '0' && c <= '9') {
                anyDigit = true;
                if (significant > 0 || c != '0') {
                    if (significant < 19) {
                        digits = 10 * digits + (c - '0');
                        significant++;
                        exponent--;
                    } else {
                        exact = false;
                    }
                } else {
                    exponent--;
                }
                i++;
            }
        }
        if (!anyDigit) {
            end = i;
            return NOT_A_NUMBER;
        }
        if (i < limit && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < limit && (text[i] == '+' || text[i] == '-')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            if (i == limit || text[i] < '0' || text[i] > '9') {
                end = i;
                return NOT_A_NUMBER;
            }
            int e = 0;
            while (i < limit && (c = text[i]) >= '0' && c <= '9') {
                if (e < EXPONENT_LIMIT) {
                    e = 10 * e + (c - '0');
                } else {
                    exact = false;
                }
                i++;
            }
            exponent += negativeExponent ? -e : e;
        }
        end = i;
        if (digits == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (exact) {
            if (significant <= 15 && exponent >= -22 && exponent <= 22) {
                double m = digits;
                double v = exponent < 0 ? m / EXACT_POWERS[-exponent] : m * EXACT_POWERS[exponent];
                return negative ? -v : v;
            }
            double v = eiselLemire(digits, exponent, negative);
            if (v == v) {
                return v;
            }
        }
        return Double.parseDouble(new String(text, from, i - from, StandardCharsets.ISO_8859_1));
    }

    /**
     * {@code ±digits · 10^exponent} correctly rounded, {@code digits} an exact unsigned integer other
     * than 0, or NaN when the truncated table cannot decide the rounding or the result is subnormal
     * or overflows.
     */
    static double eiselLemire(long digits, int exponent, boolean negative) {
        if (exponent < PowersOfTen.MIN_EXPONENT || exponent > PowersOfTen.MAX_EXPONENT) {
            return Double.NaN;
        }
        int clz = Long.numberOfLeadingZeros(digits);
        long man = digits << clz;
        long exp2 = ((217706L * exponent) >> 16) + 64 + 1023 - clz;
        int k = 2 * (exponent - PowersOfTen.MIN_EXPONENT);
        long powHi = PowersOfTen.SIGNIFICANDS[k];
        long powLo = PowersOfTen.SIGNIFICANDS[k + 1];
        long xHi = unsignedMultiplyHigh(man, powHi);
        long xLo = man * powHi;
        if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
            long yHi = unsignedMultiplyHigh(man, powLo);
            long yLo = man * powLo;
            long mergedHi = xHi;
            long mergedLo = xLo + yHi;
            if (Long.compareUnsigned(mergedLo, xLo) < 0) {
                mergedHi++;
            }
            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && Long.compareUnsigned(yLo + man, man) < 0) {
                return Double.NaN;
            }
            xHi = mergedHi;
            xLo = mergedLo;
        }
        long msb = xHi >>> 63;
        long mantissa = xHi >>> (msb + 9);
        exp2 -= 1 ^ msb;
        if (xLo == 0 && (xHi & 0x1FF) == 0 && (mantissa & 3) == 1) {
            return Double.NaN; // exactly half-way in the truncated product: undecidable here
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if ((mantissa >>> 53) > 0) {
            mantissa >>>= 1;
            exp2++;
        }
        if (exp2 <= 0 || exp2 >= 0x7FF) {
            return Double.NaN;
        }
        long bits = exp2 << 52 | (mantissa & 0x000F_FFFF_FFFF_FFFFL);
        return Double.longBitsToDouble(negative ? bits | Long.MIN_VALUE : bits);
    }

    /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh is Java 18). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
