package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.caio.engine.TestWorkbooks;
import com.caio.engine.TestWorkspace;
import com.caio.engine.maturity.QuestionCatalogueParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped risk band table saved the ways spreadsheets save it (Excel's "CSV UTF-8"
 * with its byte-order mark, European Excel's semicolons, tabs, Windows line ends, the
 * empty columns and rows a sheet leaves behind, and as a workbook): each serves the same
 * four band rules as the shipped file, and the same typed mistake in each is reported at
 * its cell, {@code file:row:column} with the column letter.
 */
class SpreadsheetSavesTests {

	static final String CSV = "risk/bands.drl.csv";

	TestWorkspace workspace;

	RuleRuntime runtime;

	List<List<String>> rows;

	List<String> shippedBands;

	/** One way of saving the table: its file name and its bytes from the rows. */
	record Save(String name, String file, Saver saver) {

		@Override
		public String toString() {
			return name;
		}

	}

	interface Saver {

		byte[] save(List<List<String>> rows) throws IOException;

	}

	static Stream<Save> saves() {
		return Stream.of(new Save("comma, UTF-8 with BOM (Excel's CSV UTF-8)", CSV, r -> bom(csv(r, ',', "\n"))),
				new Save("semicolons, BOM, CRLF (European Excel)", CSV, r -> bom(csv(r, ';', "\r\n"))),
				new Save("semicolons, no BOM", CSV, r -> utf8(csv(r, ';', "\n"))),
				new Save("tab separated", CSV, r -> utf8(csv(r, '\t', "\n"))),
				new Save("comma, CRLF", CSV, r -> utf8(csv(r, ',', "\r\n"))),
				new Save("trailing empty columns and rows", CSV,
						r -> utf8(csv(padded(r), ',', "\r\n") + ",,,,,,\r\n,,,,,,\r\n")),
				new Save("workbook (.drl.xlsx)", "risk/bands.drl.xlsx", r -> TestWorkbooks.table(r, null)));
	}

	@BeforeEach
	void shipped() throws IOException {
		workspace = TestWorkspace.create("saves");
		runtime = new RuleRuntime(workspace.rules(), List.of(new QuestionCatalogueParser()));
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		shippedBands = bandRules();
		assertThat(shippedBands).hasSize(4);
		rows = EditableTable.rows(CSV, Files.readAllBytes(workspace.rules().resolve(CSV)), new ArrayList<>())
			.orElseThrow();
	}

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("saves")
	void theTableServesTheSameBandsHoweverItWasSaved(Save save) throws IOException {
		replace(save.file(), save.saver().save(rows));

		RuleRuntime.Status status = runtime.reload();

		assertThat(status.messages()).as(save.name()).isEmpty();
		assertThat(status.lastBuildSucceeded()).isTrue();
		assertThat(bandRules()).isEqualTo(shippedBands);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("saves")
	void aTypedMistakeIsReportedAtItsCellHoweverTheTableWasSaved(Save save) throws IOException {
		String serving = runtime.current().version();
		List<List<String>> typo = new ArrayList<>();
		rows.forEach(r -> typo.add(new ArrayList<>(r)));
		int critical = rowOf(typo, "RISK-BAND-CRIT");
		typo.get(critical).set(1, "sixteen");
		replace(save.file(), save.saver().save(typo));

		RuleRuntime.Status status = runtime.reload();

		assertThat(status.messages().stream().filter(RuleMessage::isError).map(RuleMessage::toString)).as(save.name())
			.anySatisfy(m -> assertThat(m).endsWith(save.file() + ":" + (critical + 1) + ":B: 'sixteen' is not a "
					+ "number such as 2.5 (digits, one '.' and no exponent) (column B holds number)"));
		assertThat(runtime.current().version()).as("the last good rules keep serving").isEqualTo(serving);
	}

	private static int rowOf(List<List<String>> rows, String id) {
		int r = 0;
		while (rows.get(r).isEmpty() || !rows.get(r).get(0).startsWith(id)) {
			r++;
		}
		return r;
	}

	private List<String> bandRules() {
		return runtime.catalogue()
			.stream()
			.map(RuleCatalogue.Entry::id)
			.filter(id -> id.startsWith("RISK-BAND-") && !id.matches("RISK-BAND-\\d+"))
			.sorted()
			.toList();
	}

	private void replace(String file, byte[] content) throws IOException {
		Files.delete(workspace.rules().resolve(CSV));
		Files.write(workspace.rules().resolve(file), content);
	}

	static String csv(List<List<String>> rows, char separator, String newline) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				if (c > 0) {
					out.append(separator);
				}
				String cell = row.get(c);
				boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n");
				out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
			}
			out.append(newline);
		}
		return out.toString();
	}

	static List<List<String>> padded(List<List<String>> rows) {
		List<List<String>> out = new ArrayList<>();
		rows.forEach(r -> {
			List<String> row = new ArrayList<>(r);
			row.addAll(List.of("", "", ""));
			out.add(row);
		});
		return out;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] bom(String text) {
		return utf8("\uFEFF" + text);
	}

}
