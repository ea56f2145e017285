package com.caio.engine.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the heatmap image shows and where, shared by the SVG and PNG renderers so both
 * look the same: likelihood rows (5 at the top), impact columns, the count large in each
 * cell and at most a few ids, then "+N more", so a cell holding hundreds of risks stays
 * readable.
 */
final class HeatmapLayout {

	static final int WIDTH = 980;

	static final int HEIGHT = 640;

	static final int LEFT = 170;

	static final int TOP = 70;

	static final int CELL_W = 120;

	static final int CELL_H = 96;

	static final int IDS_SHOWN = 3;

	static final int ID_CHARS = 16;

	static final int LEGEND_X = LEFT + 5 * CELL_W + 30;

	/** A legend entry: a band, its colour and the scores it covers on this heatmap. */
	record Legend(String band, String colour, int minScore, int maxScore) {
	}

	private HeatmapLayout() {
	}

	static int cellX(int impact) {
		return LEFT + (impact - 1) * CELL_W;
	}

	static int cellY(int likelihood) {
		return TOP + (5 - likelihood) * CELL_H;
	}

	/** The id lines of a cell: at most {@link #IDS_SHOWN} ids, then "+N more". */
	static List<String> idLines(RiskReport.Cell cell) {
		List<String> lines = new ArrayList<>();
		List<String> ids = cell.riskIds();
		int shown = ids.size() <= IDS_SHOWN + 1 ? ids.size() : IDS_SHOWN;
		for (int n = 0; n < shown; n++) {
			String id = ids.get(n);
			lines.add(id.length() > ID_CHARS ? id.substring(0, ID_CHARS - 1) + "\u2026" : id);
		}
		if (ids.size() > shown) {
			lines.add("+" + (ids.size() - shown) + " more");
		}
		return lines;
	}

	static String title(RiskReport report) {
		long total = report.heatmap().cells().stream().mapToLong(RiskReport.Cell::count).sum();
		return String.format(java.util.Locale.ROOT, "Risk heatmap: %,d risk%s by likelihood x impact", total,
				total == 1 ? "" : "s");
	}

	/** Bands in the order of their lowest score, most severe first. */
	static List<Legend> legend(RiskReport.Heatmap heatmap) {
		Map<String, Legend> bands = new LinkedHashMap<>();
		for (RiskReport.Cell c : heatmap.cells()) {
			bands.merge(c.band(), new Legend(c.band(), c.colour(), c.score(), c.score()), (a, b) -> new Legend(a.band(),
					a.colour(), Math.min(a.minScore(), b.minScore()), Math.max(a.maxScore(), b.maxScore())));
		}
		return bands.values().stream().sorted((a, b) -> Integer.compare(b.minScore(), a.minScore())).toList();
	}

	/**
	 * Dark text on a light fill, white on a dark one (relative luminance of the sRGB
	 * colour).
	 */
	static String textColour(String fill) {
		int rgb = Integer.parseInt(fill.substring(1), 16);
		double luminance = 0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF);
		return luminance < 140 ? "#ffffff" : "#1a1a1a";
	}

	/** A colour the table gave, or grey when it is not a #rrggbb value. */
	static String safeColour(String colour) {
		return colour != null && colour.matches("#[0-9a-fA-F]{6}") ? colour : Ranking.UNBANDED_COLOUR;
	}

}
