/**
 * Internal helpers shared by mo4j's packages and modules: {@link org.mo4j.core.internal.Arguments},
 * the argument checks behind every public entry point (each kernel validates once, then trusts its
 * input; every failure is an {@link java.lang.IllegalArgumentException} naming the argument and the
 * value), and the packed-key radix sort behind the sorting presort and the 2D hypervolume sweep.
 * Public only so that several packages can use them; the module exports this package to mo4j's
 * own modules only: not API, no compatibility promise.
 */
package org.mo4j.core.internal;
