package com.caio.engine.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders risks and builds the heatmap from the bands the rules gave each cell. */
final class Ranking {

	static final String UNBANDED = "Unbanded";

	static final String UNBANDED_COLOUR = "#cccccc";

	/**
	 * Score desc, then impact desc, then likelihood desc, then id asc: the order of the
	 * register.
	 */
	static final Comparator<Risk> ORDER = Comparator.comparingInt(Risk::score)
		.thenComparingInt(Risk::impact)
		.thenComparingInt(Risk::likelihood)
		.reversed()
		.thenComparing(Risk::id);

	static final int HEADLINE = 5;

	private Ranking() {
	}

	static List<RiskReport.RankedRisk> rank(RiskScorer.Outcome outcome) {
		List<Risk> ordered = new ArrayList<>(outcome.risks());
		ordered.sort(ORDER);
		List<RiskReport.RankedRisk> ranked = new ArrayList<>(ordered.size());
		for (int n = 0; n < ordered.size(); n++) {
			Risk r = ordered.get(n);
			CellBand band = outcome.band(r.likelihood(), r.impact());
			ranked.add(new RiskReport.RankedRisk(r.id(), r.title(), r.category(), r.owner(), r.likelihood(), r.impact(),
					r.score(), band == null ? UNBANDED : band.band(), band == null ? UNBANDED_COLOUR : band.colour(),
					n + 1, r.derivedBy(), r.evidence()));
		}
		return ranked;
	}

	static List<String> top5(List<RiskReport.RankedRisk> ranked) {
		return ranked.stream().limit(HEADLINE).map(RiskReport.RankedRisk::id).toList();
	}

	/**
	 * All 25 cells, likelihood then impact ascending; ids within a cell in rank order.
	 */
	static RiskReport.Heatmap heatmap(List<RiskReport.RankedRisk> ranked, RiskScorer.Outcome outcome) {
		List<List<String>> ids = new ArrayList<>(25);
		for (int c = 0; c < 25; c++) {
			ids.add(new ArrayList<>());
		}
		for (RiskReport.RankedRisk r : ranked) {
			ids.get((r.likelihood() - 1) * 5 + r.impact() - 1).add(r.id());
		}
		List<RiskReport.Cell> cells = new ArrayList<>(25);
		for (int l = 1; l <= 5; l++) {
			for (int i = 1; i <= 5; i++) {
				List<String> inCell = ids.get((l - 1) * 5 + i - 1);
				CellBand band = outcome.band(l, i);
				cells.add(new RiskReport.Cell(l, i, l * i, inCell.size(), band == null ? UNBANDED : band.band(),
						band == null ? UNBANDED_COLOUR : band.colour(), List.copyOf(inCell)));
			}
		}
		return new RiskReport.Heatmap(List.copyOf(cells));
	}

}
