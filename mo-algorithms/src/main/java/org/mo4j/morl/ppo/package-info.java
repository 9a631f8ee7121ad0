/**
 * Proximal policy optimisation (Schulman et al. 2017) with a vector-valued critic, as C-MORL's code
 * runs it on top of pytorch-a2c-ppo-acktr: {@link org.mo4j.morl.ppo.ActorCritic the policy} with its
 * optimiser and normalisers, {@link org.mo4j.morl.ppo.PpoTrainer the trainer} (rollouts, GAE,
 * minibatch updates for a scalarised or constrained {@link org.mo4j.morl.ppo.PpoObjective}) and
 * {@link org.mo4j.morl.ppo.PolicyEvaluator deterministic evaluation}. Returns are maximised.
 */
package org.mo4j.morl.ppo;
