package com.caio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import com.caio.engine.TestWorkspace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast launcher {@code bin/caio} against the jar this build packaged: it prepares its
 * extracted layout and class-data archive on first use, then gives what
 * {@code java -jar target/caio.jar} gives, to the number and the exit code. Its speed is
 * measured in docs/performance.md, not here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliLauncherIT {

	private static final Path JAR = Path.of("target/caio.jar");

	private final JsonMapper json = JsonMapper.builder().build();

	private Path scratch;

	private Path cache;

	/** What a process printed and how it ended. */
	record Ran(int exit, String out, String err) {
	}

	@BeforeAll
	void prepared() throws Exception {
		assertThat(JAR).as("the jar this build packaged").exists();
		scratch = Files.createTempDirectory("caio-cli-it-");
		cache = scratch.resolve("cache");
		Ran first = launcher(Map.of(), "--help");
		assertThat(first.exit()).as(first.err()).isZero();
		assertThat(first.err()).contains("preparing a faster start").contains("maturity score FILE");
	}

	@AfterAll
	void removeTheCache() {
		TestWorkspace.deleteRecursively(scratch);
	}

	@Test
	void preparesOnceAndMakesAnArchiveTheJvmCanMap() throws Exception {
		assertThat(cache.resolve("app/caio.jar")).exists();
		assertThat(cache.resolve("caio.jsa")).as("the class-data archive").exists();
		// -Xshare:on refuses to start when the archive cannot be mapped or does not match
		// (--help alone starts without it: it loads too little to gain from it)
		Ran again = launcher(Map.of("CAIO_JAVA_OPTS", "-Xshare:on"), "--data", scratch.resolve("f").toString(),
				"maturity", "score", "examples/survey-wide.csv");
		assertThat(again.exit()).as(again.err()).isZero();
		assertThat(again.err()).doesNotContain("preparing");
		assertThat(again.out()).contains("survey-wide.csv");
	}

	@Test
	void runsAJarOfAnotherName() throws Exception {
		Path renamed = Files.copy(JAR, scratch.resolve("caio-0.1.0.jar"));
		Ran ran = launcher(
				Map.of("CAIO_JAR", renamed.toString(), "CAIO_CLI_CACHE", scratch.resolve("other").toString()), "--data",
				scratch.resolve("g").toString(), "risk", "rank", "examples/risk-register.csv");
		assertThat(ran.exit()).as(ran.err()).isZero();
		assertThat(scratch.resolve("other/app/caio-0.1.0.jar")).exists();
		assertThat(ran.out()).contains("R-01");
	}

	@Test
	void scoresASurveyAsTheJarDoes() throws Exception {
		String[] command = { "maturity", "score", "examples/survey-wide.csv", "--json" };
		Ran fast = launcher(Map.of(), with("--data", scratch.resolve("a").toString(), command));
		Ran jar = jar(with("--data", scratch.resolve("b").toString(), command));
		assertThat(fast.exit()).as(fast.err()).isZero();
		assertThat(jar.exit()).as(jar.err()).isZero();
		JsonNode a = json.readTree(fast.out());
		JsonNode b = json.readTree(jar.out());
		assertThat(a.get("result")).isEqualTo(b.get("result"));
		assertThat(a.get("ruleSetVersion")).isEqualTo(b.get("ruleSetVersion"));
		assertThat(a.get("result").get("respondents").asInt()).isEqualTo(40);
	}

	@Test
	void ranksARegisterAsTheJarDoes() throws Exception {
		String[] command = { "risk", "rank", "examples/risk-register.csv", "--json" };
		Ran fast = launcher(Map.of(), with("--data", scratch.resolve("c").toString(), command));
		Ran jar = jar(with("--data", scratch.resolve("d").toString(), command));
		assertThat(fast.exit()).as(fast.err()).isZero();
		assertThat(json.readTree(fast.out()).get("result")).isEqualTo(json.readTree(jar.out()).get("result"));
	}

	@Test
	void endsWithTheJarsExitCodesAndMessages() throws Exception {
		// a usage mistake (2) and a file that is not there (1)
		for (String[] command : List.of(new String[] { "maturity", "score" },
				new String[] { "maturity", "score", "no-such-survey.csv" })) {
			String[] args = with("--data", scratch.resolve("e").toString(), command);
			Ran fast = launcher(Map.of(), args);
			Ran jar = jar(args);
			assertThat(fast.exit()).as(String.join(" ", command)).isEqualTo(jar.exit()).isNotZero();
			assertThat(fast.err()).isEqualTo(jar.err());
		}
	}

	@Test
	void withoutACommandStartsTheServerWithTheArchiveAndTheFullJit() throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder("bin/caio", "--data", scratch.resolve("server").toString(),
				"--server.port=" + port, "--caio.rules.watch=false");
		builder.environment().put("CAIO_CLI_CACHE", cache.toString());
		builder.environment().put("CAIO_ADMIN_PASSWORD", "launcher-admin-secret-1");
		Path log = Files.createTempFile(scratch, "server", ".log");
		Process server = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
			java.net.http.HttpRequest health = java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health"))
				.build();
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			int status = 0;
			while (status != 200) {
				assertThat(server.isAlive()).as(Files.readString(log)).isTrue();
				assertThat(System.nanoTime()).as("healthy within 5 minutes").isLessThan(deadline);
				try {
					status = http.send(health, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
				}
				catch (IOException notYet) {
					Thread.sleep(200);
				}
			}
			// the script execs the JVM: its command line is the server's
			String jvm = Files.readString(Path.of("/proc/" + server.pid() + "/cmdline")).replace('\0', ' ');
			assertThat(jvm).contains("-XX:SharedArchiveFile=").doesNotContain("TieredStopAtLevel");
		}
		finally {
			server.destroy();
			server.waitFor(60, TimeUnit.SECONDS);
		}
	}

	@Test
	void saysHowToBuildTheJarWhenItIsMissing() throws Exception {
		Ran ran = launcher(Map.of("CAIO_JAR", scratch.resolve("none.jar").toString()), "--help");
		assertThat(ran.exit()).isEqualTo(2);
		assertThat(ran.err()).contains("is missing").contains("mvn -B -DskipTests package");
	}

	private static String[] with(String option, String value, String... command) {
		List<String> all = new ArrayList<>(List.of(option, value));
		all.addAll(List.of(command));
		return all.toArray(String[]::new);
	}

	private Ran launcher(Map<String, String> env, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("bin/caio"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("CAIO_CLI_CACHE", cache.toString());
		builder.environment().putAll(env);
		return run(builder);
	}

	private Ran jar(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		return run(new ProcessBuilder(command));
	}

	private Ran run(ProcessBuilder builder) throws IOException, InterruptedException {
		Path out = Files.createTempFile(scratch, "out", ".txt");
		Path err = Files.createTempFile(scratch, "err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
		return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

}
