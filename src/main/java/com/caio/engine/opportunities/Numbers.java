package com.caio.engine.opportunities;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as people read them in messages and documents. */
public final class Numbers {

	private Numbers() {
	}

	/** 12 rather than 12.0, 2.5 as 2.5. */
	public static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** One decimal, thousands separated: 1,234.5. */
	public static String one(double value) {
		return String.format(Locale.UK, "%,.1f", value);
	}

	/** Whole, thousands separated: 12,500. */
	public static String whole(double value) {
		return String.format(Locale.UK, "%,.0f", value);
	}

	public static String percent(double fraction) {
		return String.format(Locale.UK, "%.0f%%", fraction * 100);
	}

}
