/** NSGA-III (Deb &amp; Jain 2014; constraints per Jain &amp; Deb 2014) and its reference directions. */
package org.mo4j.algorithms.nsga3;
