package org.mo4j.core.problem;

/** Whether an objective of a user's problem is to be minimised or maximised. */
public enum ObjectiveSense {
    /** Smaller is better; passed through unchanged. */
    MINIMISE,
    /** Larger is better; negated so that mo4j can minimise it. */
    MAXIMISE
}
