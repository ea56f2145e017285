package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.caio.engine.TestWorkspace;
import com.caio.engine.maturity.LevelCandidate;
import com.caio.engine.maturity.OverallScore;
import com.caio.engine.maturity.Segment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule-injection corpus (issue 9 section 2): each way of smuggling code into a rule
 * file, DRL or decision table (CSV and XLSX), is refused before anything runs, with a
 * message at its file, line and column (row and column letter for a table). Every payload
 * tries to set the canary system property or create the canary file; neither may appear.
 */
class RuleInjectionTests {

	static final String CANARY = "caio.canary";

	static final Path CANARY_FILE = Path.of(System.getProperty("java.io.tmpdir"), "caio-injection-canary");

	static final String SET = "System.setProperty(\"caio.canary\", \"ran\")";

	Path rules;

	@BeforeEach
	void scratchFolder() throws IOException {
		rules = Files.createTempDirectory("caio-injection-").resolve("rules");
		Files.createDirectories(rules.resolve("maturity"));
	}

	@AfterEach
	void nothingRan() {
		assertThat(System.getProperty(CANARY)).as("the canary property").isNull();
		assertThat(CANARY_FILE).as("the canary file").doesNotExist();
		TestWorkspace.deleteRecursively(rules.getParent());
	}

	@AfterAll
	static void clearCanary() {
		System.clearProperty(CANARY);
	}

	static String drl(String imports, String attributes, String condition, String consequence) {
		return """
				package maturity;

				import com.caio.engine.maturity.Segment;
				import com.caio.engine.rules.Finding;
				%s
				rule "MAT-INJ-001 An injected rule"
				    @id("MAT-INJ-001")
				%s
				when
				    $s : Segment( %s )
				then
				    %s
				end
				""".formatted(imports, attributes, condition, consequence);
	}

	static String then(String consequence) {
		return drl("", "", "respondents > 0", consequence);
	}

