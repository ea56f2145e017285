package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.TestWorkspace;
import com.caio.engine.maturity.QuestionCatalogue;
import com.caio.engine.maturity.QuestionCatalogueParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compiling, reporting and publishing rule sets, on a scratch copy of the shipped rules.
 */
class RuleRuntimeTests {

	TestWorkspace workspace;

	RuleRuntime runtime;

	@BeforeEach
	void shippedRules() {
		workspace = TestWorkspace.create("runtime");
		runtime = new RuleRuntime(workspace.rules(), List.of(new QuestionCatalogueParser()));
		RuleRuntime.Status status = runtime.reload();
		assertThat(status.messages()).as("the shipped rules compile clean").isEmpty();
		assertThat(status.lastBuildSucceeded()).isTrue();
	}

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void versionIsTheSha256OfTheSourcesAndChangesWithThem() throws IOException {
		String before = runtime.current().version();
		assertThat(before).matches("[0-9a-f]{64}");
		assertThat(runtime.reload().servingVersion()).as("same files, same version").isEqualTo(before);
		append("maturity/confidence.drl", "\n// a comment changes the version\n");
		assertThat(runtime.reload().servingVersion()).isNotEqualTo(before);
	}

	@Test
	void aDrlSyntaxErrorIsReportedAtItsLineAndTheOldRulesKeepServing() throws IOException {
		String serving = runtime.current().version();
		List<String> lines = lines("maturity/confidence.drl");
		int when = lines.indexOf("when");
		lines.set(when + 1, "    DimensionCoverage( segment == \"all\" $dim : dimension,");
		write("maturity/confidence.drl", lines);

		RuleRuntime.Status status = runtime.reload();

		assertThat(status.lastBuildSucceeded()).isFalse();
		assertThat(errors(status))
			.anySatisfy(m -> assertThat(m).startsWith(display("maturity/confidence.drl") + ":" + (when + 2) + ":"));
		assertThat(status.servingVersion()).isEqualTo(serving);
		assertThat(runtime.current().version()).isEqualTo(serving);
	}

	@Test
	void aMisspeltFieldIsReportedAtItsRealLine() throws IOException {
		List<String> lines = lines("maturity/caps.drl");
		int line = indexOf(lines, "questionId == \"MLC-04\"");
		lines.set(line, lines.get(line).replace("$m : mean", "$m : meen"));
		write("maturity/caps.drl", lines);

		assertThat(errors(runtime.reload())).anySatisfy(
				m -> assertThat(m).startsWith(display("maturity/caps.drl") + ":" + (line + 1) + ":").contains("meen"));
	}

