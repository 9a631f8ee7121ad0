/** IBEA (Zitzler &amp; Künzli 2004) with the additive ε-indicator, iterative removal of the least fit. */
package org.mo4j.algorithms.ibea;
