package org.mo4j.algorithms.operators;

import org.junit.jupiter.api.function.Executable;

/** Shares the message assertion with tests in other packages. */
public final class OperatorExamplesTestAccess {

    private OperatorExamplesTestAccess() {}

    /** Asserts an IllegalArgumentException whose message names {@code argument} and {@code value}. */
    public static void assertMessage(Executable call, String argument, String value) {
        OperatorExamplesTest.assertMessage(call, argument, value);
    }
}
