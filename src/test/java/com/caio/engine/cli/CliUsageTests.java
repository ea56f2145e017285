package com.caio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.CaioApplication;
import org.junit.jupiter.api.Test;

/**
 * {@code --help} prints a usage stored at build time, without starting the application:
 * it must be the usage of the commands the application has. After adding or changing a
 * command, write it again with
 * {@code mvn test -Dtest=CliUsageTests -Dcaio.usage.write=true}.
 */
class CliUsageTests {

	static final Path STORED = Path.of("src/main/resources", Cli.USAGE);

	@Test
	void theStoredUsageIsTheUsageOfTheCommandsTheApplicationHas() throws IOException {
		String live = Cli.liveUsage(CaioApplication.class);
		if (Boolean.getBoolean("caio.usage.write")) {
			Files.createDirectories(STORED.getParent());
			Files.writeString(STORED, live);
		}
		assertThat(live).contains("maturity", "rules check", "engagement");
		assertThat(Files.readString(STORED))
			.as("%s is out of date: run mvn test -Dtest=CliUsageTests -Dcaio.usage.write=true", STORED)
			.isEqualTo(live);
	}

	@Test
	void helpPrintsTheStoredUsageAndExits0() throws IOException {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Cli.run(CaioApplication.class, new String[] { "--help" }, System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(STORED));
	}

}
