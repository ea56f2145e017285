package com.caio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which arguments start the server and which run a command. */
class CaioApplicationTests {

	@Test
	void optionsAloneStartTheServerAndAnyCommandWordRunsTheCommand() {
		assertThat(CaioApplication.isCommand(new String[] {})).isFalse();
		assertThat(CaioApplication.isCommand(new String[] { "--data", "d", "--rules", "r" })).isFalse();
		assertThat(CaioApplication.isCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(CaioApplication.isCommand(new String[] { "--data", "d", "maturity", "score", "f.csv" })).isTrue();
		assertThat(CaioApplication.isCommand(new String[] { "rules", "check" })).isTrue();
		assertThat(CaioApplication.isCommand(new String[] { "--help" })).isTrue();
	}

	@Test
	void aCommandWithAnOptionMissingItsValueIsStillACommandAndReportsIt() {
		assertThat(CaioApplication.isCommand(new String[] { "maturity", "score", "f.csv", "--text" })).isTrue();
		assertThat(CaioApplication.isCommand(new String[] { "--data", "d", "risk", "f.csv", "--svg" })).isTrue();
		assertThat(CaioApplication.isCommand(new String[] { "bench", "risk", "--peers" })).isTrue();
		assertThat(CaioApplication.isCommand(new String[] { "--data" })).isFalse();
		assertThat(CaioApplication.isCommand(new String[] { "--rules", "r", "--data" })).isFalse();
	}

}
