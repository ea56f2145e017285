package com.caio.engine.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.caio.engine.engagement.model.CriterionStatus;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first HOI-UPSKILLING criterion ("a baseline skills assessment is completed and a
 * 6–12 month training curriculum is agreed with measurable learning outcomes") fed by a
 * real stored upskilling run of the shipped example, linked to an engagement: the run is
 * the baseline and the curriculum, an executive's approval of it is the agreement.
 */
class UpskillingEvidenceTests extends EngagementContext {

	static final Path EXAMPLE = Path.of("examples/upskilling");

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	@Autowired
	EngagementService engagements;

	@Autowired
	Runs runs;

	@TempDir
	Path dir;

	@Test
	void theShippedExampleApprovedByTheHeadOfInnovationMeetsIt() throws IOException {
		long run = store(null, null, false);
		CriterionStatus first = criterion(engagement(run, "jonas-weber"), "AC-HOI-UPSKILLING-1");
		assertThat(first.state().name() + " " + first.metOn()).isEqualTo("MET 2026-02-10");
		assertThat(first.evidence()).containsExactly("programme", "agree-curriculum");
	}

	@Test
	void withoutAnApprovalTheCurriculumIsNotAgreed() throws IOException {
		long id = engagement(store(null, null, false), null);
		assertThat(criterion(id, "AC-HOI-UPSKILLING-1").state().name()).isEqualTo("PENDING");
		assertThat(criterion(id, "AC-HOI-UPSKILLING-2").state().name()).as("the run is linked and read")
			.isEqualTo("MET");
	}

	@Test
	void anApprovalBySomeoneWhoIsNotAnExecutiveDoesNotAgreeIt() throws IOException {
		long id = engagement(store(null, null, false), "priya-nair");
		assertThat(criterion(id, "AC-HOI-UPSKILLING-1").state().name()).isEqualTo("PENDING");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "a 5-month curriculum", "a 13-month curriculum", "an outcome with no score to reach",
			"a baseline with no respondents" })
	void aRunThatFallsShortIsNotEnoughEvenWithTheApproval(String shortfall) throws IOException {
		long run = switch (shortfall) {
			case "a 5-month curriculum" -> store("months: 9", "months: 5", false);
			case "a 13-month curriculum" -> store("months: 9", "months: 13", false);
			case "an outcome with no score to reach" -> store("\", score: 65, scale: 100}", "\", scale: 100}", false);
			default -> store(null, null, true);
		};
		long id = engagement(run, "jonas-weber");
		assertThat(criterion(id, "AC-HOI-UPSKILLING-1").state().name()).isEqualTo("PENDING");
		assertThat(criterion(id, "AC-HOI-UPSKILLING-2").state().name()).as("the run is linked and read")
			.isEqualTo("MET");
	}

	/**
	 * Stores a run of a copy of the shipped example, {@code from} replaced by {@code to}
	 * in its programme; with {@code noRespondents} the survey keeps its header only.
	 */
	private long store(String from, String to, boolean noRespondents) throws IOException {
		Path copy = Files.createTempDirectory(dir, "programme");
		for (String file : List.of("skills-survey.csv", "module-results.csv", "task-log.csv")) {
			Files.copy(EXAMPLE.resolve(file), copy.resolve(file));
		}
		if (noRespondents) {
			List<String> lines = Files.readAllLines(copy.resolve("skills-survey.csv"), StandardCharsets.UTF_8);
			Files.writeString(copy.resolve("skills-survey.csv"), lines.get(0) + "\n", StandardCharsets.UTF_8);
		}
		String programme = Files.readString(EXAMPLE.resolve("programme.yaml"), StandardCharsets.UTF_8);
		if (from != null) {
			assertThat(programme).as("the programme to edit").contains(from);
			programme = programme.replace(from, to);
		}
		Files.writeString(copy.resolve("programme.yaml"), programme, StandardCharsets.UTF_8);
		return runs.run("upskilling", Source.file(copy.resolve("programme.yaml"))).id();
	}

	/**
	 * An engagement on HOI-UPSKILLING linking the run as of 2026-02-03; the curriculum
	 * approved on 2026-02-10 by {@code approver} (none when null).
	 */
	private long engagement(long run, String approver) throws IOException {
		String yaml = """
				client: Northwind Foods
				title: Upskilling
				start: 2026-01-05
				lead: Elena Marsh (fractional CAIO)
				stories: [HOI-UPSKILLING]
				people:
				  - {id: jonas-weber, name: Jonas Weber, title: Head of Innovation, organisation: Northwind Foods, roles: [Head of Innovation]}
				  - {id: priya-nair, name: Priya Nair, title: Product Lead, organisation: Northwind Foods, roles: [product lead]}
				artefacts:
				  - {id: programme, type: upskilling, name: AI upskilling programme 2026, run: {id: %d}, date: 2026-02-03}
				"""
			.formatted(run)
				+ (approver == null ? ""
						: "events:\n  - {kind: sign-off, id: agree-curriculum, artefact: programme, person: " + approver
								+ ", decision: approve, date: 2026-02-10}\n");
		Path file = dir.resolve("engagement-" + run + "-" + approver + ".yaml");
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return engagements.importFile(file).id();
	}

	private CriterionStatus criterion(long engagement, String id) {
		return engagements.status(engagement, AS_OF)
			.stories()
			.stream()
			.flatMap(s -> s.criteria().stream())
			.filter(c -> c.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

}
