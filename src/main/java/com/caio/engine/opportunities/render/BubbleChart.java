package com.caio.engine.opportunities.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.common.Png;
import com.caio.engine.opportunities.Numbers;
import com.caio.engine.opportunities.OpportunitiesReport;

/**
 * Value against effort: one bubble per use case at its expected effort (x) and expected
 * KPI uplift (y), sized by reach and coloured by risk; the top ones are labelled. The SVG
 * and the PNG are drawn from the same layout.
 */
public final class BubbleChart {

	static final int WIDTH = 960;

	static final int HEIGHT = 600;

	private static final int LEFT = 80;

	private static final int RIGHT = 200;

	private static final int TOP = 60;

	private static final int BOTTOM = 70;

	private static final double MAX_RADIUS = 38;

	/** One bubble as drawn. */
	record Bubble(double x, double y, double r, String colour, String label, String title, boolean labelled) {
	}

	/** Axis ticks: value and pixel. */
	record Tick(double value, double pixel) {
	}

	private BubbleChart() {
	}

	static String colour(String risk) {
		return switch (risk) {
			case "critical" -> "#c0392b";
			case "high" -> "#e67e22";
			case "medium" -> "#f1c40f";
			default -> "#27ae60";
		};
	}

	static List<Bubble> bubbles(OpportunitiesReport.Backlog b, int labelTop) {
		double maxX = axisMax(b.ranked().stream().mapToDouble(r -> r.expectedEffortWeeks()).max().orElse(1));
		double maxY = axisMax(b.ranked().stream().mapToDouble(r -> r.expectedUpliftPercent()).max().orElse(1));
		double maxReach = b.ranked().stream().mapToDouble(r -> r.reach()).max().orElse(1);
		List<Bubble> out = new ArrayList<>();
		for (OpportunitiesReport.Ranked r : b.ranked()) {
			double radius = maxReach <= 0 ? 8 : Math.max(6, MAX_RADIUS * Math.sqrt(r.reach() / maxReach));
			out.add(new Bubble(x(r.expectedEffortWeeks(), maxX), y(r.expectedUpliftPercent(), maxY), radius,
					colour(r.riskLevel()), r.rank() + ". " + r.title(),
					r.title() + ": " + Numbers.one(r.expectedUpliftPercent()) + "% expected uplift, "
							+ Numbers.one(r.expectedEffortWeeks()) + " person-weeks, reach " + Numbers.whole(r.reach())
							+ ", " + r.riskLevel() + " risk",
					r.rank() <= labelTop));
		}
		// the largest first, so small bubbles stay visible on top
		out.sort((p, q) -> Double.compare(q.r(), p.r()));
		return out;
	}

	static List<Tick> xTicks(OpportunitiesReport.Backlog b) {
		double max = axisMax(b.ranked().stream().mapToDouble(r -> r.expectedEffortWeeks()).max().orElse(1));
		List<Tick> ticks = new ArrayList<>();
		for (double v = 0; v <= max + 1e-9; v += max / 5) {
			ticks.add(new Tick(v, x(v, max)));
		}
		return ticks;
	}

	static List<Tick> yTicks(OpportunitiesReport.Backlog b) {
		double max = axisMax(b.ranked().stream().mapToDouble(r -> r.expectedUpliftPercent()).max().orElse(1));
		List<Tick> ticks = new ArrayList<>();
		for (double v = 0; v <= max + 1e-9; v += max / 5) {
			ticks.add(new Tick(v, y(v, max)));
		}
		return ticks;
	}

