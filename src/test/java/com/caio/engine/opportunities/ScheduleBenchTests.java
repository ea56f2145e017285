package com.caio.engine.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The benchmark runs and reports both timings and their ratio. */
class ScheduleBenchTests {

	@Test
	void theBenchmarkReportsTheSimulationTheBareLoopAndTheirRatio() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ScheduleBenchCli().run(java.util.Map.of("tasks", 40L, "draws", 10_000L, "runs", 3L),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8);
		System.out.println(text);
		assertThat(text).contains("40 tasks, 10000 draws", "simulation with critical path:",
				"ratio simulation / bare loop:");
	}

	@Test
	void theGeneratedPlanIsAcyclic() {
		assertThat(TaskGraph.of(ScheduleBenchCli.plan(40, 1)).size()).isEqualTo(40);
	}

}
