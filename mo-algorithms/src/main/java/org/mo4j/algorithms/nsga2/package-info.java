/** NSGA-II (Deb, Pratap, Agarwal, Meyarivan 2002). */
package org.mo4j.algorithms.nsga2;
