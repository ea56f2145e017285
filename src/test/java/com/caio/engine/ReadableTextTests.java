package com.caio.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The leak checks of the text reports catch what the reports printed before issue 10's
 * review, and let through what they print now.
 */
class ReadableTextTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "  info ECO-SAVE-002: The 3-year saving is 65.4%.",
			"[warning] MAT-DIS-002 department:Finance data_readiness: The department Finance rates",
			"40 respondents scored, 3 row(s) rejected", "Steering meetings: [2027-01-14, 2027-01-28]",
			"  Sample per arm: control 31,234 (total 62,468; exact control n 31233.44)",
			"still inconclusive (p = 9.98e-11) before the planned sample", "evaluated 2026-11-27T10:00:00.123456789Z",
			"Evaluated at 10:00:00.5", "the case.. is weak", "Projected risk: 12000 inherent",
			"The longerHorizonRationale BC-PAY-002 explains it.", "the longerHorizonRationale explains it" })
	void aLeakIsCaught(String line) {
		assertThatThrownBy(() -> ReadableText.check("sample", "Title\n" + line)).isInstanceOf(AssertionError.class);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "  [info] The 3-year saving is 65.4%. (ECO-SAVE-002)",
			"  [warning] Finance (department), data readiness: rates 1.30 points below (MAT-DIS-002; questions DAT-01)",
			"  Rules applied: PIL-DEC-002, PIL-DEC-902", "  exact control n 31,233.44; p < 0.001",
			"  Baseline Retail media spend    358,260 ..   1,340,718", "rules 33b1de8e5e36, 36 months",
			"Rule set 33b1de8e5e368f318162b8152a53f4961101d46464be8a22c0c3b2fdf1beb82e",
			"  line 23, column 11: mitigated_likelihood 3 is above the inherent likelihood 2",
			"Start 2027-01-11, day 90 2027-04-10", "  1    R-01    Critical   4x5=20 Training data" })
	void aSentenceForPeoplePasses(String line) {
		assertThatCode(() -> ReadableText.check("sample", "Title\n" + line)).doesNotThrowAnyException();
	}

}
