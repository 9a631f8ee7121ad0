/** SMPSO (Nebro et al. 2009), particle swarm optimisation with constricted velocity and a crowding-distance leader archive. */
package org.mo4j.algorithms.smpso;
