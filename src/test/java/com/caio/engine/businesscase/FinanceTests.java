package com.caio.engine.businesscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The discounting arithmetic against published worked examples and a spreadsheet; see
 * src/test/resources/businesscase/oracle/README.md for how the spreadsheet values were
 * obtained.
 */
class FinanceTests {

	@Test
	void npvDoesNotDiscountMonthZeroUnlikeASpreadsheet() {
		// Microsoft's NPV() help example: NPV(10%, -10000, 3000, 4200, 6800) = 1,188.44,
		// where the
		// spreadsheet discounts the first value. LibreOffice Calc 7.4
		// =NPV(0.1,-10000,3000,4200,6800)
		// gives 1188.44341233522. Ours does not discount index 0, so the same money
		// starts at index 1.
		assertThat(Finance.npv(0.1, new double[] { 0, -10000, 3000, 4200, 6800 })).isCloseTo(1188.44341233522,
				within(1e-8));
		// and with the outlay at index 0 it is that value times 1.1 (one period less
		// discounting)
		assertThat(Finance.npv(0.1, new double[] { -10000, 3000, 4200, 6800 })).isCloseTo(1188.44341233522 * 1.1,
				within(1e-8));
	}

	@Test
	void irrMatchesThePublishedExample() {
		// Microsoft's IRR() help example: -70,000 then 12,000, 15,000, 18,000, 21,000,
		// 26,000 gives 8.7%
		// after five years and -2.1% after four. LibreOffice Calc 7.4
		// =IRR({-70000,12000,15000,18000,21000,26000})
		// = 0.0866309480365316 and =IRR({-70000,12000,15000,18000,21000}) =
		// -0.021244848273411.
		assertThat(Finance.irr(new double[] { -70000, 12000, 15000, 18000, 21000, 26000 }))
			.isCloseTo(0.0866309480365316, within(1e-9));
		assertThat(Finance.irr(new double[] { -70000, 12000, 15000, 18000, 21000 })).isCloseTo(-0.021244848273411,
				within(1e-9));
	}

	@Test
	void irrIsNoneWithoutASignChange() {
		assertThat(Finance.irr(new double[] { -100, -5, -5 })).isNull();
		assertThat(Finance.irr(new double[] { 0, 10, 10 })).isNull();
	}

	@Test
	void withTwoRatesOfReturnTheOneClosestToZeroIsReported() {
		// -100, +230, -132 has NPV zero at 10% and at 20% ((1+r)^2 - 2.3(1+r) + 1.32 = 0
		// gives 1.1 and 1.2)
		assertThat(Finance.irr(new double[] { -100, 230, -132 })).isCloseTo(0.10, within(1e-9));
	}

	@Test
	void irrMakesTheNpvZero() {
		double[] flows = { -1000, -50, 300, 300, 300, 300, 300 };
		Double irr = Finance.irr(flows);
		assertThat(irr).isNotNull();
		assertThat(Finance.npv(irr, flows)).isCloseTo(0, within(1e-6));
	}

	@Test
	void monthlyRateCompoundsToTheAnnualRate() {
		double monthly = Finance.monthlyRate(0.10);
		assertThat(monthly).isCloseTo(0.00797414042890376, within(1e-15));
		assertThat(Finance.annualise(monthly)).isCloseTo(0.10, within(1e-12));
	}

	@Test
	void paybackIsInterpolatedWithinTheMonthTheCumulativeTurns() {
		// cumulative: -100, -70, -10, +50 -> turns in month 3, 10 of 60 into it: 2 +
		// 10/60
		assertThat(Finance.paybackMonths(new double[] { -100, 30, 60, 60 })).isCloseTo(2 + 10.0 / 60, within(1e-12));
		// exactly zero at the end of month 2 counts as paid back in month 2
		assertThat(Finance.paybackMonths(new double[] { -100, 50, 50, 50 })).isCloseTo(2.0, within(1e-12));
		assertThat(Finance.paybackMonths(new double[] { -100, 10, 10 })).isNull();
		assertThat(Finance.paybackMonths(new double[] { 0, 10, 10 })).isZero();
	}

}
