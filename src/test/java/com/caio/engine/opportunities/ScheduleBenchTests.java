package com.caio.engine.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.caio.engine.cli.CliArgs;
import org.junit.jupiter.api.Test;

/** The benchmark runs and reports both timings and their ratio. */
class ScheduleBenchTests {

	@Test
	void theBenchmarkReportsTheSimulationTheBareLoopAndTheirRatio() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = new ScheduleBenchCli().run(
				CliArgs.parse(new String[] { "--tasks", "40", "--draws", "10000", "--runs", "3" }),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		String text = out.toString(StandardCharsets.UTF_8);
		System.out.println(text);
		assertThat(code).isZero();
		assertThat(text).contains("40 tasks, 10000 draws", "simulation with critical path:",
				"ratio simulation / bare loop:");
	}

	@Test
	void theGeneratedPlanIsAcyclic() {
		assertThat(TaskGraph.of(ScheduleBenchCli.plan(40, 1)).size()).isEqualTo(40);
	}

}
