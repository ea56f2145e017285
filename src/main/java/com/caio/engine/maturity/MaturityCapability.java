package com.caio.engine.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Legacy;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;

/**
 * AI maturity: a survey export (wide, long or forms) tallied as it streams, scored by
 * {@code rules/maturity/} into dimension and overall levels, by segment, with findings.
 */
@Component
class MaturityCapability extends AbstractCapability<SurveyTally, MaturityReport> {

	static final String KIND = "maturity";

	private final MaturityScorer scorer = new MaturityScorer();

	MaturityCapability() {
		super(KIND, MaturityReport.class);
	}

	@Override
	public SurveyTally read(Source source, RuleSet rules) {
		try (InputStream in = source.open()) {
			return new SurveyReader(rules.data(QuestionCatalogue.class)).read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public MaturityReport assess(SurveyTally tally, RuleSet rules) {
		return scorer.score(rules, tally);
	}

	@Override
	public List<Document<MaturityReport>> documents() {
		return List.of(Document.text(MaturityText::render), Document.svg(run -> MaturityChart.svg(run.result())),
				Document.png(run -> MaturityChart.png(run.result())), Document.pdf(MaturityPdf::render));
	}

	@Override
	public Legacy legacy() {
		return new Legacy(List.of(List.of("maturity", "score")), "maturity/assessments", Map.of(), Map.of());
	}

}
