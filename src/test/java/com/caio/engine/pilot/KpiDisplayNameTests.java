package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.caio.engine.ShippedRules;
import com.caio.engine.common.BadInputException;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan's {@code kpiName} is the KPI's display name: the plan text, the evaluation
 * text and the post-pilot PDF (with its steering decision) call the KPI by it. Without
 * one the name is derived from the per-unit CSV's {@code kpiColumn} ({@code retention_7}
 * is "Retention 7"), never printed as the column id; a name that is not one line of text
 * for people is refused with its field path.
 */
class KpiDisplayNameTests {

	private static final Path PLAN = Path.of("src/test/resources/pilot/cookie-cats-plan.yaml");

	private static final Path UNITS = Path.of("src/test/resources/pilot/cookie-cats-400.csv");

	private final PilotInputs inputs = new PilotInputs(JsonMapper.builder().build());

	@TempDir
	Path scratch;

	@Test
	void theDisplayNameIsWhatThePlanTheEvaluationAndThePdfCallTheKpi() throws IOException {
		String documents = documents(plan("kpiName: 7-day retention", "kpiName: Day-7 player retention"));
		assertThat(documents)
			.contains("Pilot plan: Cookie Cats gate at level 40 (Day-7 player retention, rate KPI)",
					"the treatment changes Day-7 player retention from 19.00%",
					"Pilot evaluation: Cookie Cats gate at level 40 (Day-7 player retention, from cookie-cats-400.csv)",
					"KPI: Day-7 player retention")
			.doesNotContain("retention_7", "7-day retention");
	}

	@Test
	void withoutADisplayNameTheKpiColumnIsNamedForPeople() throws IOException {
		String documents = documents(plan("  kpiName: 7-day retention\n", ""));
		assertThat(documents)
			.contains("(Retention 7, rate KPI)", "(Retention 7, from cookie-cats-400.csv)", "KPI: Retention 7")
			.doesNotContain("retention_7");
	}

	@Test
	void withoutADisplayNameOrKpiColumnTheGenericNameStays() {
		PilotDesign rate = new PlanInput("emails", "rate", null, 0.05, null, null, 0.10, null, null, null, 4000.0, 28,
				null)
			.validate("plan.", policy());
		assertThat(rate.kpiName()).isEqualTo("conversion rate");
		PilotDesign mean = new PlanInput("cpa", "mean", "  ", null, 50.0, 20.0, -0.10, null, null, null, 20.0, 28, null)
			.validate("plan.", policy());
		assertThat(mean.kpiName()).isEqualTo("mean value");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\"two\\nlines\"", "\"tab\\there\"", "\"<b>retention</b>\"", "\"---\"",
			"Retention retention retention retention retention retention retention retention x" })
	void aDisplayNameThatIsNotOneLineOfTextForPeopleIsRefusedWithItsFieldPath(String value) throws IOException {
		Path file = plan("kpiName: 7-day retention", "kpiName: " + value);
		assertThatThrownBy(() -> inputs.read(file, PilotInputs.PlanFile.class).plan().validate("plan.", policy()))
			.isInstanceOfSatisfying(BadInputException.class, ex -> {
				assertThat(ex.where()).isEqualTo("plan.kpiName");
				assertThat(ex.getMessage()).contains("one line of text for people, 1 to 80 characters");
			});
	}

	private static PilotPolicy policy() {
		return PilotTestRules.policy();
	}

	private Path plan(String from, String to) throws IOException {
		String text = Files.readString(PLAN);
		assertThat(text).contains(from);
		Path file = scratch.resolve("plan.yaml");
		Files.writeString(file, text.replace(from, to));
		return file;
	}

	/**
	 * The plan text, the evaluation text and the post-pilot PDF's text, one after
	 * another.
	 */
	private String documents(Path planFile) throws IOException {
		var rules = ShippedRules.get();
		PilotInputs.PlanFile file = inputs.read(planFile, PilotInputs.PlanFile.class);
		PilotDesign design = file.plan().validate("plan.", PilotPolicy.of(rules));
		PilotRules.Readiness verdict = PilotRules.readiness(rules, design.name(), file.readiness().items());
		String plan = PilotText
			.render(ShippedRules.run("pilot", new PlannedPilot(Planner.plan(design, PilotPolicy.of(rules)),
					new PlannedPilot.Readiness(verdict.readyToStart(), verdict.gaps(), verdict.firedRules()))));
		UnitTally tally;
		try (InputStream in = Files.newInputStream(UNITS)) {
			tally = new UnitCsvReader(UnitLayout.of(file.plan(), design.kind())).read(in);
		}
		PilotEvaluation e = Evaluator.evaluate(rules, design, tally.control(), tally.treatment(),
				new Evaluator.Source("cookie-cats-400.csv", null, tally.rows(), tally.rejectedCount(),
						tally.rejected()),
				file.closedOn(), file.learnedRisks() == null ? List.of() : file.learnedRisks());
		SteeringDecision decided = new SteeringDecision(1, "EXTEND", LocalDate.of(2026, 11, 12),
				List.of("CMO", "Head of Games"), LocalDate.of(2026, 11, 6), 6, false, e.decision(), List.of(),
				Instant.parse("2026-11-12T09:00:00Z"), rules.version());
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PilotPdf.render(new PilotReport(e, List.of(decided), file.readiness(), 14), pdf);
		PdfReader reader = new PdfReader(pdf.toByteArray());
		StringBuilder pages = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			pages.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		reader.close();
		String documents = plan + "\n" + PilotText.render(e) + "\n" + pages;
		assertThat(documents).contains("EXTEND on 2026-11-12 by CMO, Head of Games");
		return documents;
	}

}
