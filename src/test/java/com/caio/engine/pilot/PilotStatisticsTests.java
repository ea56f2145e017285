package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * Post-pilot statistics against R 4.2 ({@code options(digits=15)}), each value with the R
 * call that produced it; agreement is asserted to 1e-4 percent (6 significant digits)
 * unless noted.
 */
class PilotStatisticsTests {

	static PilotDesign design(KpiKind kind, double target, Allocation allocation) {
		return new PilotDesign("test", kind, "kpi", 0.05, 50, 20, target, 0.05, 0.8, allocation, 1000, 30, null);
	}

	@Test
	void ratesMatchPropTestWithoutContinuityCorrection() {
		Comparison c = PilotStatistics.rates(ArmTotals.ofRate("control", 20000, 1000),
				ArmTotals.ofRate("treatment", 20000, 1150), design(KpiKind.RATE, 0.10, Allocation.EVEN));
		assertThat(c.absoluteDelta()).isCloseTo(0.0075, withinPercentage(1e-9));
		assertThat(c.relativeUplift()).isCloseTo(0.15, withinPercentage(1e-9));
		// prop.test(x=c(1150,1000), n=c(20000,20000), correct=FALSE)$p.value =
		// 0.000882306955605117
		assertThat(c.pValue()).isCloseTo(0.000882306955605117, withinPercentage(1e-4));
		// ...$conf.int = 0.00308042788865843 0.0119195721113416
		assertThat(c.ci95()[0]).isCloseTo(0.00308042788865843, withinPercentage(1e-4));
		assertThat(c.ci95()[1]).isCloseTo(0.0119195721113416, withinPercentage(1e-4));
		// rel <- function(xt, nt, xc, nc) { pt_ <- xt/nt; pc <- xc/nc; se <-
		// sqrt((1-pt_)/(pt_*nt) + (1-pc)/(pc*nc));
		// exp(log(pt_/pc) + c(-1,1)*qnorm(0.975)*se) - 1 }; rel(1150, 20000, 1000, 20000)
		// = 0.058987967684091 0.248833830371261
		assertThat(c.relativeCi95()[0]).isCloseTo(0.058987967684091, withinPercentage(1e-4));
		assertThat(c.relativeCi95()[1]).isCloseTo(0.248833830371261, withinPercentage(1e-4));
		// chisq.test(c(20000, 20000), p=c(0.5,0.5))$p.value = 1
		assertThat(c.srmPValue()).isEqualTo(1.0);
		// power.prop.test(n=20000, p1=0.05, power=0.8, tol=1e-12)$p2 = 0.056284241654531
		// -> 0.056284241654531/0.05 - 1
		assertThat(c.detectableEffect()).isCloseTo(0.056284241654531 / 0.05 - 1, withinPercentage(1e-4));
	}

	@Test
	void ratesWithUnequalArmsMatchPropTest() {
		Comparison c = PilotStatistics.rates(ArmTotals.ofRate("control", 9900, 500),
				ArmTotals.ofRate("treatment", 10100, 530), design(KpiKind.RATE, 0.10, Allocation.EVEN));
		// prop.test(x=c(530,500), n=c(10100,9900), correct=FALSE)$p.value =
		// 0.528495137966723
		assertThat(c.pValue()).isCloseTo(0.528495137966723, withinPercentage(1e-4));
		// ...$conf.int = -0.00415505826833161 0.00809545230773555
		assertThat(c.ci95()[0]).isCloseTo(-0.00415505826833161, withinPercentage(1e-4));
		assertThat(c.ci95()[1]).isCloseTo(0.00809545230773555, withinPercentage(1e-4));
		// chisq.test(c(9900, 10100), p=c(0.5,0.5))$p.value = 0.157299207050284
		assertThat(c.srmPValue()).isCloseTo(0.157299207050284, withinPercentage(1e-4));
	}