	@Test
	void anErrorInAThenPartPointsAtItsRule() throws IOException {
		List<String> lines = lines("maturity/confidence.drl");
		int rule = indexOf(lines, "rule \"MAT-CONF-002");
		int then = indexOf(lines.subList(rule, lines.size()), "then") + rule;
		lines.add(then + 1, "    undefinedMethod( $dim );");
		write("maturity/confidence.drl", lines);

		List<String> errors = errors(runtime.reload());
		assertThat(errors).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotContain(":-1:").doesNotContain(":0:"));
		assertThat(errors).anySatisfy(m -> assertThat(m).startsWith(display("maturity/confidence.drl") + ":"));
	}

	@Test
	void aBadDecisionTableCellIsReportedAtItsSheetRow() throws IOException {
		List<String> lines = lines("maturity/levels.drl.csv");
		int row = indexOf(lines, "MAT-LVL-BAND-4");
		lines.set(row, lines.get(row).replace(",3.4,", ",3.4x,"));
		write("maturity/levels.drl.csv", lines);

		assertThat(errors(runtime.reload()))
			.anySatisfy(m -> assertThat(m).startsWith(display("maturity/levels.drl.csv") + ":" + (row + 1) + ":"));
	}

	@Test
	void codeInADecisionTableCellIsRefusedBeforeCompiling() throws IOException {
		List<String> lines = lines("maturity/levels.drl.csv");
		int row = indexOf(lines, "MAT-LVL-BAND-4");
		lines.set(row,
				lines.get(row).replace(",3.4,", ",\"1); System.setProperty(\"\"a\"\",\"\"b\"\"); int x = (0\","));
		write("maturity/levels.drl.csv", lines);

		assertThat(errors(runtime.reload())).containsExactly(display("maturity/levels.drl.csv") + ":" + (row + 1)
				+ ":B: '1); System.setProperty(\"a\",\"b\"); int x = (0' is not a number such as 2.5 (digits, one '.'"
				+ " and no exponent) (column B holds number)");
		assertThat(System.getProperty("a")).isNull();
	}

	@Test
	void systemAccessAndForeignImportsAreRefusedWithTheirPosition() throws IOException {
		List<String> lines = lines("maturity/confidence.drl");
		int imports = indexOf(lines, "import java.util.Locale;");
		lines.add(imports + 1, "import java.io.File;");
		int then = indexOf(lines, "then");
		lines.add(then + 1, "    System.exit( 1 );");
		write("maturity/confidence.drl", lines);

		List<String> errors = errors(runtime.reload());
		assertThat(errors).contains(display("maturity/confidence.drl") + ":" + (imports + 2)
				+ ":8: import of 'java.io.File' is not allowed in rules; allowed: com.caio.engine.*, java.util.*,"
				+ " java.time.*, java.math.* and the java.lang value types (String, Math, Integer ...)");
		assertThat(errors).anySatisfy(m -> assertThat(m)
			.startsWith(display("maturity/confidence.drl") + ":" + (then + 2) + ":5: 'System' is not"));
	}

	@Test
	void aPackageThatDoesNotMatchItsFolderIsAnError() throws IOException {
		List<String> lines = lines("maturity/confidence.drl");
		lines.set(0, "package risk;");
		write("maturity/confidence.drl", lines);

		assertThat(errors(runtime.reload())).contains(display("maturity/confidence.drl")
				+ ":1:1: package 'risk' does not match its folder; write 'package maturity;'");
	}

	@Test
	void aCatalogueErrorNamesLineAndColumnAndKeepsTheOldCatalogue() throws IOException {
		QuestionCatalogue before = runtime.current().data(QuestionCatalogue.class);
		List<String> lines = lines("maturity/questions.csv");
		lines.set(2, lines.get(2).replace(",1.5,false,", ",heavy,false,"));
		write("maturity/questions.csv", lines);

		assertThat(errors(runtime.reload()))
			.containsExactly(display("maturity/questions.csv") + ":3:4: weight 'heavy' must be a number above 0");
		assertThat(runtime.current().data(QuestionCatalogue.class)).isSameAs(before);
	}

	@Test
	void editorBackupFilesAreNotRules() throws IOException {
		String version = runtime.current().version();
		Files.writeString(workspace.rules().resolve("maturity/.caps.drl.swp"), "garbage");
		Files.writeString(workspace.rules().resolve("maturity/caps.drl~"), "garbage");
		assertThat(runtime.reload().servingVersion()).isEqualTo(version);
	}

	@Test
	void withoutAnyGoodRuleSetRequestsAreRefusedWithTheErrors() throws IOException {
		append("maturity/caps.drl", "\nrule \"broken\" when then nonsense end\n");
		RuleRuntime fresh = new RuleRuntime(workspace.rules(), List.of());
		fresh.reload();
		assertThatThrownBy(fresh::current).isInstanceOf(RulesUnavailableException.class)
			.satisfies(ex -> assertThat(((RulesUnavailableException) ex).messages()).isNotEmpty());
	}

	private String display(String relative) {
		Path shown = workspace.rules().toAbsolutePath();
		Path cwd = Path.of("").toAbsolutePath();
		return (shown.startsWith(cwd) ? cwd.relativize(shown) : shown) + "/" + relative;
	}

	private static List<String> errors(RuleRuntime.Status status) {
		return status.messages().stream().filter(RuleMessage::isError).map(RuleMessage::toString).toList();
	}

	private List<String> lines(String file) throws IOException {
		return new java.util.ArrayList<>(Files.readAllLines(workspace.rules().resolve(file), StandardCharsets.UTF_8));
	}

	private void write(String file, List<String> lines) throws IOException {
		Files.write(workspace.rules().resolve(file), lines, StandardCharsets.UTF_8);
	}

	private void append(String file, String text) throws IOException {
		Files.writeString(workspace.rules().resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
	}

	private static int indexOf(List<String> lines, String fragment) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(fragment) || lines.get(i).strip().equals(fragment)) {
				return i;
			}
		}
		throw new AssertionError("no line with " + fragment);
	}

}
