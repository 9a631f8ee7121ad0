package org.mo4j.algorithms;

/** Why a run ended. */
public enum StopReason {
    /** The evaluation budget was spent exactly. */
    EVALUATIONS,
    /** The wall-clock budget was exceeded (checked after each generation). */
    TIME,
    /** The indicator over the front changed by no more than the tolerance over the window. */
    STAGNATION
}
