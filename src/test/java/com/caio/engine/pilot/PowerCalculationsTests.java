package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * Sample sizes and detectable effects against R 4.2 ({@code options(digits=15)}); R
 * solves n with uniroot (tol ~1e-4), so agreement is asserted to 1e-4 percent, i.e. 6
 * significant digits.
 */
class PowerCalculationsTests {

	@Test
	void rateSampleSizeMatchesPowerPropTest() {
		// power.prop.test(p1=0.05, p2=0.055, power=0.8)$n = 31233.4379401286
		assertThat(PowerCalculations.rateControlUnits(0.05, 0.055, 0.05, 0.8, 1)).isCloseTo(31233.4379401286,
				withinPercentage(1e-4));
		// power.prop.test(p1=0.10, p2=0.12, sig.level=0.01, power=0.9)$n =
		// 7280.98788140248
		assertThat(PowerCalculations.rateControlUnits(0.10, 0.12, 0.01, 0.9, 1)).isCloseTo(7280.98788140248,
				withinPercentage(1e-4));
	}

	@Test
	void detectableRateMatchesPowerPropTest() {
		// R's default uniroot tol (1.2e-4 on p2) gives 0.0589880741469944; with a tight
		// tolerance:
		// power.prop.test(n=10000, p1=0.05, power=0.8, tol=1e-12)$p2 = 0.0589930973191554
		assertThat(PowerCalculations.detectableRate(10000, 0.05, 0.05, 0.8, 1, 1)).isCloseTo(0.0589930973191554,
				withinPercentage(1e-6));
		// power.prop.test(n=20000, p1=0.05, power=0.8, tol=1e-12)$p2 = 0.056284241654531
		assertThat(PowerCalculations.detectableRate(20000, 0.05, 0.05, 0.8, 1, 1)).isCloseTo(0.056284241654531,
				withinPercentage(1e-6));
	}

	@Test
	void meanSampleSizeMatchesPowerTTest() {
		// power.t.test(delta=5, sd=40, power=0.8)$n = 1005.61787008516
		assertThat(PowerCalculations.meanControlUnits(5, 40, 0.05, 0.8, 1)).isCloseTo(1005.61787008516,
				withinPercentage(1e-4));
		// power.t.test(delta=5, sd=20, power=0.8)$n = 252.128116122658
		assertThat(PowerCalculations.meanControlUnits(5, 20, 0.05, 0.8, 1)).isCloseTo(252.128116122658,
				withinPercentage(1e-4));
		// power.t.test(delta=2, sd=3, sig.level=0.01, power=0.9)$n = 68.6365123700708
		assertThat(PowerCalculations.meanControlUnits(2, 3, 0.01, 0.9, 1)).isCloseTo(68.6365123700708,
				withinPercentage(1e-4));
	}

	@Test
	void detectableMeanMatchesPowerTTest() {
		// power.t.test(n=500, sd=40, power=0.8, tol=1e-12)$delta = 7.09434158097125
		assertThat(PowerCalculations.detectableMeanDelta(500, 40, 0.05, 0.8, 1)).isCloseTo(7.09434158097125,
				withinPercentage(1e-5));
		// power.t.test(n=200, sd=20, power=0.8, tol=1e-12)$delta = 5.61673588353685
		assertThat(PowerCalculations.detectableMeanDelta(200, 20, 0.05, 0.8, 1)).isCloseTo(5.61673588353685,
				withinPercentage(1e-5));
	}

	/**
	 * Unequal allocation 30/70 (k = 7/3): the generalised power functions, written again
	 * in R and solved with uniroot (tol=1e-12): ratepow <- function(nc, p1, p2, a, k) {
	 * pb <- (p1 + k*p2)/(1+k); pnorm((sqrt(nc)*abs(p1-p2) -
	 * qnorm(1-a/2)*sqrt(pb*(1-pb)*(1+1/k)))/sqrt(p1*(1-p1)+p2*(1-p2)/k)) } meanpow <-
	 * function(nc, d, sd, a, k) { nt <- k*nc; df <- nc+nt-2; 1 - pt(qt(1-a/2, df), df,
	 * ncp=d/(sd*sqrt(1/nc+1/nt))) }
	 */
	@Test
	void unequalAllocationMatchesTheGeneralisedFormulasInR() {
		double k = 0.7 / 0.3;
		// uniroot(function(n) ratepow(n, 0.05, 0.055, 0.05, k) - 0.8, c(2, 1e7),
		// tol=1e-12)$root = 22467.99510296
		assertThat(PowerCalculations.rateControlUnits(0.05, 0.055, 0.05, 0.8, k)).isCloseTo(22467.99510296,
				withinPercentage(1e-6));
		// uniroot(function(n) meanpow(n, 5, 20, 0.05, k) - 0.8, c(2, 1e7),
		// tol=1e-12)$root = 179.980998905368
		assertThat(PowerCalculations.meanControlUnits(5, 20, 0.05, 0.8, k)).isCloseTo(179.980998905368,
				withinPercentage(1e-5));
	}

}
