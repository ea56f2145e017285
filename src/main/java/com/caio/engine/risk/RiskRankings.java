package com.caio.engine.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other capabilities may know of a stored risk register: each risk's rating, band
 * and owner, each remediation action's due date and planned reduction, and the totals.
 * The quarterly governance pack compares two of them.
 */
public interface RiskRankings {

	/** A ranked risk as stored. */
	record RankedRisk(String id, String title, String category, String owner, int likelihood, int impact, int score,
			String band, String colour, int rank) {
	}

	/** A remediation action of the roadmap; {@code due} is null when unscheduled. */
	record Action(String riskId, String action, String owner, LocalDate due, int inherentScore, int mitigatedScore) {
	}

	/** A cell of the 5 x 5 heatmap with the band and colour the rules gave it. */
	record Cell(int likelihood, int impact, String band, String colour) {
	}

	/** A stored register: the run, its input and everything above. */
	record Ranking(long runId, Instant at, String inputName, String inputSha256, List<RankedRisk> risks,
			List<Action> actions, List<Cell> cells, long totalInherent, long totalMitigated) {

		public Ranking {
			risks = List.copyOf(risks);
			actions = List.copyOf(actions);
			cells = List.copyOf(cells);
		}
	}

	/** The stored risk run {@code id}, or empty when none is stored. */
	Optional<Ranking> ranking(long id);

}
