package com.caio.engine.businesscase;

/**
 * The discounted-cash-flow arithmetic, on monthly cash flows whose index is the month
 * (month 0 is not discounted). Pure functions, so each can be checked against a
 * spreadsheet.
 */
public final class Finance {

	private static final double IRR_TOLERANCE = 1e-12;

	private Finance() {
	}

	/** The monthly rate equivalent to an annual one: (1 + annual)^(1/12) - 1. */
	public static double monthlyRate(double annualRate) {
		return Math.pow(1 + annualRate, 1.0 / 12) - 1;
	}

	/**
	 * Sum of cashFlows[m] / (1 + rate)^m; month 0 is undiscounted (a spreadsheet's NPV()
	 * would discount it).
	 */
	public static double npv(double rate, double[] cashFlows) {
		double total = 0;
		double factor = 1;
		for (double cashFlow : cashFlows) {
			total += cashFlow / factor;
			factor *= 1 + rate;
		}
		return total;
	}

	/**
	 * The first month whose cumulative cash flow is at least zero, interpolated within
	 * that month (m - 1 + deficit / cashFlow[m]); null when the cumulative cash flow
	 * never reaches zero.
	 */
	public static Double paybackMonths(double[] cashFlows) {
		double cumulative = cashFlows[0];
		if (cumulative >= 0) {
			return 0.0;
		}
		for (int m = 1; m < cashFlows.length; m++) {
			double deficit = -cumulative;
			cumulative += cashFlows[m];
			if (cumulative >= 0) {
				return m - 1 + deficit / cashFlows[m];
			}
		}
		return null;
	}

	/**
	 * The periodic rate at which the NPV is zero, or null when the flows never change
	 * sign (or no root is found above -100%). With several sign changes there can be
	 * several rates: the one closest to zero is returned, as a spreadsheet's IRR()
	 * started from a small guess would find.
	 */
	public static Double irr(double[] cashFlows) {
		if (!changesSign(cashFlows)) {
			return null;
		}
		Double best = null;
		double previousRate = -0.999;
		double previousNpv = npv(previousRate, cashFlows);
		for (double rate : grid()) {
			double value = npv(rate, cashFlows);
			if (previousNpv == 0 || Math.signum(value) != Math.signum(previousNpv)) {
				double root = previousNpv == 0 ? previousRate : bisect(cashFlows, previousRate, rate);
				if (best == null || Math.abs(root) < Math.abs(best)) {
					best = root;
				}
			}
			previousRate = rate;
			previousNpv = value;
		}
		return best;
	}

	/** A periodic rate compounded to a year: (1 + monthly)^12 - 1. */
	public static double annualise(double monthlyRate) {
		return Math.pow(1 + monthlyRate, 12) - 1;
	}

	private static boolean changesSign(double[] cashFlows) {
		boolean positive = false;
		boolean negative = false;
		for (double cashFlow : cashFlows) {
			positive |= cashFlow > 0;
			negative |= cashFlow < 0;
		}
		return positive && negative;
	}

	/**
	 * Candidate rates from -99.9% to +1000% a period: every 0.1 point up to 100%, then
	 * every 5 points.
	 */
	private static double[] grid() {
		double[] rates = new double[1999 + 180];
		for (int i = 0; i < 1999; i++) {
			rates[i] = -0.998 + i * 0.001;
		}
		for (int i = 0; i < 180; i++) {
			rates[1999 + i] = 1.05 + i * 0.05;
		}
		return rates;
	}

	private static double bisect(double[] cashFlows, double low, double high) {
		double fLow = npv(low, cashFlows);
		for (int i = 0; i < 200 && high - low > IRR_TOLERANCE; i++) {
			double mid = (low + high) / 2;
			double fMid = npv(mid, cashFlows);
			if (Math.signum(fMid) == Math.signum(fLow)) {
				low = mid;
				fLow = fMid;
			}
			else {
				high = mid;
			}
		}
		return (low + high) / 2;
	}

}