	static Stream<Arguments> drlInjections() {
		return Stream.of(Arguments.of("a plain call", then(SET + ";"), 12, 5, "'System' is not"),
				Arguments.of("a qualified name", then("java.lang." + SET + ";"), 12, 5, "type 'java.lang.System'"),
				Arguments.of("a name split across lines", then("java\n    .lang\n    ." + SET + ";"), 12, 5,
						"type 'java.lang.System'"),
				Arguments.of("a name split by comments", then("java/**/.lang/**/." + SET + ";"), 12, 5,
						"type 'java.lang.System'"),
				Arguments.of("code after // inside a string", then("String s = \"// \"; " + SET + ";"), 12, 23,
						"'System' is not"),
				Arguments.of("a unicode-escaped name", then("\\u0053ystem.setProperty(\"caio.canary\", \"ran\");"), 12,
						5, "unicode escapes"),
				Arguments.of("a unicode quote ending a string", then("String s = \"\\u0022; " + SET + "; //\";"), 12,
						17, "unicode escapes"),
				Arguments.of("a unicode newline ending a comment", then("// \\u000a " + SET + ";"), 12, 8,
						"unicode escapes"),
				Arguments.of("Spring's ReflectionUtils",
						then("org.springframework.util.ReflectionUtils.invokeMethod(null, null);"), 12, 5,
						"type 'org.springframework.util.ReflectionUtils'"),
				Arguments.of("an imported reflection helper",
						drl("import org.springframework.util.ReflectionUtils;", "", "respondents > 0",
								"ReflectionUtils.invokeMethod(null, null);"),
						5, 8, "import of 'org.springframework.util.ReflectionUtils' is not allowed"),
				Arguments.of("commons-io FileUtils",
						drl("import org.apache.commons.io.FileUtils;", "", "respondents > 0", "FileUtils.touch(null);"),
						5, 8, "import of 'org.apache.commons.io.FileUtils' is not allowed"),
				Arguments.of("commons-lang3 MethodUtils",
						then("org.apache.commons.lang3.reflect.MethodUtils.invokeStaticMethod(null, \"exit\", 1);"), 12,
						5, "type 'org.apache.commons.lang3.reflect.MethodUtils'"),
				Arguments.of("getClass reflection", then("$s.getClass().getClassLoader();"), 12, 5, "'getClass'"),
				Arguments.of("Class.forName", then("Object c = Class.forName(\"java.lang.Runtime\");"), 12, 16,
						"'forName'"),
				Arguments.of("Class.forName on a concatenated name",
						then("Object c = Class.forName(\"java.lang.\" + \"Run\" + \"time\");"), 12, 16, "'forName'"),
				Arguments.of("method handles", then("java.lang.invoke.MethodHandles.lookup();"), 12, 5, "'lookup'"),
				Arguments.of("a class literal", then("Object m = String.class.getMethods();"), 12, 16,
						"class literals"),
				Arguments.of("a method reference", then("Runnable r = System::gc;"), 12, 18, "method references"),
				Arguments.of("Runtime.exec", then("Runtime.getRuntime().exec(\"touch " + CANARY_FILE + "\");"), 12, 5,
						"'exec'"),
				Arguments.of("an anonymous class", then("new Object() { { " + SET + "; } };"), 12, 5,
						"anonymous classes"),
				Arguments.of("a thread", then("new Thread(() -> " + SET + ").start();"), 12, 9, "type 'Thread'"),
				Arguments.of("the session internals", then("drools.getKieRuntime().halt();"), 12, 5, "'getKieRuntime'"),
				Arguments.of("a rule in the MVEL dialect",
						drl("", "    dialect \"mvel\"", "respondents > 0", SET + ";"), 8, 13,
						"dialect \"mvel\" is not allowed"),
				Arguments.of("a package in the MVEL dialect",
						"package maturity;\ndialect \"mvel\"\n"
								+ then(SET + ";").substring("package maturity;\n".length()),
						2, 9, "dialect \"mvel\" is not allowed"),
				Arguments.of("a function", then(
						"insertLogical( Finding.of( drools.getRule(), \"info\", \"all\", \"x\", \"y\", java.util.List.of() ) );")
						+ "\nfunction void boom() { " + SET + "; }\n", 15, 1, "functions are not allowed"),
				Arguments.of("a global", drl("global java.util.List sink;", "", "respondents > 0", "sink.add(1);"), 5,
						1, "globals are not allowed"),
				Arguments.of("a declared type", then("insert(1);") + "\ndeclare Boom\n  name : String\nend\n", 15, 9,
						"declared types are not allowed"),
				Arguments.of("a condition calling forbidden code", drl("", "", SET + " != null", "insert(1);"), 10, 19,
						"'System' is not"),
				Arguments.of("an accumulate calling forbidden code", """
						package maturity;
						import com.caio.engine.maturity.Segment;
						rule "MAT-INJ-002 accumulate"
						when
						    accumulate( Segment( $r : respondents ); $x : sum( System.nanoTime() ) )
						then
						end
						""", 5, 56, "'System' is not"), Arguments.of("a from source calling forbidden code", """
						package maturity;
						import com.caio.engine.maturity.Segment;
						rule "MAT-INJ-003 from"
						when
						    $p : String() from System.getProperty("user.home")
						then
						end
						""", 5, 24, "'getProperty'"), Arguments.of("an eval calling forbidden code", """
						package maturity;
						import com.caio.engine.maturity.Segment;
						rule "MAT-INJ-004 eval"
						when
						    Segment()
						    eval( System.setProperty("caio.canary", "ran") != null )
						then
						end
						""", 6, 11, "'System' is not"),
				Arguments.of("metadata evaluated as MVEL",
						drl("", "    @severity( " + SET + " )", "respondents > 0", "insert(1);"), 8, 5,
						"metadata @severity takes a quoted text"),
				Arguments.of("a salience expression",
						drl("", "    salience ( " + SET + ".length() )", "respondents > 0", "insert(1);"), 8, 14,
						"takes a literal value"),
				Arguments.of("an enabled expression",
						drl("", "    enabled ( " + SET + " != null )", "respondents > 0", "insert(1);"), 8, 13,
						"'enabled' is not allowed"),
				Arguments.of("an import of Runtime",
						drl("import java.lang.Runtime;", "", "respondents > 0", "Runtime.getRuntime().gc();"), 5, 8,
						"import of 'java.lang.Runtime' is not allowed"),
				Arguments.of("a wildcard import", drl("import java.io.*;", "", "respondents > 0", "insert(1);"), 5, 8,
						"import each type by its name"),
				Arguments.of("the application's entry point",
						then("com.caio.engine.CaioApplication.main(new String[] { \"--help\" });"), 12, 5,
						"type 'com.caio.engine.CaioApplication' is not allowed"),
				Arguments.of("an imported engine class that is not a fact",
						drl("import com.caio.engine.CaioApplication;", "", "respondents > 0",
								"CaioApplication.main(new String[0]);"),
						5, 8, "import of 'com.caio.engine.CaioApplication' is not allowed"),
				Arguments.of("the entry point imported as a function",
						drl("import function com.caio.engine.CaioApplication.main;", "", "respondents > 0",
								"main(new String[0]);"),
						5, 1, "function import of 'com.caio.engine.CaioApplication.main' is not allowed"),
				Arguments.of("an engine class through a wildcard import",
						drl("import com.caio.engine.*;", "", "respondents > 0", "CaioApplication.main(new String[0]);"),
						12, 5, "'CaioApplication' is not"),
				Arguments.of("an engine service's static helper", then("com.caio.engine.server.DataDirectory.posix();"),
						12, 5, "type 'com.caio.engine.server.DataDirectory' is not allowed"),
				Arguments.of("the consequence context", then("kcontext.getKieRuntime().halt();"), 12, 5,
						"'kcontext' is not"),
				Arguments.of("a method reference to System.exit", then("Runnable r = System::exit;"), 12, 18,
						"method references"),
				Arguments.of("a lambda", then("java.util.function.Supplier<Object> s = () -> " + SET + ";"), 12, 51,
						"'System' is not"),
				Arguments.of("java.lang.invoke", then("java.lang.invoke.MethodHandle h = null;"), 12, 5,
						"type 'java.lang.invoke.MethodHandle'"),
				Arguments.of("a class loader in a condition",
						drl("", "", "this.getClass().getClassLoader() != null", "insert(1);"), 10, 19, "'getClass'"),
				Arguments.of("a parallel stream beyond the time limit",
						then("java.util.List.of(1).parallelStream().forEach(x -> { });"), 12, 5, "'parallelStream'"),
				Arguments.of("an accumulate import", """
						package maturity;
						import com.caio.engine.maturity.Segment;
						import accumulate com.caio.engine.CaioApplication boom;
						rule "MAT-INJ-005 accumulate import"
						when
						    accumulate( Segment( $r : respondents ); $x : boom( $r ) )
						then
						end
						""", 3, 1, "accumulate imports are not allowed"),
				Arguments.of("an accumulate function that is not a built-in", """
						package maturity;
						import com.caio.engine.maturity.Segment;
						rule "MAT-INJ-006 accumulate function"
						when
						    accumulate( Segment( $r : respondents ); $x : boom( $r ) )
						then
						end
						""", 5, 51, "accumulate function 'boom' is not allowed"), Arguments.of("accumulate code", """
						package maturity;
						import com.caio.engine.maturity.Segment;
						rule "MAT-INJ-007 accumulate code"
						when
						    $n : Number() from accumulate( Segment( $r : respondents ),
						        init( int t = 0; ) action( System.exit(1); ) result( t ) )
						then
						end
						""", 5, 24, "accumulate with init/action/result code is not allowed"));
	}

