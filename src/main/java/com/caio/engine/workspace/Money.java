package com.caio.engine.workspace;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts as people read them: grouped, with the currency's symbol and decimals. The
 * workspace formats in English (the engagement records carry no locale yet).
 */
final class Money {

	private Money() {
	}

	static String format(double amount, String currency) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
		try {
			if (currency != null) {
				format.setCurrency(Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)));
			}
		}
		catch (IllegalArgumentException ex) {
			return NumberFormat.getNumberInstance(Locale.UK).format(amount) + " " + currency;
		}
		return format.format(amount);
	}

}
