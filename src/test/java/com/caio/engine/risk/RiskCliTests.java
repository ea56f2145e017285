package com.caio.engine.risk;

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
import com.caio.engine.cli.Cli;
import org.junit.jupiter.api.Test;

/**
 * The {@code risk rank} command as a user runs it: exit codes, output and the heatmap
 * file.
 */
class RiskCliTests {

	private static final TestWorkspace WORKSPACE = TestWorkspace.create("risk-cli");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void ranksTheExampleAndWritesTheHeatmap() throws Exception {
		Path svg = WORKSPACE.root().resolve("heatmap.svg");
		int code = run("risk", "rank", "examples/risk-register.csv", "--heatmap", svg.toString());
		assertThat(code).as(err()).isZero();
		assertThat(out()).contains("Top 5 risks", "R-01",
				"Projected risk: 191 inherent -> 119 mitigated (37.70% reduction)",
				"line 20, column 5: likelihood '7' is out of range");
		assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "R-07");
	}

	@Test
	void ranksWithTheRulesFolderGiven() throws Exception {
		Path bands = WORKSPACE.rules().resolve("risk/bands.drl.csv");
		String shipped = Files.readString(bands);
		try {
			Files.writeString(bands,
					shipped.replace("RISK-BAND-CRIT Critical from 15,15,", "RISK-BAND-CRIT Critical from 16,16,"));
			int code = run("risk", "rank", "examples/risk-register.csv");
			assertThat(code).as(err()).isZero();
			assertThat(out()).containsPattern("4 +R-04 +High").containsPattern("1 +R-01 +Critical");
		}
		finally {
			WORKSPACE.resetRules();
		}
	}

	@Test
	void refusesAnUnknownAssessmentWithExitCode1() {
		int code = run("risk", "rank", "examples/risk-register.csv", "--assessment", "424242");
		assertThat(code).isEqualTo(1);
		assertThat(err()).contains("no stored maturity assessment #424242");
	}

	@Test
	void refusesAHeatmapThatIsNeitherSvgNorPngAsAUsageError() {
		int code = run("risk", "rank", "examples/risk-register.csv", "--heatmap", "out.gif");
		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("--heatmap needs a file name ending in .svg or .png");
	}

	private int run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--rules", WORKSPACE.rules().toString(), "--data", WORKSPACE.data().toString()));
		return Cli.run(CaioApplication.class, all.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
