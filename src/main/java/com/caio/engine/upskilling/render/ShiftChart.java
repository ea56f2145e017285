package com.caio.engine.upskilling.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.caio.engine.common.Png;
import com.caio.engine.upskilling.UpskillingReport;
import com.caio.engine.upskilling.UpskillingReport.Shift;
import com.caio.engine.upskilling.UpskillingReport.ShiftMonth;

/**
 * External AI hours by month with the baseline, the -50% target line, the fitted trend
 * and its projection to the target month: one drawing, written as SVG or PNG.
 */
public final class ShiftChart {

	static final int WIDTH = 900;

	static final int HEIGHT = 480;

	private static final int LEFT = 70;

	private static final int RIGHT = 30;

	private static final int TOP = 40;

	private static final int BOTTOM = 70;

	private ShiftChart() {
	}

	/** What is drawn on: SVG text or a Java2D image. */
	interface Canvas {

		void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed);

		void dot(double x, double y, double r, String colour);

		void text(double x, double y, String text, String colour, int size, String anchor);

	}

	public static String svg(UpskillingReport report) {
		StringBuilder out = new StringBuilder();
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		draw(report.shift(), new Canvas() {
			@Override
			public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
				out.append(String.format(Locale.ROOT,
						"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n",
						x1, y1, x2, y2, colour, width, dashed ? " stroke-dasharray=\"6 4\"" : ""));
			}

			@Override
			public void dot(double x, double y, double r, String colour) {
				out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n", x,
						y, r, colour));
			}

			@Override
			public void text(double x, double y, String text, String colour, int size, String anchor) {
				out.append(String.format(Locale.ROOT,
						"<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" font-size=\"%d\" text-anchor=\"%s\">%s</text>%n", x, y,
						colour, size, anchor, escape(text)));
			}
		});
		return out.append("</svg>\n").toString();
	}

	public static byte[] png(UpskillingReport report) {
		return Png.paint(WIDTH, HEIGHT, 1, g -> draw(report.shift(), java2d(g)));
	}

	private static Canvas java2d(Graphics2D g) {
		return new Canvas() {
			@Override
			public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
				Png.line(g, x1, y1, x2, y2, colour, width, dashed ? new float[] { 6, 4 } : new float[0]);
			}

			@Override
			public void dot(double x, double y, double r, String colour) {
				g.setColor(Color.decode(colour));
				g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
			}

			@Override
			public void text(double x, double y, String text, String colour, int size, String anchor) {
				Png.text(g, x, y, text, new Font(Font.SANS_SERIF, Font.PLAIN, size), colour,
						anchor.equals("middle") ? 0.5 : anchor.equals("end") ? 1 : 0);
			}
		};
	}

	static void draw(Shift s, Canvas c) {
		List<ShiftMonth> months = s.months();
		if (months.isEmpty()) {
			c.text(WIDTH / 2.0, HEIGHT / 2.0, "No task log was given: nothing to chart.", "#333333", 16, "middle");
			return;
		}
		int firstPm = months.get(0).programmeMonth();
		int lastPm = Math.max(months.get(months.size() - 1).programmeMonth(), s.targetMonth());
		double max = Math.max(s.baselineExternalHours(),
				months.stream().mapToDouble(ShiftMonth::externalHours).max().orElse(1));
		if (s.projectionLow() != null) {
			max = Math.max(max, s.baselineExternalHours() * (1 - s.projectionLow()));
		}
		double top = niceCeiling(max * 1.1);
		double plotW = WIDTH - LEFT - RIGHT;
		double plotH = HEIGHT - TOP - BOTTOM;
		java.util.function.DoubleUnaryOperator x = pm -> LEFT + (pm - firstPm) * plotW / Math.max(1, lastPm - firstPm);
		java.util.function.DoubleUnaryOperator y = h -> TOP + plotH - Math.max(0, h) * plotH / top;
		c.text(LEFT, 24, "External AI hours per month, against the baseline and the " + Words.pct(s.target())
				+ " reduction target", "#222222", 15, "start");
		for (int i = 0; i <= 4; i++) {
			double h = top * i / 4;
			c.line(LEFT, y.applyAsDouble(h), WIDTH - RIGHT, y.applyAsDouble(h), "#E1E4E8", 1, false);
			c.text(LEFT - 8, y.applyAsDouble(h) + 4, Words.hours(h), "#555555", 11, "end");
		}
		YearMonth first = YearMonth.parse(months.get(0).month());
		for (int pm = firstPm; pm <= lastPm; pm++) {
			String label = Words.month(first.plusMonths(pm - firstPm).toString());
			c.text(x.applyAsDouble(pm), HEIGHT - BOTTOM + 18, label.substring(0, 3), "#555555", 10, "middle");
			c.text(x.applyAsDouble(pm), HEIGHT - BOTTOM + 31, label.substring(4), "#888888", 9, "middle");
		}
		c.line(LEFT, TOP + plotH, WIDTH - RIGHT, TOP + plotH, "#888888", 1, false);
		double base = s.baselineExternalHours();
		double goal = base * (1 - s.target());
		c.line(LEFT, y.applyAsDouble(base), WIDTH - RIGHT, y.applyAsDouble(base), "#6A737D", 1.5, true);
		c.text(WIDTH - RIGHT, y.applyAsDouble(base) - 6, "Baseline " + Words.hours(base) + " h", "#6A737D", 11, "end");
		c.line(LEFT, y.applyAsDouble(goal), WIDTH - RIGHT, y.applyAsDouble(goal), "#C0392B", 1.5, true);
		c.text(WIDTH - RIGHT, y.applyAsDouble(goal) - 6, "Target " + Words.hours(goal) + " h", "#C0392B", 11, "end");
		if (s.slope() != null) {
			double x0 = 1;
			c.line(x.applyAsDouble(x0), y.applyAsDouble(s.intercept() + s.slope() * x0),
					x.applyAsDouble(s.targetMonth()), y.applyAsDouble(s.intercept() + s.slope() * s.targetMonth()),
					"#E67E22", 2, true);
			double px = x.applyAsDouble(s.targetMonth());
			c.line(px, y.applyAsDouble(base * (1 - s.projectionLow())), px,
					y.applyAsDouble(base * (1 - s.projectionHigh())), "#E67E22", 2, false);
			c.dot(px, y.applyAsDouble(s.projectedExternalHours()), 5, "#E67E22");
		}
		for (int i = 0; i < months.size(); i++) {
			ShiftMonth m = months.get(i);
			if (i > 0) {
				ShiftMonth p = months.get(i - 1);
				c.line(x.applyAsDouble(p.programmeMonth()), y.applyAsDouble(p.externalHours()),
						x.applyAsDouble(m.programmeMonth()), y.applyAsDouble(m.externalHours()), "#1F4E79", 2, false);
			}
			c.dot(x.applyAsDouble(m.programmeMonth()), y.applyAsDouble(m.externalHours()), 4, "#1F4E79");
		}
		c.line(x.applyAsDouble(0.5), TOP, x.applyAsDouble(0.5), TOP + plotH, "#AAAAAA", 1, true);
		c.text(x.applyAsDouble(0.5) + 4, TOP + 12, "Programme starts", "#777777", 10, "start");
		List<String> caption = caption(s, first.plusMonths(s.targetMonth() - firstPm));
		for (int i = 0; i < caption.size(); i++) {
			c.text(LEFT, HEIGHT - 20 + 14 * i, caption.get(i), "#555555", 11, "start");
		}
	}

	/**
	 * The legend under the chart: two lines, as one is wider than the chart at this size
	 * (ShiftChartTests measures every text against the canvas).
	 */
	static List<String> caption(Shift s, YearMonth target) {
		if (s.slope() == null) {
			return List.of("Blue: external AI hours logged. Too few programme months for a trend.");
		}
		return List.of(
				"Blue: external AI hours logged. Orange: fitted trend (least squares) to month " + s.targetMonth()
						+ " (" + Words.month(target.toString()) + ").",
				"Projected for " + Words.month(target.toString()) + ": " + Words.hours(s.projectedExternalHours())
						+ " h (95% interval " + Words.hours(hoursAt(s, s.projectionHigh())) + " to "
						+ Words.hours(hoursAt(s, s.projectionLow())) + " h), a " + Words.pct(s.probability())
						+ " chance of reaching the target of " + Words.hours(hoursAt(s, s.target())) + " h.");
	}

	/** The external hours a reduction against the baseline stands for, never below 0. */
	private static double hoursAt(Shift s, double reduction) {
		return Math.max(0, s.baselineExternalHours() * (1 - reduction));
	}

	static double niceCeiling(double value) {
		if (value <= 0) {
			return 1;
		}
		double step = Math.pow(10, Math.floor(Math.log10(value)));
		for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (m * step >= value) {
				return m * step;
			}
		}
		return 10 * step;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