	@ParameterizedTest(name = "DRL: {0}")
	@MethodSource("drlInjections")
	void aDrlInjectionIsRefusedAtItsPosition(String name, String text, int line, int column, String message)
			throws IOException {
		write("maturity/injected.drl", text);
		RuleCompiler.Build build = build();
		assertThat(build.succeeded()).as(name + " is refused").isFalse();
		assertThat(errors(build)).anySatisfy(
				m -> assertThat(m).startsWith(display("maturity/injected.drl") + ":" + line + ":" + column + ":")
					.contains(message));
	}

	static String table(String importRow, String extraRow, String score, String name) {
		return String.join("\n", "RuleSet,maturity", importRow, extraRow, "", "RuleTable Level bands",
				"NAME,CONDITION,ACTION,ACTION", ",$s : Scored,,",
				",score >= $param,int level = $param;,\"insertLogical( new LevelCandidate( $s.segment(), "
						+ "$s.subject(), level, \"\"$param\"\", drools.getRule().getName() ) );\"",
				"Band,Score at least,Level,Level name", "MAT-LVL-BAND-2 Adopted from 1.8," + score + ",2," + name,
				"MAT-LVL-BAND-1 Initial below 1.8,0,1,Initial", "");
	}

	static final String IMPORTS = "Import,\"com.caio.engine.maturity.Scored, com.caio.engine.maturity.LevelCandidate\"";

