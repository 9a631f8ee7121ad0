/** ε-MOEA (Deb, Mohan, Mishra 2005): a steady-state population beside an ε-box dominance archive. */
package org.mo4j.algorithms.emoea;
