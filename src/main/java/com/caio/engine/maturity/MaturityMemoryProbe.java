package com.caio.engine.maturity;

import java.io.IOException;
import java.nio.file.Path;

import com.caio.engine.bench.MemoryProbe;
import com.caio.engine.bench.SurveyGenerator;
import com.caio.engine.rules.RuleRuntime;
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
		SurveyGenerator.write(file, rows, MaturityBench.questionIds(rules.current(), QUESTIONS));
	}

	@Override
	public long score(Path file) {
		MaturityReport report = MaturityBench.score(capability, rules.current(), file);
		return report.respondents() + report.rejectedCount();
	}

}
