package com.caio.engine.maturity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.bench.MemoryProbe;
import com.caio.engine.bench.SurveyGenerator;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;

/** {@code bench memory}'s maturity input: the wide survey of {@code bench maturity}. */
@Component
class MaturityMemoryProbe implements MemoryProbe {

	private static final int QUESTIONS = 25;

	private final MaturityCapability capability = new MaturityCapability();

	private final RuleRuntime rules;

	MaturityMemoryProbe(RuleRuntime rules) {
		this.rules = rules;
	}

	@Override
	public String kind() {
		return "maturity";
	}

	@Override
	public String rowName() {
		return "respondent";
	}

	@Override
	public void generate(Path file, long rows) throws IOException {
		List<String> ids = rules.current()
			.data(QuestionCatalogue.class)
			.questions()
			.stream()
			.limit(QUESTIONS)
			.map(Question::id)
			.toList();
		SurveyGenerator.write(file, rows, ids);
	}

	@Override
	public long score(Path file) {
		RuleSet ruleSet = rules.current();
		Source source = Source.file(file);
		try {
			MaturityReport report = capability.assess(capability.read(source, ruleSet), ruleSet);
			source.sha256();
			return report.respondents() + report.rejectedCount();
		}
		catch (CsvFormatException ex) {
			throw new IllegalStateException(ex.describe(file.toString()), ex);
		}
	}

}
