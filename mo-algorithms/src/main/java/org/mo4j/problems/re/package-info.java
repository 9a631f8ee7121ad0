/**
 * The RE suite of real-world engineering problems: Tanabe and Ishibuchi, "An easy-to-use
 * real-world multi-objective optimization problem suite", Applied Soft Computing 89 (2020) 106078,
 * and its reference implementation (github.com/ryojitanabe/reproblems).
 *
 * <p>Holds the sixteen problems {@link org.mo4j.problems.re.Re21} …
 * {@link org.mo4j.problems.re.Re91}, their base {@link org.mo4j.problems.re.RealWorldProblem}
 * (published ideal and nadir points) and {@link org.mo4j.problems.re.RealWorldProblems}, which
 * builds them by name; also through {@code Problems.create("re33")}.
 */
package org.mo4j.problems.re;
