package org.mo4j.core.testing;

import java.lang.reflect.Method;
import java.util.OptionalLong;

/**
 * Bytes a warm piece of code allocates on the calling thread, read from HotSpot's per-thread
 * counter ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, by reflection so that
 * the tests compile on any JDK). The cost of reading the counter is measured the same way and
 * subtracted. Empty when the JVM has no such counter.
 */
public final class Allocations {

    private Allocations() {}

    /**
     * Runs {@code step} {@code warmup} times (so the JIT has compiled it), then five rounds of
     * {@code repetitions} counted runs, and returns the bytes of the round that allocated least. A
     * real allocation shows in every round; what the interpreter or C1 allocate while C2 is still
     * compiling (slow on a loaded machine) shows only in the early ones.
     */
    public static OptionalLong bytes(Runnable step, int warmup, int repetitions) {
        try {
            Object threads = Class.forName("java.lang.management.ManagementFactory")
                    .getMethod("getThreadMXBean")
                    .invoke(null);
            Class<?> hotspot;
            try {
                hotspot = Class.forName("com.sun.management.ThreadMXBean");
            } catch (ClassNotFoundException e) {
                return OptionalLong.empty();
            }
            if (!hotspot.isInstance(threads)) {
                return OptionalLong.empty();
            }
            Method allocatedBytes = hotspot.getMethod("getThreadAllocatedBytes", long.class);
            for (int i = 0; i < warmup; i++) {
                step.run();
            }
            long id = Thread.currentThread().getId();
            // what reading the counter itself allocates (boxing by reflection), measured the same way
            long start = (long) allocatedBytes.invoke(threads, id);
            long overhead = (long) allocatedBytes.invoke(threads, id) - start;
            long least = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long before = (long) allocatedBytes.invoke(threads, id);
                for (int i = 0; i < repetitions; i++) {
                    step.run();
                }
                least = Math.min(least, (long) allocatedBytes.invoke(threads, id) - before - overhead);
            }
            return OptionalLong.of(least);
        } catch (ReflectiveOperationException e) {
            return OptionalLong.empty();
        }
    }
}
