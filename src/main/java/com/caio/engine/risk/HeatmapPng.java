package com.caio.engine.risk;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;

import com.caio.engine.common.Png;

/**
 * The heatmap as a PNG for documents, drawn with Java2D in the same layout as the SVG, at
 * twice the size for print.
 */
final class HeatmapPng {

	static final int SCALE = 2;

	private HeatmapPng() {
	}

	static byte[] render(RiskReport report) {
		return Png.paint(HeatmapLayout.WIDTH, HeatmapLayout.HEIGHT, SCALE, g -> {
			text(g, HeatmapLayout.LEFT, 36, 20, true, -1, "#1a1a1a", HeatmapLayout.title(report));
			for (RiskReport.Cell cell : report.heatmap().cells()) {
				cell(g, cell);
			}
			axes(g);
			legend(g, HeatmapLayout.legend(report.heatmap()));
		});
	}

	private static void cell(Graphics2D g, RiskReport.Cell cell) {
		int x = HeatmapLayout.cellX(cell.impact());
		int y = HeatmapLayout.cellY(cell.likelihood());
		String fill = HeatmapLayout.safeColour(cell.colour());
		g.setColor(Color.decode(fill));
		g.fillRect(x, y, HeatmapLayout.CELL_W, HeatmapLayout.CELL_H);
		g.setColor(Color.WHITE);
		g.drawRect(x, y, HeatmapLayout.CELL_W, HeatmapLayout.CELL_H);
		if (cell.count() > 0) {
			String ink = HeatmapLayout.textColour(fill);
			int cx = x + HeatmapLayout.CELL_W / 2;
			text(g, cx, y + 32, 26, true, 0, ink, String.valueOf(cell.count()));
			List<String> lines = HeatmapLayout.idLines(cell);
			for (int n = 0; n < lines.size(); n++) {
				text(g, cx, y + 50 + n * 13, 11, false, 0, ink, lines.get(n));
			}
		}
	}

	private static void axes(Graphics2D g) {
		for (int l = 1; l <= 5; l++) {
			int y = HeatmapLayout.cellY(l) + HeatmapLayout.CELL_H / 2;
			text(g, HeatmapLayout.LEFT - 10, y - 2, 14, true, 1, "#1a1a1a", String.valueOf(l));
			text(g, HeatmapLayout.LEFT - 10, y + 15, 11, false, 1, "#444444", Rating.LIKELIHOOD.label(l));
		}
		int bottom = HeatmapLayout.cellY(1) + HeatmapLayout.CELL_H;
		for (int i = 1; i <= 5; i++) {
			int x = HeatmapLayout.cellX(i) + HeatmapLayout.CELL_W / 2;
			text(g, x, bottom + 20, 14, true, 0, "#1a1a1a", String.valueOf(i));
			text(g, x, bottom + 36, 11, false, 0, "#444444", Rating.IMPACT.label(i));
		}
		text(g, HeatmapLayout.LEFT + 5 * HeatmapLayout.CELL_W / 2, bottom + 62, 15, true, 0, "#1a1a1a", "Impact");
		int midY = HeatmapLayout.TOP + 5 * HeatmapLayout.CELL_H / 2;
		AffineTransform saved = g.getTransform();
		g.rotate(-Math.PI / 2, 24, midY);
		text(g, 24, midY, 15, true, 0, "#1a1a1a", "Likelihood");
		g.setTransform(saved);
	}

	private static void legend(Graphics2D g, List<HeatmapLayout.Legend> legend) {
		int y = HeatmapLayout.TOP;
		text(g, HeatmapLayout.LEGEND_X, y + 12, 14, true, -1, "#1a1a1a", "Band (score)");
		for (HeatmapLayout.Legend band : legend) {
			y += 28;
			g.setColor(Color.decode(HeatmapLayout.safeColour(band.colour())));
			g.fillRect(HeatmapLayout.LEGEND_X, y, 18, 18);
			text(g, HeatmapLayout.LEGEND_X + 26, y + 14, 13, false, -1, "#1a1a1a",
					band.band() + " " + band.minScore() + "-" + band.maxScore());
		}
	}

	/**
	 * Draws text at a baseline; {@code align} -1 start, 0 middle, 1 end (as SVG's
	 * text-anchor).
	 */
	private static void text(Graphics2D g, int x, int y, int size, boolean bold, int align, String colour, String s) {
		g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
		g.setColor(Color.decode(colour));
		FontMetrics metrics = g.getFontMetrics();
		int width = metrics.stringWidth(s);
		int left = align < 0 ? x : align == 0 ? x - width / 2 : x - width;
		g.drawString(s, left, y);
	}

}
