/**
 * Exact hypervolume indicator and exclusive hypervolume contributions, for minimised objectives.
 *
 * <p>{@link org.mo4j.core.hypervolume.Hypervolume} is the entry point; it validates once and
 * dispatches by the number of objectives d to package-private algorithms, or runs the one named by
 * a {@link org.mo4j.core.hypervolume.HypervolumeAlgorithm} (docs/DECISIONS.md gives the evidence
 * for the dispatch rule):
 * <ul>
 *   <li>d = 1: {@code ref - min}, O(n).</li>
 *   <li>d = 2: sort by the first objective and sweep, O(n log n). Contributions in O(n log n) from
 *       the staircase neighbours, less the area of the points only that point dominates.</li>
 *   <li>d = 3: dimension sweep on the third objective keeping the 2D staircase and its covered
 *       area, the staircase as a set of first-objective ranks with O(log_64 n) predecessor and
 *       successor queries, O(n log n) time, O(n) space; Beume, Fonseca,
 *       López-Ibáñez, Paquete, Vahrenhold, "On the complexity of computing the hypervolume
 *       indicator", IEEE TEC 13(5):1075-1082, 2009.</li>
 *   <li>d = 4: HV4D+, a dimension sweep on the fourth objective keeping the visited points that
 *       are non-dominated in 3D in a list sorted by the third objective, with their 3D
 *       hypervolume; each new point adds its 3D exclusive contribution, found from per-point
 *       neighbour links that rebuild the 2D staircase at the point's height in O(1) per point
 *       ({@code Hv4dPlus}, O(n^2), plain double with a running error bound and a double-double
 *       fallback; inside WFG, {@code Hv4dPlusDd} in double-double). O(n) space;
 *       Guerreiro, Fonseca, "Computing and updating hypervolume contributions in up to four
 *       dimensions", IEEE TEC 22(3):449-463, 2018, after Guerreiro, Fonseca, Emmerich, "A fast
 *       dimension-sweep algorithm for the hypervolume indicator in four dimensions", CCCG 2012.</li>
 *   <li>d &ge; 5: QHV-II ({@code Qhv}); Jaszkiewicz, "Improved quick hypervolume algorithm",
 *       Computers &amp; Operations Research 90:72-83, 2018, after Russo, Francisco, "Quick
 *       hypervolume", IEEE TEC 18(4), 2014. The point with the largest box in a region is the
 *       pivot; its box is added and the rest of the region split into d disjoint sub-boxes
 *       (sub-box i: below the pivot in objective i, not below it in objectives before i) into
 *       which the other points go clipped; exponential in d in the worst case. Kept beside it,
 *       tested as independent checks and runnable by name, not dispatched to:
 *       WFG; While, Bradstreet, Barone, "A fast way of calculating exact hypervolumes",
 *       IEEE TEC 16(1):86-95, 2012. Points sorted by the last objective; each adds its height
 *       times its exclusive (d-1)-objective volume, the box minus the hypervolume of the limit
 *       set of the points before it (reduced to its non-dominated points above four objectives,
 *       after sorting it from the last objective so that one pass suffices). The recursion
 *       bottoms out in the linked HV4D+, which drops dominated points itself. Exponential in d in
 *       the worst case. And the recursive dimension sweep ({@code DimensionSweep}: slice on the
 *       last objective, recurse, HV4D+ at four; Fonseca, Paquete, López-Ibáñez, "An improved
 *       dimension-sweep algorithm for the hypervolume indicator", IEEE CEC 2006, without their
 *       reuse of partial volumes), O(n^(d-2)) in the worst case.</li>
 *   <li>Contributions for d = 3: HVC3D, a sweep on the third objective keeping the 2D staircase
 *       and, for each staircase point, the area of its exclusive region (its rectangle between
 *       its staircase neighbours minus the boxes of the points only it dominates), integrated
 *       lazily over the third objective; O(n log n) time, O(n) space; Guerreiro, Fonseca,
 *       Paquete, "Greedy hypervolume subset selection in low dimensions", Evolutionary
 *       Computation 24(3):521-544, 2016; Emmerich, Fonseca, EMO 2011.</li>
 *   <li>Contributions for d = 4: HVC4D of Guerreiro and Fonseca 2018, a sweep on the fourth
 *       objective keeping every point's 3D contribution, from 16 points. Where the point with
 *       the largest box dominates at least a quarter of the points, all 3D contributions are
 *       recomputed after each insertion that changes the kept set by an HVC3D pass that walks
 *       HV4D+'s per-point neighbour links ({@code Hvc4dLinks}, O(n) per point, O(n^2)); otherwise
 *       each insertion updates them by one HVC3D pass over its limit set, read off presorted
 *       orders and pruned ({@code Hvc4d}, O(n^2 log_64 n)); below 16 points, the box of
 *       each point minus the hypervolume of the limit set of all other points (WFG's exclusive
 *       volume). For d &ge; 5: each point's box left uncovered by its limit set, computed by
 *       QHV-II's split ({@code Qhv.contributions}), a sum of disjoint boxes.</li>
 *   <li>Estimation for any d: {@link org.mo4j.core.hypervolume.Hypervolume#estimate} samples
 *       uniformly in the box [ideal, ref] and counts dominated samples, giving the estimate, its
 *       binomial standard error and a Wilson score interval; reproducible from a seed.</li>
 * </ul>
 *
 * <p>Accuracy: QHV-II's result is a sum of disjoint boxes, each a product of d rounded
 * differences, summed with Neumaier's compensated summation, so it is within about (2d + 2) u
 * relative with no fallback. WFG subtracts a limit set's hypervolume from a box of nearly the
 * same volume at every level, which cancels in plain double arithmetic, so it forms coordinate
 * differences exactly and carries volumes in double-double (package-private {@code Dd}), as do
 * the 3D sweep and the 4D sweep it calls ({@code Hv4dPlusDd}). The d = 4 entry point and the dimension sweep, which
 * subtract nothing across levels, run in plain double with a rigorous running error bound
 * (running error analysis, Higham 2002, Sec. 3.3; proofs in {@code Hv4dPlus} and
 * {@code DimensionSweep}) and are redone in double-double when it exceeds 1e-13 of the result.
 * The results agree with the reference values to a few units in the last place.
 */
package org.mo4j.core.hypervolume;
