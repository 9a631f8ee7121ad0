/**
 * Argument checks shared by every public entry point: each kernel validates once and then trusts
 * its input, and every failure is an {@link java.lang.IllegalArgumentException} that names the
 * argument and the value.
 */
package org.mo4j.core.validation;
