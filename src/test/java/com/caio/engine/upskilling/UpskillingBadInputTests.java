package com.caio.engine.upskilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import com.caio.engine.common.BadInputException;
import com.caio.engine.common.Refusal;
import com.caio.engine.run.Source;
import com.caio.engine.upskilling.model.RejectedLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad lines are rejected by line with their reason and the rest is processed: the example
 * with bad lines added gives the example's figures exactly, plus the rejections.
 */
class UpskillingBadInputTests {

	@TempDir
	Path dir;

	@BeforeEach
	void copyTheExample() throws IOException {
		for (String f : List.of("programme.yaml", "skills-survey.csv", "module-results.csv", "task-log.csv")) {
			Files.copy(Path.of("examples/upskilling").resolve(f), dir.resolve(f));
		}
	}

	@Test
	void badLinesInEveryFileAreRejectedAndTheRestGivesTheSameFigures() throws IOException {
		long logLines = Files.readAllLines(dir.resolve("task-log.csv")).size();
		append("task-log.csv", "2026-03,Vendor fix,Search,yes,external,-4", "2026-13,Vendor fix,Search,yes,external,4",
				"26-03,Vendor fix,Search,yes,external,4", "2026/03,Vendor fix,Search,yes,external,4",
				"2026-03,Vendor fix,Search,maybe,external,4", "2026-03,Vendor fix,Search,yes,partner,4",
				"2026-03,Vendor fix,Search,yes,external,four", "2026-03,Vendor fix,Search,yes,external");
		long resultLines = Files.readAllLines(dir.resolve("module-results.csv")).size();
		append("module-results.csv", "P99,ai-strategy-pm,40,120,100,5", "P98,ai-strategy-pm,40,-5,100,5",
				"P97,prompt-engineering,40,60,100,5", "P96,ai-strategy-pm,140,60,100,5",
				"P95,ai-strategy-pm,40,60,100,9");
		append("skills-survey.csv",
				"P90,1/5/26 9:00:00,1/5/26 9:10:00,p90@x,Search,Engineer,2,2,2,2,2,2,2,2,2,2,Wizard");
		UpskillingReport clean = UpskillingFixtures.example();
		UpskillingReport bad = UpskillingFixtures
			.assess(UpskillingFixtures.read(dir.resolve("programme.yaml"), Map.of()));

		assertThat(bad.rejected().taskLog()).isEqualTo(8);
		assertThat(bad.rejected().results()).isEqualTo(5);
		assertThat(bad.rejected().survey()).isEqualTo(1);
		List<RejectedLine> lines = bad.rejected().lines();
		assertThat(lines).extracting(RejectedLine::file, RejectedLine::line)
			.contains(org.assertj.core.groups.Tuple.tuple("task log", logLines + 1),
					org.assertj.core.groups.Tuple.tuple("results", resultLines + 3));
		assertThat(reason(lines, "task log", logLines + 1)).contains("hours '-4'").contains("not negative");
		assertThat(reason(lines, "task log", logLines + 2)).contains("month '2026-13'").contains("YYYY-MM");
		assertThat(reason(lines, "task log", logLines + 3)).contains("month '26-03'");
		assertThat(reason(lines, "task log", logLines + 4)).contains("month '2026/03'");
		assertThat(reason(lines, "task log", logLines + 5)).contains("ai_related 'maybe'");
		assertThat(reason(lines, "task log", logLines + 6)).contains("done_by 'partner'");
		assertThat(reason(lines, "task log", logLines + 7)).contains("hours 'four'");
		assertThat(reason(lines, "task log", logLines + 8)).contains("expected 6 columns but found 5");
		assertThat(reason(lines, "results", resultLines + 1)).contains("post score '120' is outside the scale")
			.contains("0 to 100");
		assertThat(reason(lines, "results", resultLines + 2)).contains("post score '-5' is outside the scale");
		assertThat(reason(lines, "results", resultLines + 3))
			.contains("module 'prompt-engineering' is not in the curriculum")
			.contains("ai-strategy-pm");
		assertThat(reason(lines, "results", resultLines + 4)).contains("pre score '140'");
		assertThat(reason(lines, "results", resultLines + 5)).contains("satisfaction '9'");
		assertThat(lines.stream().filter(l -> l.file().equals("survey")).findFirst().orElseThrow().reason())
			.contains("'Wizard'");

		assertThat(bad.shift()).isEqualTo(clean.shift());
		assertThat(bad.modules()).isEqualTo(clean.modules());
		// the rows read include the rejected one
		assertThat(bad.baseline().rows()).isEqualTo(clean.baseline().rows() + 1);
		assertThat(bad.baseline()).usingRecursiveComparison().ignoringFields("rows").isEqualTo(clean.baseline());
		assertThat(bad.findings()).isEqualTo(clean.findings());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-1", "2026-00", "January 2026", "2026-01-15" })
	void aProgrammeStartThatIsNotAMonthIsRefusedAtItsField(String start) throws IOException {
		Path p = dir.resolve("programme.yaml");
		Files.writeString(p, Files.readString(p).replace("start: 2026-01", "start: \"" + start + "\""));
		assertThatThrownBy(() -> UpskillingFixtures.read(p, Map.of())).isInstanceOf(BadInputException.class)
			.hasMessageContaining("start")
			.hasMessageContaining("YYYY-MM");
	}

	@Test
	void aFileThatCannotBeParsedIsRefusedNamingItsLine() throws IOException {
		Path log = dir.resolve("task-log.csv");
		Files.writeString(log, "month,task,team,ai_related,done_by,hours\n2025-12,\"unclosed,T,yes,external,3\n"
				+ "2026-01,x,T,yes,external,3\n".repeat(60));
		assertThatThrownBy(() -> UpskillingFixtures.read(dir.resolve("programme.yaml"), Map.of()))
			.isInstanceOf(Refusal.class)
			.satisfies(ex -> {
				Refusal r = (Refusal) ex;
				assertThat(r.file()).isEqualTo("task-log.csv");
				assertThat(r.line()).isEqualTo(2);
				assertThat(r.what()).contains("never closed");
			});
	}

	@Test
	void aTaskLogWithoutAMonthBeforeTheStartIsRefused() throws IOException {
		Files.writeString(dir.resolve("task-log.csv"),
				"month,task,team,ai_related,done_by,hours\n2026-01,x,T,yes,external,3\n2026-02,x,T,yes,in-house,3\n");
		assertThatThrownBy(() -> UpskillingFixtures.read(dir.resolve("programme.yaml"), Map.of()))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("taskLog")
			.hasMessageContaining("no month before the programme's start (2026-01)");
	}

	@Test
	void anAttachmentReplacesTheFileTheProgrammeNames() throws IOException {
		Path other = dir.resolve("other-log.csv");
		Files.writeString(other, "month,task,team,ai_related,done_by,hours\n2025-12,x,T,yes,external,100\n"
				+ "2026-01,x,T,yes,external,80\n");
		UpskillingReport r = UpskillingFixtures
			.assess(UpskillingFixtures.read(dir.resolve("programme.yaml"), Map.of("tasklog", Source.file(other))));
		assertThat(r.shift().months()).hasSize(2);
		assertThat(r.shift().state()).isEqualTo("not enough data");
	}

	private void append(String file, String... lines) throws IOException {
		Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardOpenOption.APPEND);
	}

	private static String reason(List<RejectedLine> lines, String file, long line) {
		return lines.stream()
			.filter(l -> l.file().equals(file) && l.line() == line)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no rejection of " + file + " line " + line + " in " + lines))
			.reason();
	}

}
