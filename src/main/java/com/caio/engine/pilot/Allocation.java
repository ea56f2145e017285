package com.caio.engine.pilot;

/**
 * How units are split between the arms, e.g. 50/50 or 30/70 (control/treatment).
 *
 * @param control share of units in control, in (0, 1)
 * @param treatment share of units in treatment; the two add up to 1
 */
public record Allocation(double control, double treatment) {

	public static final Allocation EVEN = new Allocation(0.5, 0.5);

	/** Treatment units per control unit: the k of the unequal-allocation formulas. */
	public double ratio() {
		return treatment / control;
	}

	@Override
	public String toString() {
		return format(control * 100) + "/" + format(treatment * 100);
	}

	private static String format(double percent) {
		return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
	}
}
