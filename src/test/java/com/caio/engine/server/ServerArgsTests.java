package com.caio.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The options every command takes mean the same to the server. */
class ServerArgsTests {

	static String abs(String dir) {
		return Path.of(dir).toAbsolutePath().normalize().toString();
	}

	@Test
	void dataAndRulesInEitherSpellingBecomeTheServersFoldersAndTheRestPassesThrough() {
		assertThat(ServerArgs.translate(new String[] { "--data", "d1", "--rules=r1", "--server.port=9090" }))
			.containsExactly("--caio.data.dir=" + abs("d1"), "--caio.rules.dir=" + abs("r1"), "--server.port=9090");
		assertThat(ServerArgs.translate(new String[] { "--data=./x/../d2", "--rules", "/etc/caio/rules" }))
			.containsExactly("--caio.data.dir=" + abs("d2"), "--caio.rules.dir=/etc/caio/rules");
		assertThat(ServerArgs.translate(new String[] { "--database=x" })).containsExactly("--database=x");
	}

	@Test
	void aDataOptionWithoutItsFolderIsRefused() {
		assertThatThrownBy(() -> ServerArgs.translate(new String[] { "--data" })).hasMessageContaining("--data");
	}

}