	/** A round maximum divisible into 5 ticks: 23 becomes 25, 14.7 becomes 15. */
	static double axisMax(double value) {
		double step = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1e-9) / 5)));
		for (double m : new double[] { 1, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (5 * m * step >= value * 1.08) {
				return 5 * m * step;
			}
		}
		return 50 * step;
	}

	private static double x(double value, double max) {
		return LEFT + value / max * (WIDTH - LEFT - RIGHT);
	}

	private static double y(double value, double max) {
		return HEIGHT - BOTTOM - value / max * (HEIGHT - TOP - BOTTOM);
	}

	static String title(OpportunitiesReport.Backlog b) {
		return "Value against effort: " + b.size() + " AI use cases, ranked by " + Labels.method(b.method());
	}

	public static String svg(OpportunitiesReport.Backlog b, int labelTop) {
		StringBuilder s = new StringBuilder(8192);
		s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
		s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		text(s, LEFT, 34, 18, "bold", "start", title(b));
		for (Tick t : xTicks(b)) {
			line(s, t.pixel(), TOP, t.pixel(), HEIGHT - BOTTOM, "#e6e6e6");
			text(s, t.pixel(), HEIGHT - BOTTOM + 20, 12, "normal", "middle", Numbers.plain(round(t.value())));
		}
		for (Tick t : yTicks(b)) {
			line(s, LEFT, t.pixel(), WIDTH - RIGHT, t.pixel(), "#e6e6e6");
			text(s, LEFT - 8, t.pixel() + 4, 12, "normal", "end", Numbers.plain(round(t.value())) + "%");
		}
		line(s, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333333");
		line(s, LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#333333");
		text(s, (LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 22, 13, "normal", "middle", "Expected effort (person-weeks)");
		s.append("<text x=\"22\" y=\"")
			.append((TOP + HEIGHT - BOTTOM) / 2)
			.append("\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 22 ")
			.append((TOP + HEIGHT - BOTTOM) / 2)
			.append(")\">Expected KPI uplift</text>\n");
		List<Bubble> bubbles = bubbles(b, labelTop);
		for (Bubble x : bubbles) {
			s.append(String.format(Locale.ROOT,
					"<g><title>%s</title><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.7\" stroke=\"#333333\" stroke-width=\"1\"/></g>\n",
					escape(x.title()), x.x(), x.y(), x.r(), x.colour()));
		}
		for (Bubble x : bubbles) {
			if (x.labelled()) {
				s.append(String.format(Locale.ROOT,
						"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n",
						x.x() + x.r() + 2, x.y() - 10, x.label().length() * 7.6 + 4));
				text(s, x.x() + x.r() + 4, x.y() + 4, 13, "bold", "start", x.label());
			}
		}
		legend(s);
		return s.append("</svg>\n").toString();
	}

	private static void legend(StringBuilder s) {
		int x = WIDTH - RIGHT + 30;
		text(s, x, TOP + 10, 13, "bold", "start", "Risk");
		String[] levels = { "low", "medium", "high", "critical" };
		for (int i = 0; i < levels.length; i++) {
			int y = TOP + 34 + i * 24;
			s.append(String.format(Locale.ROOT,
					"<circle cx=\"%d\" cy=\"%d\" r=\"8\" fill=\"%s\" fill-opacity=\"0.7\" stroke=\"#333333\"/>\n",
					x + 8, y - 4, colour(levels[i])));
			text(s, x + 22, y, 12, "normal", "start", Labels.capitalised(levels[i]));
		}
		text(s, x, TOP + 150, 12, "normal", "start", "Bubble size: reach");
		text(s, x, TOP + 168, 12, "normal", "start", "per quarter");
	}

	public static byte[] png(OpportunitiesReport.Backlog b, int labelTop) {
		return Png.paint(WIDTH, HEIGHT, 1, g -> paint(g, b, labelTop));
	}

	private static void paint(Graphics2D g, OpportunitiesReport.Backlog b, int labelTop) {
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
		g.drawString(title(b), LEFT, 34);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		for (Tick t : xTicks(b)) {
			g.setColor(new Color(0xE6E6E6));
			g.drawLine((int) t.pixel(), TOP, (int) t.pixel(), HEIGHT - BOTTOM);
			g.setColor(Color.DARK_GRAY);
			centred(g, Numbers.plain(round(t.value())), t.pixel(), HEIGHT - BOTTOM + 20);
		}
		for (Tick t : yTicks(b)) {
			g.setColor(new Color(0xE6E6E6));
			g.drawLine(LEFT, (int) t.pixel(), WIDTH - RIGHT, (int) t.pixel());
			g.setColor(Color.DARK_GRAY);
			String label = Numbers.plain(round(t.value())) + "%";
			g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), (int) t.pixel() + 4);
		}
		g.setColor(new Color(0x333333));
		g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
		g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		centred(g, "Expected effort (person-weeks)", (LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 22);
		Graphics2D rotated = (Graphics2D) g.create();
		rotated.rotate(-Math.PI / 2, 22, (TOP + HEIGHT - BOTTOM) / 2.0);
		centred(rotated, "Expected KPI uplift", 22, (TOP + HEIGHT - BOTTOM) / 2.0);
		rotated.dispose();
		List<Bubble> bubbles = bubbles(b, labelTop);
		for (Bubble x : bubbles) {
			Ellipse2D circle = new Ellipse2D.Double(x.x() - x.r(), x.y() - x.r(), 2 * x.r(), 2 * x.r());
			Color c = Color.decode(x.colour());
			g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 178));
			g.fill(circle);
			g.setColor(new Color(0x333333));
			g.setStroke(new BasicStroke(1));
			g.draw(circle);
		}
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		g.setColor(Color.BLACK);
		for (Bubble x : bubbles) {
			if (x.labelled()) {
				int width = g.getFontMetrics().stringWidth(x.label());
				g.setColor(new Color(255, 255, 255, 217));
				g.fillRect((int) (x.x() + x.r() + 2), (int) (x.y() - 10), width + 4, 18);
				g.setColor(Color.BLACK);
				g.drawString(x.label(), (float) (x.x() + x.r() + 4), (float) (x.y() + 4));
			}
		}
		legendPng(g);
	}

	private static void legendPng(Graphics2D g) {
		int x = WIDTH - RIGHT + 30;
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		g.drawString("Risk", x, TOP + 10);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		String[] levels = { "low", "medium", "high", "critical" };
		for (int i = 0; i < levels.length; i++) {
			int y = TOP + 34 + i * 24;
			Color c = Color.decode(colour(levels[i]));
			g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 178));
			g.fillOval(x, y - 12, 16, 16);
			g.setColor(Color.BLACK);
			g.drawString(Labels.capitalised(levels[i]), x + 22, y);
		}
		g.drawString("Bubble size: reach", x, TOP + 150);
		g.drawString("per quarter", x, TOP + 168);
	}

	private static void centred(Graphics2D g, String text, double x, double y) {
		g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

	private static void line(StringBuilder s, double x1, double y1, double x2, double y2, String colour) {
		s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
				x1, y1, x2, y2, colour));
	}

	private static void text(StringBuilder s, double x, double y, int size, String weight, String anchor, String text) {
		s.append(String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" text-anchor=\"%s\" fill=\"#1a1a1a\">%s</text>\n",
				x, y, size, weight, anchor, escape(text)));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
