package com.caio.engine.governance;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.caio.engine.ShippedRules;
import com.caio.engine.engagement.EngagementTimeline;
import com.caio.engine.risk.RiskFixtures;
import com.caio.engine.risk.RiskRankings;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;

/**
 * The governance capability on the shipped rules with the example's two risk registers
 * (runs 11 and 12) and engagement 7 (its meeting, decision and milestones) standing in
 * for storage.
 */
final class GovernanceFixtures {

	static final Path DIR = Path.of("examples/governance");

	private static final Map<Long, RiskRankings.Ranking> RISKS = new HashMap<>();

	private GovernanceFixtures() {
	}

	static synchronized GovernanceCapability capability() {
		if (RISKS.isEmpty()) {
			RISKS.put(11L, RiskFixtures.ranking(DIR.resolve("risk-register-2026-Q2.csv"), 11));
			RISKS.put(12L, RiskFixtures.ranking(DIR.resolve("risk-register-2026-Q3.csv"), 12));
		}
		return new GovernanceCapability(id -> Optional.ofNullable(RISKS.get(id)),
				id -> id == 7 ? Optional.of(engagement()) : Optional.empty());
	}

	static EngagementTimeline.Timeline engagement() {
		return new EngagementTimeline.Timeline(7, "Harbour Foods", "Marketing AI governance 2025-2026",
				LocalDate.of(2025, 6, 2),
				List.of(new EngagementTimeline.Milestone("Claims filter for the copy assistant",
						LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 22), true)),
				List.of(new EngagementTimeline.Meeting("quarterly-review", LocalDate.of(2026, 9, 24),
						List.of("Grace Lindqvist", "Priya Nair"), "Reviewed KPIs, risks and the roadmap.")),
				List.of(new EngagementTimeline.Decision("steering", "extend", LocalDate.of(2026, 9, 24),
						List.of("Grace Lindqvist"))),
				List.of(new EngagementTimeline.LinkedRun("risk", 11, "Risk register Q2 2026",
						LocalDate.of(2026, 6, 19)),
						new EngagementTimeline.LinkedRun("risk", 12, "Risk register Q3 2026",
								LocalDate.of(2026, 9, 18))));
	}

	/** The pack file with options and attachments, read and assessed. */
	static GovernanceReport assess(Path pack, Map<String, String> options, Map<String, Source> attachments) {
		RuleSet rules = ShippedRules.get();
		GovernanceCapability c = capability();
		return c.assess(c.read(Source.file(pack, options, attachments), rules), rules);
	}

	static GovernanceReport example() {
		return assess(DIR.resolve("pack.yaml"), Map.of("engagement", "7"), Map.of());
	}

	static Run<GovernanceReport> run(GovernanceReport report) {
		return new Run<>(1, "governance", Instant.EPOCH, ShippedRules.get().version(), new Run.Input("pack.yaml", ""),
				report);
	}

}
