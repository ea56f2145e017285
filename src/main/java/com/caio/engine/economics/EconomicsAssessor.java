package com.caio.engine.economics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caio.engine.economics.model.AnnualCosts;
import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.economics.model.Figure;
import com.caio.engine.economics.model.ProposalComplete;
import com.caio.engine.economics.model.ProposalContent;
import com.caio.engine.economics.model.ReadyForSignature;
import com.caio.engine.economics.model.SavingFigure;
import com.caio.engine.economics.model.SavingTarget;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RulesUnavailableException;
import org.kie.api.runtime.KieSession;

/**
 * Computes both options' costs, then lets the economics rules judge the saving, the
 * sources, the plausibility and the proposal, and assembles the result.
 */
public final class EconomicsAssessor {

	public static final String RULES_FOLDER = "economics";

	/** Used for the break-even when the rules set no 3-year target. */
	static final double STORY_TARGET_PCT = 50;

	private static final int MAX_FIRINGS = 100_000;

	public EconomicsResult assess(RuleSet rules, EngagementEconomics input) {
		CostModel model = CostModel.of(input);
		CostComparison comparison = CostComparison.of(model);
		List<Figure> figures = input.figures();
		KieSession session = rules.newSession(RULES_FOLDER);
		try {
			figures.forEach(session::insert);
			session.insert(new SavingFigure("year1", "year-1", comparison.savingYear1Pct()));
			session.insert(new SavingFigure("steadyState", "steady-state annual", comparison.savingSteadyStatePct()));
			session.insert(new SavingFigure("threeYear", "3-year", comparison.savingThreeYearPct()));
			session.insert(new AnnualCosts(input.currency(), comparison.fractionalSteadyState(),
					comparison.fullTimeSteadyState()));
			var p = input.proposal();
			session.insert(new ProposalContent(p.scope().size(), model.value("fractional.hoursPerMonth"),
					p.slas().stream().map(s -> s.priority()).toList(), p.deliverables().size(), p.startDate() != null,
					p.milestones().size()));
			if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
				throw new RulesUnavailableException("the economics rules did not settle after " + MAX_FIRINGS
						+ " firings; a rule probably re-triggers itself", List.of());
			}
			List<Finding> findings = new ArrayList<>();
			boolean complete = false;
			boolean ready = false;
			double target = STORY_TARGET_PCT;
			for (Object fact : session.getObjects()) {
				if (fact instanceof Finding f) {
					findings.add(f);
				}
				else if (fact instanceof SavingTarget t && t.basis().equals("threeYear")) {
					target = t.minimumPct();
				}
				complete |= fact instanceof ProposalComplete;
				ready |= fact instanceof ReadyForSignature;
			}
			findings.sort(Comparator.comparingInt(EconomicsAssessor::rank)
				.thenComparing(Finding::ruleId)
				.thenComparing(Finding::subject));
			boolean meets = findings.stream().noneMatch(f -> f.ruleId().equals("ECO-SAVE-001"));
			TimeToValue ttv = TimeToValue.of(model);
			return new EconomicsResult(input.name(), input.client(), input.currency(), model.feeModel(),
					comparison.savingYear1Pct(), comparison.savingThreeYearPct(), ttv.fractionalMonths(), comparison,
					ttv, AvoidedWaste.of(model), SavingSensitivity.of(model, figures), BreakEven.of(model, target),
					figures, findings.stream().map(EconomicsResult.EconomicsFinding::of).toList(), meets, complete,
					ready, ProposalTerms.of(p), input);
		}
		finally {
			session.dispose();
		}
	}

	private static int rank(Finding f) {
		return switch (f.severity()) {
			case Finding.CRITICAL -> 0;
			case Finding.WARNING -> 1;
			default -> 2;
		};
	}

}
