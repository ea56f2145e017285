package com.caio.engine.maturity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.common.Png;

/**
 * The levels as a bar chart: one bar per dimension on the 1-5 scale, then the overall
 * score, each labelled with its level. One layout, drawn as SVG (the page, the download)
 * and as PNG (the PDF).
 */
final class MaturityChart {

	static final int WIDTH = 720;

	static final int ROW = 34;

	static final int LEFT = 170;

	static final int RIGHT = 200;

	static final int TOP = 30;

	private static final String[] COLOURS = { "#c0392b", "#e67e22", "#f1c40f", "#7cb342", "#2e7d32" };

	/** A bar: its label, score (null when not scored) and level text. */
	record Bar(String label, Double score, Integer level, String levelText, boolean overall) {
	}

	private MaturityChart() {
	}

	static List<Bar> bars(MaturityReport report) {
		List<Bar> bars = new ArrayList<>();
		for (MaturityReport.DimensionResult d : report.dimensions()) {
			bars.add(new Bar(d.name(), d.score(), d.level(), levelText(d.level(), d.levelName()), false));
		}
		MaturityReport.Level o = report.overall();
		bars.add(new Bar("Overall", o.score(), o.level(), levelText(o.level(), o.levelName()), true));
		return bars;
	}

	static int height(List<Bar> bars) {
		return TOP + bars.size() * ROW + 30;
	}

	/** x of a score on the 1-5 axis. */
	static double x(double score) {
		return LEFT + (WIDTH - LEFT - RIGHT) * (score - 1) / 4.0;
	}

	static String svg(MaturityReport report) {
		List<Bar> bars = bars(report);
		int height = height(bars);
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
						+ "font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">%n",
				WIDTH, height, WIDTH, height));
		s.append("<title>Maturity level per dimension</title>\n");
		s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (int tick = 1; tick <= 5; tick++) {
			double x = x(tick);
			s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d7dde4\"/>"
					+ "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5b6775\">%d</text>%n",
					x, TOP - 6, x, height - 26, x, TOP - 10, tick));
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = TOP + i * ROW;
			String weight = bar.overall() ? "bold" : "normal";
			s.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"%s\" text-anchor=\"end\" fill=\"#1d2733\">%s</text>%n",
					LEFT - 8, y + 20, weight, escape(bar.label())));
			if (bar.score() != null) {
				s.append(String.format(Locale.ROOT,
						"<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"22\" fill=\"%s\"/>%n", LEFT, y + 5,
						Math.max(2, x(bar.score()) - LEFT), colour(bar.level())));
			}
			s.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"%s\" fill=\"#1d2733\">%s</text>%n",
					WIDTH - RIGHT + 10, y + 20, weight, escape(scoreText(bar))));
		}
		s.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#5b6775\">Score on the 1-5 scale; the bar's colour is its level.</text>%n",
				LEFT, height - 8));
		return s.append("</svg>\n").toString();
	}

	static byte[] png(MaturityReport report) {
		List<Bar> bars = bars(report);
		int height = height(bars);
		return Png.paint(WIDTH, height, 2, g -> paint(g, bars, height));
	}

	private static void paint(Graphics2D g, List<Bar> bars, int height) {
		g.setStroke(new BasicStroke(1));
		for (int tick = 1; tick <= 5; tick++) {
			int x = (int) Math.round(x(tick));
			g.setColor(Color.decode("#d7dde4"));
			g.drawLine(x, TOP - 6, x, height - 26);
			text(g, Integer.toString(tick), x, TOP - 10, 11, false, Color.decode("#5b6775"), 0);
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = TOP + i * ROW;
			text(g, bar.label(), LEFT - 8, y + 20, 13, bar.overall(), Color.decode("#1d2733"), 1);
			if (bar.score() != null) {
				g.setColor(Color.decode(colour(bar.level())));
				g.fillRect(LEFT, y + 5, (int) Math.max(2, Math.round(x(bar.score()) - LEFT)), 22);
			}
			text(g, scoreText(bar), WIDTH - RIGHT + 10, y + 20, 12, bar.overall(), Color.decode("#1d2733"), -1);
		}
		text(g, "Score on the 1-5 scale; the bar's colour is its level.", LEFT, height - 8, 11, false,
				Color.decode("#5b6775"), -1);
	}

	/** align: -1 left, 0 centre, 1 right. */
	private static void text(Graphics2D g, String s, int x, int y, int size, boolean bold, Color colour, int align) {
		g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
		g.setColor(colour);
		int width = g.getFontMetrics().stringWidth(s);
		g.drawString(s, align < 0 ? x : align == 0 ? x - width / 2 : x - width, y);
	}

	private static String scoreText(Bar bar) {
		return bar.score() == null ? "not scored"
				: String.format(Locale.ROOT, "%.2f  %s", bar.score(), bar.levelText());
	}

	private static String levelText(Integer level, String name) {
		return level == null ? "not scored" : "Level " + level + (name == null ? "" : " " + name);
	}

	private static String colour(Integer level) {
		return level == null ? "#9aa6b2" : COLOURS[Math.min(Math.max(level, 1), 5) - 1];
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
