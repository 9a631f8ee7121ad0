/**
 * Text input and output of fronts in the format of the {@code mo4j} command line: one point per
 * line, whitespace-separated coordinates, {@code #} comments, blank lines between sets.
 */
package org.mo4j.core.io;