	static Stream<Arguments> tableInjections() {
		return Stream.of(
				Arguments.of("code in a number cell",
						table(IMPORTS, "", "\"1); " + SET.replace("\"", "\"\"") + "; int x = (0\"", "Adopted"), 10, "B",
						"is not a number"),
				Arguments.of("an exponent in a number cell", table(IMPORTS, "", "1e3", "Adopted"), 10, "B",
						"is not a number"),
				Arguments.of("a hexadecimal number", table(IMPORTS, "", "0x1p3", "Adopted"), 10, "B",
						"is not a number"),
				Arguments.of("a call closing the template's parenthesis",
						table(IMPORTS, "", "\"\"\"); " + SET.replace("\"", "\"\"") + "; (\"\"\"", "Adopted"), 10, "B",
						"is not a number"),
				Arguments.of("an unclosed quote in a header row hiding the data rows",
						table(IMPORTS, "Notes,\"this note never ends", "\"1); " + SET.replace("\"", "\"\"") + "; (0\"",
								"Adopted"),
						3, "B", "not closed on its line"),
				Arguments.of("a Functions row",
						table(IMPORTS, "Functions,\"function void boom() { " + SET.replace("\"", "\"\"") + "; }\"",
								"1.8", "Adopted"),
						3, "A", "'Functions': outside a RuleTable"),
				Arguments.of("a Variables row", table(IMPORTS, "Variables,java.util.List sink", "1.8", "Adopted"), 3,
						"A", "'Variables': outside a RuleTable"),
				Arguments.of("an EscapeQuotes switch", table(IMPORTS, "EscapeQuotes,false", "1.8", "Adopted"), 3, "A",
						"'EscapeQuotes'"),
				Arguments.of("a forbidden import", table(IMPORTS + ",java.io.File", "", "1.8", "Adopted"), 2, "C",
						"import of 'java.io.File' is not allowed"),
				Arguments.of("a quote in a rule name",
						table(IMPORTS, "", "1.8", "Adopted").replace("MAT-LVL-BAND-2 Adopted from 1.8",
								"\"X\"\" salience 10 \"\"\""),
						10, "A", "a rule name on one line without"),
				Arguments.of("code in the column's template",
						table(IMPORTS, "", "1.8", "Adopted").replace("int level = $param;",
								"\"int level = $param; " + SET.replace("\"", "\"\"") + ";\""),
						10, "C", "'System' is not"));
	}

	@ParameterizedTest(name = "CSV: {0}")
	@MethodSource("tableInjections")
	void aCsvTableInjectionIsRefusedAtItsCell(String name, String csv, int row, String column, String message)
			throws IOException {
		write("maturity/levels.drl.csv", csv);
		RuleCompiler.Build build = build();
		assertThat(build.succeeded()).as(name + " is refused").isFalse();
		assertThat(errors(build)).anySatisfy(
				m -> assertThat(m).startsWith(display("maturity/levels.drl.csv") + ":" + row + ":" + column + ":")
					.contains(message));
	}

	@ParameterizedTest(name = "XLSX: {0}")
	@MethodSource("tableInjections")
	void anXlsxTableInjectionIsRefusedAtItsCell(String name, String csv, int row, String column, String message)
			throws IOException {
		if (name.contains("unclosed quote")) {
			return; // a spreadsheet has no quotes to leave open
		}
		Files.write(rules.resolve("maturity/levels.drl.xlsx"), xlsx(csv));
		RuleCompiler.Build build = build();
		assertThat(build.succeeded()).as(name + " is refused").isFalse();
		assertThat(errors(build)).anySatisfy(
				m -> assertThat(m).startsWith(display("maturity/levels.drl.xlsx") + ":" + row + ":" + column + ":")
					.contains(message));
	}

	@Test
	void aTextCellIsAnEscapedStringLiteralNeverCode() throws IOException {
		String breakout = "Adopted\"\"); " + SET.replace("\"", "\"\"") + "; //\\u0022";
		write("maturity/levels.drl.csv", table(IMPORTS, "", "1.8", "\"" + breakout + "\""));
		RuleCompiler.Build build = build();
		assertThat(errors(build)).isEmpty();
		List<LevelCandidate> levels = fire(build, new OverallScore("all", 2.0, 5));
		assertThat(levels).extracting(LevelCandidate::name).contains("Adopted\"); " + SET + "; //\\u0022", "Initial");
	}

