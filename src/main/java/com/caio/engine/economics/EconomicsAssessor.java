package com.caio.engine.economics;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.economics.model.AnnualCosts;
import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.economics.model.Figure;
import com.caio.engine.economics.model.ProposalComplete;
import com.caio.engine.economics.model.ProposalContent;
import com.caio.engine.economics.model.ReadyForSignature;
import com.caio.engine.economics.model.SavingFigure;
import com.caio.engine.economics.model.SavingTarget;
import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;

/**
 * Computes both options' costs, then lets the economics rules judge the saving, the
 * sources, the plausibility and the proposal, and assembles the result.
 */
public final class EconomicsAssessor {

	public static final String RULES_FOLDER = "economics";

	/** Used for the break-even when the rules set no 3-year target. */
	static final double STORY_TARGET_PCT = 50;

	public EconomicsResult assess(RuleSet rules, EngagementEconomics input) {
		CostModel model = CostModel.of(input);
		CostComparison comparison = CostComparison.of(model);
		List<Figure> figures = input.figures();
		var p = input.proposal();
		List<Object> facts = new ArrayList<>(figures);
		facts.add(new SavingFigure("year1", "year-1", comparison.savingYear1Pct()));
		facts.add(new SavingFigure("steadyState", "steady-state annual", comparison.savingSteadyStatePct()));
		facts.add(new SavingFigure("threeYear", "3-year", comparison.savingThreeYearPct()));
		facts.add(new AnnualCosts(input.currency(), comparison.fractionalSteadyState(),
				comparison.fullTimeSteadyState()));
		facts.add(new ProposalContent(p.scope().size(), model.value("fractional.hoursPerMonth"),
				p.slas().stream().map(s -> s.priority()).toList(), p.deliverables().size(), p.startDate() != null,
				p.milestones().size()));
		Conclusions conclusions = rules.evaluate(RULES_FOLDER, facts);
		double target = conclusions.all(SavingTarget.class)
			.stream()
			.filter(t -> t.basis().equals("threeYear"))
			.mapToDouble(SavingTarget::minimumPct)
			.findFirst()
			.orElse(STORY_TARGET_PCT);
		List<Finding> findings = conclusions.findings();
		boolean meets = findings.stream().noneMatch(f -> f.ruleId().equals("ECO-SAVE-001"));
		TimeToValue ttv = TimeToValue.of(model);
		return new EconomicsResult(input.name(), input.client(), input.currency(), model.feeModel(),
				comparison.savingYear1Pct(), comparison.savingThreeYearPct(), ttv.fractionalMonths(), comparison, ttv,
				AvoidedWaste.of(model), SavingSensitivity.of(model, figures), BreakEven.of(model, target), figures,
				findings.stream().map(EconomicsResult.EconomicsFinding::of).toList(), meets,
				conclusions.any(ProposalComplete.class), conclusions.any(ReadyForSignature.class), ProposalTerms.of(p),
				input);
	}

}
