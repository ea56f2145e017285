package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The noncentral t distribution function against R's {@code pt(q, df, ncp)} (R 4.2,
 * options(digits=15)).
 */
class NoncentralTTests {

	@Test
	void matchesRsPtAcrossDegreesOfFreedom() {
		// pt(2, 10, ncp=1.5) = 0.659154072442026
		assertThat(NoncentralT.cdf(2, 10, 1.5)).isCloseTo(0.659154072442026, within(1e-8));
		// pt(1.96, 100, ncp=2.8) = 0.201317795286612
		assertThat(NoncentralT.cdf(1.96, 100, 2.8)).isCloseTo(0.201317795286612, within(1e-8));
		// pt(-1, 5, ncp=0.5) = 0.0824440910569708
		assertThat(NoncentralT.cdf(-1, 5, 0.5)).isCloseTo(0.0824440910569708, within(1e-8));
		// pt(3, 3, ncp=4) = 0.207473071787672
		assertThat(NoncentralT.cdf(3, 3, 4)).isCloseTo(0.207473071787672, within(1e-8));
		// pt(1.97, 2000, ncp=2.5) = 0.298059681039075
		assertThat(NoncentralT.cdf(1.97, 2000, 2.5)).isCloseTo(0.298059681039075, within(1e-8));
	}

}
