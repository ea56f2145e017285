package com.caio.engine.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line names a refused file once, whatever the reader put in the position.
 */
class RefusalTests {

	@ParameterizedTest(name = "{0} at ''{1}''")
	@CsvSource(delimiter = '|', value = { "/tmp/in/case.yaml | case.yaml:7:1 | /tmp/in/case.yaml:7:1: bad",
			"/tmp/in/case.yaml | /tmp/in/case.yaml:7:1 | /tmp/in/case.yaml:7:1: bad",
			"case.yaml | case.yaml:7:1 | case.yaml:7:1: bad", "/tmp/in/case.yaml | case.yaml | /tmp/in/case.yaml: bad",
			"/tmp/in/case.yaml | scenarios[1].uplift | /tmp/in/case.yaml:scenarios[1].uplift: bad",
			"C:\\in\\case.yaml | case.yaml:2:3 | C:\\in\\case.yaml:2:3: bad",
			"/tmp/in/case.yaml | other.yaml:7:1 | /tmp/in/case.yaml:other.yaml:7:1: bad" })
	void theFileIsNamedOnce(String file, String where, String expected) {
		assertThat(new BadInputException(where, "bad").describe(file)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "/tmp/in/survey.csv, 12, 3, /tmp/in/survey.csv:12:3: bad" })
	void aLineAndColumnFollowTheFile(String file, long line, int column, String expected) {
		assertThat(new Refusal(line, column, "bad", null).describe(file)).isEqualTo(expected);
	}

	/**
	 * A refusal in an attached file (the pack's KPI series, a baseline CSV) names that
	 * file at its line and column, not the main file the command was given, and carries
	 * the line and column for the API.
	 */
	@ParameterizedTest
	@CsvSource({ "/tmp/gb/pack.yaml, kpis.csv, 5, 3, kpis.csv:5:3: bad",
			"/tmp/gb/pack.yaml, incidents.csv, 2, 0, incidents.csv:2:1: bad",
			"/tmp/gb/kpis.csv, kpis.csv, 5, 3, /tmp/gb/kpis.csv:5:3: bad" })
	void aRefusalInAnAttachedFileNamesThatFile(String main, String attached, long line, int column, String expected) {
		BadInputException refusal = BadInputException.at(attached, line, column, "bad");
		assertThat(refusal.describe(main)).isEqualTo(expected);
		assertThat(refusal.line()).isEqualTo(line);
		assertThat(refusal.column()).isEqualTo(Math.max(1, column));
		assertThat(refusal.where()).isEqualTo(attached + ":" + line + ":" + Math.max(1, column));
	}

}
