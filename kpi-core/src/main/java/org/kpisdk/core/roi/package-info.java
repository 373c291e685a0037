/**
 * Return on investment, in the four steps of seed 004: what each action is worth ({@link
 * org.kpisdk.core.roi.ActionValues}, {@link org.kpisdk.core.roi.SegmentUplift}), the full cost of the effort by
 * category, channel, campaign and period ({@link org.kpisdk.core.roi.Costs}), the revenue attributed to it
 * ({@link org.kpisdk.core.roi.AttributedRevenue}), and the outputs — ROI %, net return, ROAS, CPA, CPL, CAC, CLV,
 * LTV:CAC, payback and break-even revenue — of a {@link org.kpisdk.core.roi.RoiCalculation}. Money stays exact
 * and single-currency throughout; quotients are kept as exact {@link org.kpisdk.core.roi.Figure figures} that are
 * rounded once, at presentation, with a stated {@link java.math.RoundingMode}; a quotient over zero is undefined,
 * never NaN or infinity.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.core.roi;

import javax.annotation.ParametersAreNonnullByDefault;