	@Test
	void theBytecodeCheckStandsOnItsOwn() throws IOException {
		write("maturity/injected.drl", then("java/**/.lang.System.setProperty(\"caio.canary\", \"ran\");"));
		RuleCompiler.Build build = new RuleCompiler(List.of(), RuleLimits.DEFAULT, false).build(rules);
		assertThat(build.succeeded()).isFalse();
		assertThat(errors(build)).anySatisfy(m -> assertThat(m).startsWith(display("maturity/injected.drl") + ":6:1:")
			.contains("use of java.lang.System")
			.contains("MAT-INJ-001"));
	}

	@Test
	void theBytecodeCheckRefusesEngineClassesThatAreNotFacts() throws IOException {
		write("maturity/injected.drl",
				drl("import com.caio.engine.*;", "", "respondents > 0", "CaioApplication.main(new String[0]);"));
		RuleCompiler.Build build = new RuleCompiler(List.of(), RuleLimits.DEFAULT, false).build(rules);
		assertThat(build.succeeded()).isFalse();
		assertThat(errors(build)).anySatisfy(m -> assertThat(m).startsWith(display("maturity/injected.drl") + ":6:1:")
			.contains("use of com.caio.engine.CaioApplication")
			.contains("MAT-INJ-001"));
	}

	@Test
	void aSemicolonSeparatedTableWithBomAndCrlfIsRead() throws IOException {
		Sheet cells = SheetReader
			.readCsv(new RuleFile("maturity", "t.drl.csv", "t.drl.csv", RuleFile.Kind.DECISION_TABLE_CSV,
					table(IMPORTS, "", "1.8", "Adopted").getBytes(StandardCharsets.UTF_8)), m -> {
						throw new AssertionError(m.toString());
					});
		StringBuilder csv = new StringBuilder();
		for (List<String> row : cells.rows()) {
			csv.append(String.join(";",
					row.stream()
						.map(c -> c.contains(";") || c.contains("\"") || c.contains(",")
								? "\"" + c.replace("\"", "\"\"") + "\"" : c)
						.toList()))
				.append("\r\n");
		}
		byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
		byte[] body = (csv + ";;;\r\n;;;\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, 3);
		System.arraycopy(body, 0, all, 3, body.length);
		Files.write(rules.resolve("maturity/levels.drl.csv"), all);
		RuleCompiler.Build build = build();
		assertThat(errors(build)).isEmpty();
		assertThat(fire(build, new OverallScore("all", 2.0, 5))).extracting(LevelCandidate::level).contains(2, 1);
	}

	private List<LevelCandidate> fire(RuleCompiler.Build build, Object fact) {
		return build.ruleSet()
			.evaluate("maturity", List.of(fact, new Segment("all", "organisation", "all", 5)))
			.all(LevelCandidate.class);
	}

	static byte[] xlsx(String csv) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("rules");
			Sheet cells = SheetReader.readCsv(new RuleFile("maturity", "t.drl.csv", "t.drl.csv",
					RuleFile.Kind.DECISION_TABLE_CSV,
					csv.replace("\"this note never ends", "\"this note never ends\"").getBytes(StandardCharsets.UTF_8)),
					m -> {
						throw new AssertionError(m.toString());
					});
			for (int r = 0; r < cells.rows().size(); r++) {
				XSSFRow row = sheet.createRow(r);
				List<String> values = cells.rows().get(r);
				for (int c = 0; c < values.size(); c++) {
					if (values.get(c).matches("\\d+(\\.\\d+)?")) {
						row.createCell(c).setCellValue(Double.parseDouble(values.get(c)));
					}
					else if (!values.get(c).isEmpty()) {
						row.createCell(c).setCellValue(values.get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private RuleCompiler.Build build() {
		return new RuleCompiler(List.of(), RuleLimits.DEFAULT).build(rules);
	}

	private void write(String file, String text) throws IOException {
		Files.writeString(rules.resolve(file), text);
	}

	private String display(String relative) {
		Path shown = rules.toAbsolutePath();
		Path cwd = Path.of("").toAbsolutePath();
		return (shown.startsWith(cwd) ? cwd.relativize(shown) : shown) + "/" + relative;
	}

	private static List<String> errors(RuleCompiler.Build build) {
		return build.messages().stream().filter(RuleMessage::isError).map(RuleMessage::toString).toList();
	}

}
