package org.mo4j.core.indicators;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** The message of the {@link IllegalArgumentException} an invalid call must throw. */
final class Messages {

    private Messages() {}

    static String rejection(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
