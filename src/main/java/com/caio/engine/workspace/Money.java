package com.caio.engine.workspace;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts as people of the page's locale read them: grouped, with the currency's symbol
 * and decimals where that locale puts them (€1,200.00 in en-GB, 1.200,00 € in de-DE). The
 * currency is the amount's own, never converted.
 */
final class Money {

	private Money() {
	}

	static String format(double amount, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		try {
			if (currency != null) {
				format.setCurrency(Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)));
			}
		}
		catch (IllegalArgumentException ex) {
			return NumberFormat.getNumberInstance(locale).format(amount) + " " + currency;
		}
		return format.format(amount);
	}

}
