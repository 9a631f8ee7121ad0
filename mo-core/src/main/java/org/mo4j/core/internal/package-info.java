/**
 * Internal helpers shared by mo-core's kernels (for now the packed-key radix sort behind the
 * sorting presort and the 2D hypervolume sweep). Public only so that several packages can use
 * them: not part of mo4j's API, no compatibility promise, and nothing outside mo-core should
 * depend on them.
 */
package org.mo4j.core.internal;
