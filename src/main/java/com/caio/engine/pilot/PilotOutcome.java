package com.caio.engine.pilot;

import java.util.Locale;

/**
 * The fact the decision rules read: the evaluated pilot expressed in its KPI's good
 * direction, so one rule serves a conversion rate (higher is better) and a cost per
 * acquisition (lower is better). Numbers are rounded to Precision's 9 decimal places, as
 * a person reads them, so an effect exactly on its target meets it.
 *
 * <p>
 * The effect is relative (treatment / control - 1) when both arms' KPI is positive. When
 * one is zero or negative a relative effect is undefined (a mean of -10 falling to -12 is
 * not "+20%"), and the effect, its interval and its target are absolute differences in
 * the KPI's unit (percentage points for a rate); {@code scaleNote} says why.
 *
 * @param goodEffect the observed effect times the direction (positive = better)
 * @param goodTarget the target effect, on the same scale, as a positive number
 * @param goodLow low end of the 95% interval in the good direction
 * @param goodHigh high end of the 95% interval in the good direction
 * @param hasInterval false when no interval could be computed
 * @param tested false when no p-value could be computed (no variation at all); pValue is
 * then 1
 * @param scale {@link #RELATIVE} or {@link #ABSOLUTE}
 * @param kpi "rate" or "mean", for the unit of an absolute effect
 * @param scaleNote why the absolute scale is used; empty on the relative scale
 */
public record PilotOutcome(String pilot, double alpha, double pValue, boolean tested, double goodEffect,
		double goodTarget, double goodLow, double goodHigh, boolean hasInterval, double srmPValue,
		boolean plannedReached, String scale, String kpi, String scaleNote) {

	public static final String RELATIVE = "relative";

	public static final String ABSOLUTE = "absolute";

	/**
	 * The observed effect in the good direction, e.g. "+9.50%", "-2.00" or "+1.20 pp".
	 */
	public String effectText() {
		return amount(goodEffect);
	}

	public String targetText() {
		return amount(goodTarget);
	}

	public String lowText() {
		return amount(goodLow);
	}

	public String highText() {
		return amount(goodHigh);
	}

	/** "p < 0.001" or "p = 0.0123". */
	public String pText() {
		return PilotText.p(pValue);
	}

	public String srmText() {
		return PilotText.p(srmPValue);
	}

	/** " (on the absolute scale: ...)" or empty. */
	public String scaleText() {
		return scaleNote == null || scaleNote.isEmpty() ? "" : " (" + scaleNote + ")";
	}

	private String amount(double value) {
		if (RELATIVE.equals(scale)) {
			return String.format(Locale.ROOT, "%+.2f%%", value * 100);
		}
		return "rate".equals(kpi) ? String.format(Locale.ROOT, "%+.2f pp", value * 100)
				: String.format(Locale.ROOT, "%+.4g", value);
	}

}
