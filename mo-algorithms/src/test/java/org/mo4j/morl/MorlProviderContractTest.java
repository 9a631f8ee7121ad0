package org.mo4j.morl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mo4j.algorithms.registry.Parameter;

/** What every registered MORL algorithm must do, run on each provider the registry finds. */
class MorlProviderContractTest {

    private static final Map<String, String> SMALL =
            Map.of("steps", "4096", "initial-steps", "2048", "rollout-steps", "32", "envs", "4", "seed", "3");

    @Test
    void everyProviderIsNamedDescribedAndRunsSeededWithinItsBudget() {
        assertTrue(MorlAlgorithms.names().size() >= 3, MorlAlgorithms.names().toString());
        for (MorlAlgorithmProvider p : MorlAlgorithms.providers()) {
            String name = p.name();
            assertTrue(name.matches("[a-z0-9-]+"), name);
            assertFalse(p.description().isBlank(), name);
            Set<String> settings = new HashSet<>();
            for (Parameter q : p.parameters()) {
                assertTrue(settings.add(q.name()), name + " repeats " + q.name());
            }
            assertTrue(settings.containsAll(SMALL.keySet()), name + ": " + settings);
            assertThrows(IllegalArgumentException.class, () -> p.configure(Map.of("no-such-setting", "1")), name);
            assertThrows(
                    IllegalArgumentException.class,
                    () -> p.create("no-such-env", p.configure(SMALL), null, null),
                    name);
            MorlResult a = p.create("dst", p.configure(SMALL), null, null).run();
            MorlResult b = p.create("dst", p.configure(SMALL), null, null).run();
            assertTrue(a.environmentSteps() > 0 && a.environmentSteps() <= 4096, name + ": " + a.environmentSteps());
            assertArrayEquals(a.returns(), b.returns(), name + ": same seed, same archive");
            assertFalse(a.history().isEmpty(), name);
        }
    }
}
