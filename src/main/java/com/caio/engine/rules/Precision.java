package com.caio.engine.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The precision at which rules compare numbers with thresholds: as a person reads them,
 * to {@value #DECIMALS} decimal places. A dimension whose questions all average 3.4
 * scores 3.3999999999999995 in binary floating point; rounded, it is 3.4 and reaches a
 * band that starts at 3.4. Facts hand rules values already rounded here; reports keep the
 * unrounded figures.
 */
public final class Precision {

	public static final int DECIMALS = 9;

	private Precision() {
	}

	/**
	 * The value rounded half-even to {@value #DECIMALS} decimal places; NaN and the
	 * infinities unchanged.
	 */
	public static double round(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return value;
		}
		return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
	}

	/** A policy number as a person writes it: 3 not 3.0, 0.001 not 1.0E-3. */
	public static String text(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
