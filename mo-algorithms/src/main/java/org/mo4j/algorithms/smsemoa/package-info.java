/** SMS-EMOA (Beume, Naujoks, Emmerich 2007), steady-state hypervolume selection. */
package org.mo4j.algorithms.smsemoa;
