/**
 * Quality indicators for approximation fronts (objectives minimised, fronts as {@code double[][]}
 * with one row per point): convergence ({@link org.mo4j.core.indicators.GenerationalDistance},
 * {@link org.mo4j.core.indicators.InvertedGenerationalDistance},
 * {@link org.mo4j.core.indicators.InvertedGenerationalDistancePlus},
 * {@link org.mo4j.core.indicators.AdditiveEpsilon}), diversity
 * ({@link org.mo4j.core.indicators.Spread}, {@link org.mo4j.core.indicators.Sparsity}), utility
 * based ({@link org.mo4j.core.indicators.R2}, {@link org.mo4j.core.indicators.ExpectedUtility}),
 * the {@link org.mo4j.core.indicators.QualityIndicator} interface binding an indicator's fixed
 * arguments, and {@link org.mo4j.core.indicators.Normalization}.
 *
 * <p>Each indicator is a static {@code of(...)} that validates its input once and never modifies
 * it. Definitions follow the cited papers and pymoo/jMetal where those agree; each class says which
 * library it matches where they differ. No indicator normalises internally.
 */
package org.mo4j.core.indicators;
