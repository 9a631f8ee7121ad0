package org.mo4j.morl.env;

import java.util.random.RandomGenerator;

/**
 * A SplitMix64 generator that can be reseeded in place, so an environment's reset allocates
 * nothing. Its {@code nextLong} sequence after {@code reseed(s)} equals that of
 * {@code new java.util.SplittableRandom(s)} (same golden gamma and mixing function, Steele, Lea,
 * Flood 2014); the other draws are {@link RandomGenerator}'s defaults over it.
 */
final class SeedableRandom implements RandomGenerator {

    static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    SeedableRandom(long seed) {
        state = seed;
    }

    void reseed(long seed) {
        state = seed;
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom uses. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
