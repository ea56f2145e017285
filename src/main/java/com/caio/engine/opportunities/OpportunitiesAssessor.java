package com.caio.engine.opportunities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caio.engine.opportunities.model.Backlog;
import com.caio.engine.opportunities.model.MvpPlan;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;

/**
 * Assesses a backlog, an MVP plan or both with one rule set; no storage, no Spring.
 */
public final class OpportunitiesAssessor {

	private OpportunitiesAssessor() {
	}

	/** The policy's number of draws, for reading a plan that names none. */
	public static int defaultDraws(RuleSet rules) {
		return (int) OpportunityRules.setup(rules, "default").value("schedule.draws");
	}

	/**
	 * @param backlog may be null when only a plan is assessed
	 * @param plan may be null when only a backlog is ranked
	 */
	public static OpportunitiesReport assess(RuleSet rules, Backlog backlog, MvpPlan plan) {
		String method = backlog == null || backlog.method().isBlank() ? "default"
				: backlog.method().strip().toLowerCase(java.util.Locale.ROOT);
		OpportunityRules.Setup setup = OpportunityRules.setup(rules, method);
		List<Finding> findings = new ArrayList<>();
		OpportunitiesReport.Backlog ranked = backlog == null ? null
				: BacklogAssessor.assess(rules, setup, backlog, findings);
		OpportunitiesReport.MvpPlan mvp = plan == null ? null : PlanAssessor.assess(rules, setup, plan, findings);
		findings.sort(Comparator.comparing((Finding f) -> f.ruleId()).thenComparing(Finding::subject));
		return new OpportunitiesReport(ranked, mvp, List.copyOf(findings), setup.used());
	}

}
