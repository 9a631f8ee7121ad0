/** AGE-MOEA (Panichella 2019): survival by proximity and diversity under the front's estimated L_p geometry. */
package org.mo4j.algorithms.agemoea;
