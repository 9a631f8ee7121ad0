package org.mo4j.morl.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry: names, fresh instances with their time limits, specs, and bad names. */
class EnvironmentsTest {

    @Test
    void namesAndInstances() {
        assertEquals(
                List.of(
                        "dst",
                        "dst-concave",
                        "fruit-tree",
                        "fruit-tree:5",
                        "fruit-tree:6",
                        "fruit-tree:7",
                        "resource-gathering",
                        "minecart",
                        "mo-mountaincar-continuous"),
                Environments.names());
        for (String name : Environments.names()) {
            MultiObjectiveEnv a = Environments.create(name);
            assertNotSame(a, Environments.create(name));
            EnvironmentSpec spec = Environments.spec(name);
            assertEquals(name, spec.name());
            assertEquals(a.numberOfObjectives(), spec.numberOfObjectives());
            assertEquals(10, spec.evaluationEpisodes());
            if (a instanceof TimeLimit t) {
                assertEquals(spec.timeLimit(), t.maxEpisodeSteps());
            }
        }
        assertEquals(100, ((TimeLimit) Environments.create(" DST ")).maxEpisodeSteps());
        assertTrue(((TimeLimit) Environments.create("dst-concave")).inner() instanceof DeepSeaTreasure d
                && d.map() == DeepSeaTreasure.SeaMap.CONCAVE);
    }

    @Test
    void specsAsCMorlUsesThem() {
        EnvironmentSpec fruit = Environments.spec("fruit-tree");
        assertArrayEquals(new double[] {-1, -1, -1, -1, -1, -1}, fruit.referencePoint());
        assertEquals(0.99, fruit.evaluationGamma());
        assertEquals(0.5, fruit.utilityDelta());
        assertEquals(500, fruit.evaluationTimeLimit());
        assertArrayEquals(
                fruit.referencePoint(), Environments.spec("fruit-tree:7").referencePoint());
        EnvironmentSpec minecart = Environments.spec("minecart");
        assertArrayEquals(new double[] {-1, -1, -200}, minecart.referencePoint());
        assertEquals(0.98, minecart.evaluationGamma());
        assertEquals(0.5, minecart.utilityDelta());
        assertEquals(1000, minecart.timeLimit());
        assertEquals(500, minecart.evaluationTimeLimit());
        EnvironmentSpec dst = Environments.spec("dst");
        assertArrayEquals(new double[] {0, -25}, dst.referencePoint());
        assertEquals(0.01, dst.utilityDelta());
        assertEquals(100, dst.evaluationTimeLimit());
        assertEquals(100, Environments.spec("resource-gathering").evaluationTimeLimit());
        assertEquals(0.01, Environments.spec("mo-mountaincar-continuous").utilityDelta());
        double[] ref = dst.referencePoint();
        ref[0] = 99;
        assertEquals(0, Environments.spec("dst").referencePoint()[0]);
    }

    @Test
    void everyKnownFrontStrictlyDominatesTheReferencePoint() {
        for (String name : Environments.names()) {
            MultiObjectiveEnv env = Environments.create(name);
            if (!env.hasKnownFront()) {
                continue;
            }
            double[] ref = Environments.spec(name).referencePoint();
            for (double gamma : new double[] {1.0, Environments.spec(name).evaluationGamma()}) {
                for (double[] p : env.paretoFront(gamma)) {
                    for (int j = 0; j < p.length; j++) {
                        assertTrue(p[j] > ref[j], name + " point " + java.util.Arrays.toString(p));
                    }
                }
            }
        }
    }

    @Test
    void unknownNamesListTheValidOnes() {
        for (String bad : new String[] {"nope", "fruit-tree:8", "fruit-tree:", "dst:2", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Environments.create(bad));
            assertTrue(e.getMessage().contains("fruit-tree:7") && e.getMessage().contains("minecart"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Environments.create(null));
        assertThrows(IllegalArgumentException.class, () -> Environments.spec("nope"));
    }
}
