package com.caio.engine.ruleeditor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the Cucumber features of one rule base ({@code features/<folder>}) against a whole
 * rule set in a child JVM: the project's compiled steps and test classpath (written by
 * the build to {@value #CLASSPATH_FILE}), {@code @browser} scenarios left out, the rule
 * set written to a scratch folder the steps' test workspace copies instead of
 * {@code rules/}. The child writes only into that scratch folder (its message stream, its
 * temporary files), which is deleted after; it is stopped, with everything it started, at
 * the time limit.
 */
@Component
class FeatureRunner {

	static final String CLASSPATH_FILE = "target/caio-features.classpath";

	/** The system property the steps' {@code TestWorkspace} copies its rules from. */
	static final String RULES_PROPERTY = "caio.acceptance.rules";

	private static final Logger log = LoggerFactory.getLogger(FeatureRunner.class);

	/** What a run gave: its scenarios, or why it could not run or finish. */
	record Outcome(List<FeatureCheck.Scenario> scenarios, String reason, boolean ran) {

		static Outcome notRun(String reason) {
			return new Outcome(List.of(), reason, false);
		}

		/**
		 * The check's state: not run, failed (a scenario failed, or the run was stopped),
		 * no features (none left once the browser scenarios are), or passed.
		 */
		String state() {
			if (!ran) {
				return FeatureCheck.NOT_RUN;
			}
			if (reason != null || scenarios.stream().anyMatch(s -> s.status().equals(FeatureCheck.Scenario.FAILED))) {
				return FeatureCheck.FAILED;
			}
			return scenarios.isEmpty() ? FeatureCheck.NO_FEATURES : FeatureCheck.PASSED;
		}

	}

	private final Path projectDir;

	private final Duration timeout;

	private final String heap;

	FeatureRunner(@Value("${caio.rules.features.project-dir:}") String projectDir,
			@Value("${caio.rules.features.timeout:5m}") Duration timeout,
			@Value("${caio.rules.features.heap:512m}") String heap) {
		this.projectDir = Path.of(projectDir.isBlank() ? System.getProperty("user.dir") : projectDir)
			.toAbsolutePath()
			.normalize();
		this.timeout = timeout;
		this.heap = heap;
	}

	Duration timeout() {
		return timeout;
	}

	/** Whether the rule base has features: a {@code .feature} file below its folder. */
	boolean hasFeatures(String folder) {
		Path dir = projectDir.resolve("features").resolve(folder);
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.anyMatch(p -> p.toString().endsWith(".feature"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Why the steps cannot be run on this server, in plain words; null when they can. */
	String cannotRun() {
		if (!Files.isDirectory(projectDir.resolve("target/test-classes/com/caio/engine/acceptance"))) {
			return "this server was not started from the project's source tree, so the compiled steps of the "
					+ "features are missing (no target/test-classes in " + projectDir
					+ "); start it with mvn spring-boot:run, or an administrator publishes with a reason";
		}
		if (!Files.isRegularFile(projectDir.resolve(CLASSPATH_FILE))) {
			return "the list of libraries the steps need (" + CLASSPATH_FILE + " in " + projectDir
					+ ") is missing; build the project with mvn test-compile or start the server with "
					+ "mvn spring-boot:run";
		}
		return null;
	}

	/** Runs the features of {@code folder} against these files, in a child JVM. */
	Outcome run(String folder, Map<String, byte[]> files) {
		String missing = cannotRun();
		if (missing != null) {
			return Outcome.notRun(missing);
		}
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory("caio-features-" + folder + "-");
			Path rules = scratch.resolve("rules");
			Files.createDirectories(scratch.resolve("tmp"));
			write(rules, files);
			return runIn(scratch, rules, folder);
		}
		catch (IOException ex) {
			log.warn("the features of {} could not be run", folder, ex);
			return Outcome.notRun("the server could not prepare the run (" + ex.getMessage() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.notRun("the server stopped while the features ran");
		}
		finally {
			if (scratch != null) {
				deleteRecursively(scratch);
			}
		}
	}

	private Outcome runIn(Path scratch, Path rules, String folder) throws IOException, InterruptedException {
		Path messages = scratch.resolve("messages.ndjson");
		Path output = scratch.resolve("child.log");
		Path args = scratch.resolve("java.args");
		Files.write(args, List.of(quoted("-cp"), quoted(classpath())), StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:TieredStopAtLevel=1",
				"-Djava.io.tmpdir=" + scratch.resolve("tmp"), "-D" + RULES_PROPERTY + "=" + rules,
				// the data folder is taken before a test's own replaces it: never this
				// server's
				"-Dcaio.data.dir=" + scratch.resolve("data"),
				// the steps' server has test users with known passwords: this machine
				// only
				"-Dserver.address=127.0.0.1", "-Dcucumber.publish.quiet=true", "@" + args));
		command.addAll(List.of("io.cucumber.core.cli.Main", "--glue", "com.caio.engine.acceptance", "--tags",
				"not @browser", "--plugin", "message:" + messages, "--monochrome", "features/" + folder));
		Process process = new ProcessBuilder(command).directory(projectDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		boolean done;
		try {
			done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			// the server is stopping: the child must not outlive it
			stop(process);
			throw ex;
		}
		if (!done) {
			stop(process);
			return new Outcome(FeatureMessages.read(messages),
					"they did not finish within " + minutes(timeout) + " and were stopped", true);
		}
		List<FeatureCheck.Scenario> scenarios = FeatureMessages.read(messages);
		if (scenarios.isEmpty() && process.exitValue() != 0) {
			List<String> lines = lines(output);
			log.warn("the features of {} did not start (exit {}):\n{}", folder, process.exitValue(),
					String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
			return Outcome
				.notRun("the features did not start (exit code " + process.exitValue() + "): " + cause(lines));
		}
		return new Outcome(scenarios, null, true);
	}

	private static void write(Path rules, Map<String, byte[]> files) throws IOException {
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path target = rules.resolve(file.getKey()).normalize();
			if (!target.startsWith(rules)) {
				throw new IOException("'" + file.getKey() + "' is not below the rules folder");
			}
			Files.createDirectories(target.getParent());
			Files.write(target, file.getValue());
		}
	}

	/** The child and every process it started. */
	private static void stop(Process process) throws InterruptedException {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		process.waitFor(10, TimeUnit.SECONDS);
	}

	private String classpath() throws IOException {
		return String.join(java.io.File.pathSeparator, projectDir.resolve("target/test-classes").toString(),
				projectDir.resolve("target/classes").toString(),
				Files.readString(projectDir.resolve(CLASSPATH_FILE)).strip());
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** An argument file's argument: quoted, so a path with spaces stays one. */
	private static String quoted(String arg) {
		return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static String minutes(Duration duration) {
		long seconds = duration.toSeconds();
		return seconds % 60 == 0 ? (seconds / 60) + (seconds == 60 ? " minute" : " minutes") : seconds + " s";
	}

	private static List<String> lines(Path output) {
		try {
			return Files.readAllLines(output, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of();
		}
	}

	/**
	 * The root cause a stack trace names last ("Caused by: X: message"), else the last
	 * line.
	 */
	static String cause(List<String> lines) {
		String cause = null;
		for (String line : lines) {
			String stripped = line.strip();
			if (stripped.startsWith("Caused by: ")) {
				cause = stripped.substring("Caused by: ".length());
			}
		}
		if (cause == null) {
			return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
		}
		int colon = cause.indexOf(": ");
		return colon < 0 ? cause : cause.substring(colon + 2);
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("could not delete {}", dir, ex);
		}
	}

}
