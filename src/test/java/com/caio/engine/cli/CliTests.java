package com.caio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.CaioApplication;
import com.caio.engine.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a user types it: output, errors and exit codes. */
class CliTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("cli");

	record Run(int exit, String out, String err) {
	}

	@AfterAll
	static void cleanUp() {
		TestWorkspace.deleteRecursively(WORKSPACE.root());
	}

	@Test
	void scoresASurveyAsJsonAndStoresIt() {
		Run run = caio("maturity", "score", "examples/survey-wide.csv", "--json");

		assertThat(run.exit()).as(run.err()).isZero();
		JsonNode stored = JsonMapper.builder().build().readTree(run.out());
		assertThat(stored.get("id").asLong()).isPositive();
		assertThat(stored.get("kind").asString()).isEqualTo("maturity");
		assertThat(stored.get("input").get("name").asString()).isEqualTo("survey-wide.csv");
		assertThat(stored.get("input").get("sha256").asString()).hasSize(64);
		JsonNode report = stored.get("result");
		assertThat(report.get("respondents").asInt()).isEqualTo(40);
		assertThat(report.get("overall").get("levelName").asString()).isEqualTo("Defined");
		assertThat(report.get("rejectedRows").get(0).get("line").asInt()).isEqualTo(42);
	}

	@Test
	void aFileThatCannotBeParsedExitsWith1AndNamesTheLine() throws Exception {
		Path broken = Files.writeString(WORKSPACE.root().resolve("broken.csv"),
				"respondent_id,GOV-01\nR1,4\nR2,\"5\nR3,4\n");
		Run run = caio("maturity", "score", broken.toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).startsWith(broken + ":3:1: a quoted field starting on this line is never closed");
	}

	@Test
	void rulesCheckReportsErrorsWithFileAndLineAndExits1() throws Exception {
		assertThat(caio("rules", "check").exit()).isZero();
		Path caps = WORKSPACE.rules().resolve("maturity/caps.drl");
		String original = Files.readString(caps);
		Files.writeString(caps, original.replaceFirst("\\$m : mean \\)", "\\$m : meen )"));
		try {
			Run run = caio("rules", "check");
			assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
			int line = lineOf(original, "questionId == \"GOV-01\"");
			assertThat(run.err()).contains("/maturity/caps.drl:" + line + ":")
				.contains("'meen' is not a bound variable, a field of the fact");
		}
		finally {
			Files.writeString(caps, original);
		}
	}

	@Test
	void withoutRulesThatCompileACommandExits1WithTheErrors() throws Exception {
		Path empty = Files.createDirectories(WORKSPACE.root().resolve("no-rules/maturity"));
		Files.writeString(empty.resolve("broken.drl"), "package maturity;\nrule \"x\" when then nonsense( end\n");
		List<String> args = List.of("maturity", "score", "examples/survey-wide.csv", "--rules",
				empty.getParent().toString(), "--data", WORKSPACE.data().toString());
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Cli.run(CaioApplication.class, args.toArray(String[]::new),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no rule set compiled from")
			.contains("no-rules/maturity/broken.drl:");
	}

	@Test
	void usageErrorsExitWith2() {
		assertThat(caio("maturity", "score").exit()).isEqualTo(2);
		assertThat(caio("maturity").exit()).isEqualTo(2);
		Run unknown = caio("frobnicate");
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).contains("maturity FILE").contains("maturity score FILE");
	}

	@Test
	void controlCharactersInAFileAreShownEscapedNotSentToTheTerminal() throws Exception {
		List<String> survey = new ArrayList<>(Files.readAllLines(Path.of("examples/survey-wide.csv")));
		String[] answers = survey.get(1).split(",", -1);
		answers[3] = "3\u0000";
		survey.set(1, String.join(",", answers));
		String[] next = survey.get(2).split(",", -1);
		next[4] = "\u001b[31mred";
		survey.set(2, String.join(",", next));
		Path surveyFile = Files.write(WORKSPACE.root().resolve("controls.csv"), survey);
		List<String> register = new ArrayList<>(Files.readAllLines(Path.of("examples/risk-register.csv")));
		String[] risk = register.get(1).split(",", -1);
		risk[1] = "Drift\u001b[2J\u009b";
		register.set(1, String.join(",", risk));
		Path registerFile = Files.write(WORKSPACE.root().resolve("controls-register.csv"), register);

		Run scored = caio("maturity", "score", surveyFile.toString());
		Run ranked = caio("risk", "rank", registerFile.toString());

		assertThat(scored.exit()).as(scored.err()).isZero();
		assertThat(scored.out()).contains("answer '3\\u0000' to GOV-01 is not accepted")
			.contains("answer '\\u001B[31mred' to GOV-02 is not accepted");
		assertThat(ranked.exit()).as(ranked.err()).isZero();
		assertThat(ranked.out()).contains("Drift\\u001B[2J\\u009B");
		for (Run run : List.of(scored, ranked)) {
			assertThat((run.out() + run.err()).chars()
				.filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F)).isEmpty();
		}
	}

	private static Run caio(String... words) {
		List<String> args = new ArrayList<>(List.of(words));
		args.addAll(List.of("--rules", WORKSPACE.rules().toString(), "--data", WORKSPACE.data().toString()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Cli.run(CaioApplication.class, args.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static int lineOf(String text, String fragment) {
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(fragment)) {
				return i + 1;
			}
		}
		throw new AssertionError(fragment);
	}

}
