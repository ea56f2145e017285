package com.caio.engine.opportunities;

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
 * {@code opportunities rank} and {@code opportunities mvp-plan} as a user runs them: exit
 * codes, output and every document written.
 */
class OpportunitiesCliTests {

	private static final TestWorkspace WORKSPACE = TestWorkspace.create("opportunities-cli");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void ranksTheExampleBacklogWithItsPlanAndWritesEveryDocument() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/opportunities-documents"));
		int code = run("opportunities", "rank", "examples/opportunity-backlog.csv", "--plan", "examples/mvp-plan.yaml",
				"--chart", dir.resolve("bubble.svg").toString(), "--timeline", dir.resolve("timeline.png").toString(),
				"--xlsx", dir.resolve("opportunities.xlsx").toString(), "--pdf",
				dir.resolve("one-pager.pdf").toString());
		assertThat(code).as(err()).isZero();
		assertThat(out()).contains("1. Churn-risk nudges", "Go, with conditions", "Ranked by RICE",
				"Time to MVP: Churn-risk nudges MVP");
		assertThat(Files.readString(dir.resolve("bubble.svg"))).startsWith("<?xml").contains("1. Churn-risk nudges");
		assertThat(Files.readAllBytes(dir.resolve("timeline.png")))
			.startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		assertThat(Files.readAllBytes(dir.resolve("opportunities.xlsx"))).startsWith(new byte[] { 'P', 'K' });
		assertThat(Files.readAllBytes(dir.resolve("one-pager.pdf")))
			.startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
		run("opportunities", "rank", "examples/opportunity-backlog.csv", "--chart",
				dir.resolve("bubble.png").toString());
	}

	@Test
	void simulatesThePlanAloneAsJson() {
		int code = run("opportunities", "examples/mvp-plan.yaml", "--json");
		assertThat(code).as(err()).isZero();
		assertThat(out()).contains("\"kind\"", "opportunities", "\"p80Days\"", "\"probabilityWithinTarget\"")
			.doesNotContain("\"ranked\"");
	}

	@Test
	void refusesAPlanWithACycleNamingItsTasks() throws Exception {
		Path plan = WORKSPACE.root().resolve("cycle.yaml");
		Files.writeString(plan,
				Files.readString(Path.of("examples/mvp-plan.yaml"))
					.replace("  - id: T01\n    name: Kick-off and success metrics\n",
							"  - id: T01\n    name: Kick-off and success metrics\n    dependsOn: [T25]\n"));
		int code = run("opportunities", "mvp-plan", plan.toString());
		assertThat(code).isEqualTo(1);
		assertThat(err()).contains("tasks: dependency cycle: ", "T23 -> T25 -> T01 -> T03");
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
