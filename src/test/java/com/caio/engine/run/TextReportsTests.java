package com.caio.engine.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.caio.engine.ReadableText;
import com.caio.engine.ShippedRules;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text report of every shipped example, as the CLI prints it and {@code GET
 * /api/{kind}/{id}/text} returns it, reads as sentences for people
 * ({@link ReadableText}). The pilot evaluation and the engagement status have their own
 * (PilotTextReportsTests, ExampleEngagementTests).
 */
class TextReportsTests {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "maturity, examples/survey-wide.csv", "maturity, examples/survey-long.csv",
			"maturity, examples/survey-forms-export.csv", "risk, examples/risk-register.csv",
			"businesscase, examples/business-case.yaml", "businesscase, examples/business-case-long-horizon.yaml",
			"pilot, examples/pilot-plan.yaml", "pilot, src/test/resources/pilot/cookie-cats-plan.yaml",
			"economics, examples/economics.yaml", "onboarding, examples/onboarding.yaml" })
	void theTextReportOfEveryShippedExampleReadsAsSentences(String kind, String example) throws Exception {
		ReadableText.check(example, text(DeterminismTests.capability(kind), Path.of(example)));
	}

	private static <I, R> String text(Capability<I, R> capability, Path file) {
		RuleSet rules = ShippedRules.get();
		R result = capability.assess(capability.read(Source.file(file), rules), rules);
		Document<R> text = capability.documents()
			.stream()
			.filter(d -> d.name().equals(Document.TEXT))
			.findFirst()
			.orElseThrow();
		return new String(text.render().apply(ShippedRules.run(capability.kind(), result)), StandardCharsets.UTF_8);
	}

}
