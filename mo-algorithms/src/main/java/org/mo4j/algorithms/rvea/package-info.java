/** RVEA (Cheng, Jin, Olhofer, Sendhoff 2016): reference-vector guided selection by angle-penalised distance. */
package org.mo4j.algorithms.rvea;
