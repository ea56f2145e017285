package com.caio.engine.risk;

import java.util.List;

/** The heatmap as an SVG document to put on a slide. */
final class HeatmapSvg {

	private HeatmapSvg() {
	}

	static String render(RiskReport report) {
		StringBuilder s = new StringBuilder(16_384);
		s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(HeatmapLayout.WIDTH)
			.append("\" height=\"")
			.append(HeatmapLayout.HEIGHT)
			.append("\" viewBox=\"0 0 ")
			.append(HeatmapLayout.WIDTH)
			.append(' ')
			.append(HeatmapLayout.HEIGHT)
			.append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
		s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		text(s, HeatmapLayout.LEFT, 36, 20, "bold", "start", "#1a1a1a", HeatmapLayout.title(report));
		for (RiskReport.Cell cell : report.heatmap().cells()) {
			cell(s, cell);
		}
		axes(s);
		legend(s, HeatmapLayout.legend(report.heatmap()));
		return s.append("</svg>\n").toString();
	}

	private static void cell(StringBuilder s, RiskReport.Cell cell) {
		int x = HeatmapLayout.cellX(cell.impact());
		int y = HeatmapLayout.cellY(cell.likelihood());
		String fill = HeatmapLayout.safeColour(cell.colour());
		String ink = HeatmapLayout.textColour(fill);
		s.append("<g><title>")
			.append(escape("Likelihood " + cell.likelihood() + " x impact " + cell.impact() + " = " + cell.score()
					+ " (" + cell.band() + "): " + cell.count() + (cell.count() == 1 ? " risk" : " risks")))
			.append("</title>");
		s.append("<rect x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y)
			.append("\" width=\"")
			.append(HeatmapLayout.CELL_W)
			.append("\" height=\"")
			.append(HeatmapLayout.CELL_H)
			.append("\" fill=\"")
			.append(fill)
			.append("\" stroke=\"#ffffff\" stroke-width=\"2\" data-band=\"")
			.append(escape(cell.band()))
			.append("\"/>");
		if (cell.count() > 0) {
			int cx = x + HeatmapLayout.CELL_W / 2;
			text(s, cx, y + 32, 26, "bold", "middle", ink, String.valueOf(cell.count()));
			List<String> lines = HeatmapLayout.idLines(cell);
			for (int n = 0; n < lines.size(); n++) {
				text(s, cx, y + 50 + n * 13, 11, "normal", "middle", ink, lines.get(n));
			}
		}
		s.append("</g>\n");
	}

	private static void axes(StringBuilder s) {
		for (int l = 1; l <= 5; l++) {
			int y = HeatmapLayout.cellY(l) + HeatmapLayout.CELL_H / 2;
			text(s, HeatmapLayout.LEFT - 10, y - 2, 14, "bold", "end", "#1a1a1a", String.valueOf(l));
			text(s, HeatmapLayout.LEFT - 10, y + 15, 11, "normal", "end", "#444444", Rating.LIKELIHOOD.label(l));
		}
		int bottom = HeatmapLayout.cellY(1) + HeatmapLayout.CELL_H;
		for (int i = 1; i <= 5; i++) {
			int x = HeatmapLayout.cellX(i) + HeatmapLayout.CELL_W / 2;
			text(s, x, bottom + 20, 14, "bold", "middle", "#1a1a1a", String.valueOf(i));
			text(s, x, bottom + 36, 11, "normal", "middle", "#444444", Rating.IMPACT.label(i));
		}
		text(s, HeatmapLayout.LEFT + 5 * HeatmapLayout.CELL_W / 2, bottom + 62, 15, "bold", "middle", "#1a1a1a",
				"Impact");
		int midY = HeatmapLayout.TOP + 5 * HeatmapLayout.CELL_H / 2;
		s.append("<text x=\"24\" y=\"")
			.append(midY)
			.append("\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"middle\" ")
			.append("fill=\"#1a1a1a\" transform=\"rotate(-90 24 ")
			.append(midY)
			.append(")\">Likelihood</text>\n");
	}

	private static void legend(StringBuilder s, List<HeatmapLayout.Legend> legend) {
		int y = HeatmapLayout.TOP;
		text(s, HeatmapLayout.LEGEND_X, y + 12, 14, "bold", "start", "#1a1a1a", "Band (score)");
		for (HeatmapLayout.Legend band : legend) {
			y += 28;
			s.append("<rect x=\"")
				.append(HeatmapLayout.LEGEND_X)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"18\" height=\"18\" fill=\"")
				.append(HeatmapLayout.safeColour(band.colour()))
				.append("\"/>");
			text(s, HeatmapLayout.LEGEND_X + 26, y + 14, 13, "normal", "start", "#1a1a1a",
					band.band() + " " + band.minScore() + "-" + band.maxScore());
		}
	}

	private static void text(StringBuilder s, int x, int y, int size, String weight, String anchor, String fill,
			String content) {
		s.append("<text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y)
			.append("\" font-size=\"")
			.append(size)
			.append("\" font-weight=\"")
			.append(weight)
			.append("\" text-anchor=\"")
			.append(anchor)
			.append("\" fill=\"")
			.append(fill)
			.append("\">")
			.append(escape(content))
			.append("</text>\n");
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
			}
		}
		return out.toString();
	}

}
