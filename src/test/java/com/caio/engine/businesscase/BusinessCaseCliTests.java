package com.caio.engine.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.CaioApplication;
import com.caio.engine.cli.Cli;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar caio.jar business-case FILE ...} as a user runs it, on a scratch
 * database.
 */
class BusinessCaseCliTests {

	@TempDir
	static Path scratch;

	@Test
	void writesTheJsonTheDeckAndTheSummary() throws IOException {
		Path deck = scratch.resolve("case.pptx");
		Path summary = scratch.resolve("case.pdf");
		Run run = run("business-case", "examples/business-case.yaml", "--json", "--deck", deck.toString(), "--summary",
				summary.toString());
		assertThat(run.code()).as(run.err()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(run.out()).get("result");
		assertThat(json.get("boardReady").asBoolean()).isTrue();
		assertThat(json.get("scenarios")).hasSize(3);
		assertThat(json.get("breakEvenUplift").get("factor").asDouble()).isBetween(0.8, 0.85);
		try (XMLSlideShow slides = new XMLSlideShow(Files.newInputStream(deck))) {
			assertThat(slides.getSlides()).hasSize(12);
		}
		assertThat(new String(Files.readAllBytes(summary), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void readsTheBaselineCsvTheFileNames() {
		Run run = run("business-case", "examples/business-case-long-horizon.yaml");
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("expected", "23.7 mo", "BC-PAY-002", "board-ready: yes");
	}

	@Test
	void badInputNamesTheFieldAndExitsWith1() throws IOException {
		Path bad = scratch.resolve("bad.yaml");
		Files.writeString(bad, Files.readString(Path.of("examples/business-case.yaml"))
			.replace("discountRate: 0.10", "discountRate: ten"));
		Run run = run("business-case", bad.toString());
		assertThat(run.code()).isEqualTo(1);
		assertThat(run.err()).contains("discountRate: 'ten' is not a number; expected an annual rate as a fraction");
	}

	private static Run run(String... words) {
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(words));
		args.addAll(java.util.List.of("--data", scratch.resolve("data").toString()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Cli.run(CaioApplication.class, args.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int code, String out, String err) {
	}

}