	@Test
	void sampleRatioAgainstAnUnevenPlanMatchesChisqTest() {
		// chisq.test(c(3000, 7200), p=c(0.3,0.7))$p.value = 0.19483514774305
		assertThat(PilotStatistics.srmPValue(3000, 7200, new Allocation(0.3, 0.7))).isCloseTo(0.19483514774305,
				withinPercentage(1e-4));
		// chisq.test(c(20000, 20150), p=c(0.5,0.5))$p.value = 0.454099723168097
		assertThat(PilotStatistics.srmPValue(20000, 20150, Allocation.EVEN)).isCloseTo(0.454099723168097,
				withinPercentage(1e-4));
	}

	/**
	 * set.seed(42); x <- rnorm(400, 52, 20); y <- rnorm(410, 50, 20) (x treatment, y
	 * control); the summaries below are R's mean() and sd() printed with
	 * sprintf("%.15g").
	 */
	@Test
	void meansMatchWelchTTest() {
		Comparison c = PilotStatistics.means(ArmTotals.ofMean("control", 410, 48.2743615024295, 19.6291304361306),
				ArmTotals.ofMean("treatment", 400, 51.8379970057127, 19.1984524125841),
				design(KpiKind.MEAN, 0.10, Allocation.EVEN));
		// t.test(x, y)$p.value = 0.00916502135352033
		assertThat(c.pValue()).isCloseTo(0.00916502135352033, withinPercentage(1e-4));
		// t.test(x, y)$conf.int = 0.88571724867172 6.24155375789478; $parameter (df) =
		// 807.994795271216
		assertThat(c.ci95()[0]).isCloseTo(0.88571724867172, withinPercentage(1e-4));
		assertThat(c.ci95()[1]).isCloseTo(6.24155375789478, withinPercentage(1e-4));
		assertThat(c.degreesOfFreedom()).isCloseTo(807.994795271216, withinPercentage(1e-4));
		// relm <- function(mt, st, nt, mc, sc, nc) { se <- sqrt(st^2/(nt*mt^2) +
		// sc^2/(nc*mc^2));
		// exp(log(mt/mc) + c(-1,1)*qnorm(0.975)*se) - 1 }; relm(mean(x), sd(x), 400,
		// mean(y), sd(y), 410)
		// = 0.017841623670197 0.132877994403096
		assertThat(c.relativeCi95()[0]).isCloseTo(0.017841623670197, withinPercentage(1e-4));
		assertThat(c.relativeCi95()[1]).isCloseTo(0.132877994403096, withinPercentage(1e-4));
		// chisq.test(c(410, 400), p=c(0.5,0.5))$p.value = 0.725315148237577
		assertThat(c.srmPValue()).isCloseTo(0.725315148237577, withinPercentage(1e-4));
		// sp <- sqrt((409*sd(y)^2 + 399*sd(x)^2)/808); meanpow as in
		// PowerCalculationsTests;
		// uniroot(function(d) meanpow(410, d, sp, 0.05, 400/410) - 0.8, c(1e-7, 1e3)*sp,
		// tol=1e-12)$root / mean(y)
		// = 0.0792905246939144
		assertThat(c.detectableEffect()).isCloseTo(0.0792905246939144, withinPercentage(1e-4));
	}

	/**
	 * A cost KPI (lower is better): set.seed(7); cc <- rgamma(300, 4, scale=12.5); tt <-
	 * rgamma(300, 4, scale=11).
	 */
	@Test
	void costKpiMatchesWelchTTest() {
		Comparison c = PilotStatistics.means(ArmTotals.ofMean("control", 300, 53.5870454087305, 24.678653318107),
				ArmTotals.ofMean("treatment", 300, 44.0895202532642, 22.165281801492),
				design(KpiKind.MEAN, -0.10, Allocation.EVEN));
		// t.test(tt, cc)$p.value = 9.26427047751726e-07
		assertThat(c.pValue()).isCloseTo(9.26427047751726e-07, withinPercentage(1e-3));
		// t.test(tt, cc)$conf.int = -13.2588428729702 -5.7362074379624
		assertThat(c.ci95()[0]).isCloseTo(-13.2588428729702, withinPercentage(1e-4));
		assertThat(c.ci95()[1]).isCloseTo(-5.7362074379624, withinPercentage(1e-4));
		assertThat(c.detectableEffect()).isNegative();
	}

}
