package com.caio.engine.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import com.caio.engine.maturity.MaturityLevels;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Legacy;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;

/**
 * Risk: a register ranked by {@code rules/risk/} into bands, a top 5, a heatmap and a
 * remediation roadmap; optionally with risks derived from a stored maturity assessment
 * ({@code --assessment ID}).
 */
@Component
class RiskCapability extends AbstractCapability<RiskInput, RiskReport> {

	static final String KIND = "risk";

	static final String ASSESSMENT = "assessment";

	private final MaturityLevels maturity;

	RiskCapability(MaturityLevels maturity) {
		super(KIND, RiskReport.class);
		this.maturity = maturity;
	}

	@Override
	public Set<String> options() {
		return Set.of(ASSESSMENT);
	}

	@Override
	public RiskInput read(Source source, RuleSet rules) {
		Long assessmentId = assessmentId(source.option(ASSESSMENT));
		List<AssessedDimension> assessment = assessment(assessmentId);
		try (InputStream in = source.open()) {
			return new RiskInput(new RegisterReader().read(in), assessment, assessmentId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public RiskReport assess(RiskInput input, RuleSet rules) {
		return report(input, new RiskScorer().score(rules, input.register().risks(), input.assessment()));
	}

	/** The report of what the rules decided: ranking, heatmap, roadmap and totals. */
	static RiskReport report(RiskInput input, RiskScorer.Outcome outcome) {
		Register register = input.register();
		List<RiskReport.RankedRisk> ranked = Ranking.rank(outcome);
		List<RiskReport.Action> actions = Remediation.actions(outcome.risks(), outcome.priorities(), outcome.gaps());
		long inherent = Remediation.totalInherent(outcome.risks());
		long mitigated = Remediation.totalMitigated(outcome.risks());
		List<String> notes = new ArrayList<>(register.notes());
		notes.addAll(outcome.notes());
		return new RiskReport(input.assessmentId(), register.rows(), register.rejectedCount(),
				List.copyOf(register.rejected()), List.copyOf(notes), ranked, Ranking.top5(ranked),
				Ranking.heatmap(ranked, outcome), actions, Remediation.timeline(actions), inherent, mitigated,
				Remediation.reductionPercent(inherent, mitigated), outcome.findings());
	}

	@Override
	public List<Document<RiskReport>> documents() {
		return List.of(Document.text(RiskText::render), Document.svg(run -> HeatmapSvg.render(run.result())),
				Document.png(run -> HeatmapPng.render(run.result())), Document.pdf(RiskPdf::render));
	}

	@Override
	public Legacy legacy() {
		return new Legacy(List.of(List.of("risk", "rank")), "risk/registers",
				Map.of("heatmap.svg", "svg", "heatmap.png", "png"), Map.of("heatmap", ""));
	}

	private static Long assessmentId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadInputException(ASSESSMENT,
					"needs the numeric id of a stored maturity assessment, not '" + value + "'");
		}
	}

	private List<AssessedDimension> assessment(Long id) {
		if (id == null) {
			return List.of();
		}
		return maturity.dimensions(id)
			.orElseThrow(() -> new BadInputException(ASSESSMENT,
					"no stored maturity assessment #" + id + "; give the id of one listed at /api/maturity"))
			.stream()
			.map(d -> new AssessedDimension(id, d.dimension(), d.name(), d.score(), d.level()))
			.toList();
	}

}
