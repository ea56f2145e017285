package com.caio.engine.upskilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.caio.engine.TestWorkspace;
import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.cli.CliCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code upskilling} command over the shipped example spoiled one way at a time: a
 * file that cannot be used is refused in one line naming the file (the CSV it is in, not
 * the programme) and line:column or the field path, exit 1; a bad line is listed as
 * {@code file:line:column: reason} and the rest is assessed, exit 0; never a stack trace.
 */
@SpringBootTest(properties = "caio.rules.watch=false")
class UpskillingCommandLineTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("upskilling-cli");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@AfterAll
	static void cleanUp() {
		TestWorkspace.deleteRecursively(WORKSPACE.root());
	}

	/**
	 * One spoiled input: the file changed, how, and the line the command must print (a
	 * regular expression; {@code DIR} is the folder of the copy).
	 */
	record Case(String name, String file, Spoil spoil, int exit, String expected) {

		@Override
		public String toString() {
			return name;
		}

	}

	interface Spoil {

		byte[] apply(byte[] original) throws IOException;

	}

	record Printed(int exit, String out, String err) {
	}

	@Autowired
	List<CliCommands> commands;

	@TempDir
	Path dir;

	@BeforeEach
	void copyTheExample() throws IOException {
		for (String f : List.of("programme.yaml", "skills-survey.csv", "module-results.csv", "task-log.csv")) {
			Files.copy(Path.of("examples/upskilling").resolve(f), dir.resolve(f));
		}
	}

	static List<Case> cases() {
		return List.of(
				new Case("empty programme", "programme.yaml", b -> new byte[0], 1,
						"DIR/programme.yaml: an upskilling programme file is a mapping of fields.*"),
				new Case("empty task log", "task-log.csv", b -> new byte[0], 1,
						"task-log.csv:1:1: the file is empty; expected a header row"),
				new Case("empty survey", "skills-survey.csv", b -> new byte[0], 1,
						"skills-survey.csv:1:1: the file is empty; expected a header row"),
				new Case("empty results", "module-results.csv", b -> new byte[0], 1,
						"module-results.csv:1:1: the file is empty; expected a header row"),
				new Case("task log in Latin-1", "task-log.csv", b -> append(b,
						new byte[] { '2', '0', '2', '6', '-', '0', '3', ',', 'C', 'a', 'f', (byte) 0xE9, ',', 'S', ',',
								'y', 'e', 's', ',', 'e', 'x', 't', 'e', 'r', 'n', 'a', 'l', ',', '4', '\n' }),
						1, "task-log.csv:618:12: byte 0xE9 .* is not UTF-8 text; save the file as UTF-8.*"),
				new Case("task log with an unclosed quote", "task-log.csv",
						b -> append(b, "2026-03,\"Vendor fix,Search,yes,external,4\n".getBytes()), 1,
						"task-log.csv:618:\\d+: .*never closed.*"),
				new Case("duplicate key in the programme", "programme.yaml",
						b -> text(b).replace("start: 2026-01 ", "start: 2026-01\nstart: 2026-02 ").getBytes(), 1,
						"DIR/programme.yaml:6:1: duplicate key 'start': first at 5:1, again at 6:1; keep one of them"),
				new Case("duplicate key in a module", "programme.yaml",
						b -> text(b).replace("      month: 4\n", "      month: 4\n      month: 5\n").getBytes(), 1,
						"DIR/programme.yaml:30:7: duplicate key 'curriculum.modules\\[2\\].month'.*"),
				new Case("unknown field in a module", "programme.yaml",
						b -> text(b)
							.replace("      durationHours: 16\n", "      durationHours: 16\n      trainer: Acme\n")
							.getBytes(),
						1,
						"DIR/programme.yaml:curriculum.modules\\[2\\].trainer: unknown field 'trainer'; accepted here: .*"),
				new Case("start month 13", "programme.yaml",
						b -> text(b).replace("start: 2026-01", "start: 2026-13").getBytes(), 1,
						"DIR/programme.yaml:start: '2026-13' is not a month; expected YYYY-MM.*"),
				new Case("BOM and semicolons", "task-log.csv",
						b -> append(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
								text(b).replace(',', ';').getBytes()),
						0, "Lines left out: survey 0, results 0, task log 0"),
				new Case("negative hours", "task-log.csv", b -> line(b, "2026-03,Vendor fix,Search,yes,external,-4"), 0,
						"  task-log.csv:618:6: hours '-4' is not accepted; accepted: a number of hours from 0 to "
								+ "100,000 \\(not negative\\)"),
				new Case("NaN hours", "task-log.csv", b -> line(b, "2026-03,Vendor fix,Search,yes,external,NaN"), 0,
						"  task-log.csv:618:6: hours 'NaN' is not accepted.*"),
				new Case("month 2026-13", "task-log.csv", b -> line(b, "2026-13,Vendor fix,Search,yes,external,4"), 0,
						"  task-log.csv:618:1: month '2026-13' is not a month; accepted: YYYY-MM.*"),
				new Case("ragged task-log row", "task-log.csv", b -> line(b, "2026-03,Vendor fix,Search,yes"), 0,
						"  task-log.csv:618:1: expected 6 columns but found 4"),
				new Case("NaN pre score", "module-results.csv", b -> line(b, "P98,ai-strategy-pm,NaN,80,100,5"), 0,
						"  module-results.csv:108:3: pre score 'NaN' is not a number; accepted: a score from 0 to 100.*"),
				new Case("unknown module", "module-results.csv", b -> line(b, "P97,prompt-engineering,40,60,100,5"), 0,
						"  module-results.csv:108:2: module 'prompt-engineering' is not in the curriculum; accepted: .*"),
				new Case("ragged survey row", "skills-survey.csv", b -> line(b, "P90,1/5/26 9:00:00"), 0,
						"  skills-survey.csv:47:1: .*columns.*"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aSpoiledInputIsAnsweredInOneLineNamingWhere(Case c) throws Exception {
		Path file = dir.resolve(c.file());
		Files.write(file, c.spoil().apply(Files.readAllBytes(file)));
		Printed p = upskilling(dir.resolve("programme.yaml").toString());
		String expected = c.expected().replace("DIR", Pattern.quote(dir.toString()));
		assertThat(p.exit()).as(p.err() + p.out()).isEqualTo(c.exit());
		String printed = c.exit() == 0 ? p.out() : p.err();
		assertThat(printed.lines()).as(printed).anyMatch(l -> l.matches(expected));
		assertThat(p.err() + p.out()).doesNotContain("Exception", "\tat ", "at com.caio");
		if (c.exit() == 0) {
			assertThat(p.out()).as("the rest is assessed").contains("45 people assessed");
		}
		else {
			assertThat(p.err().lines().count()).as(p.err()).isEqualTo(1);
		}
	}

	private Printed upskilling(String... args) throws CliArgs.UsageException {
		CliCommand command = commands.stream()
			.flatMap(c -> c.commands().stream())
			.filter(c -> c.usage().startsWith("upskilling FILE"))
			.findFirst()
			.orElseThrow();
		List<String> words = new ArrayList<>(List.of(args));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = command.run(CliArgs.parse(words.toArray(String[]::new)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String text(byte[] b) {
		return new String(b, StandardCharsets.UTF_8);
	}

	private static byte[] append(byte[] a, byte[] b) {
		byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static byte[] line(byte[] b, String line) {
		return append(b, (line + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
