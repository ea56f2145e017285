package com.caio.engine.governance.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.caio.engine.common.Png;
import com.caio.engine.governance.GovernanceReport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The pack's charts as PNG, drawn headless: a KPI's trend with its baseline and target
 * lines and the review days marked, the total risk score by quarter, and the risk heatmap
 * before and after.
 */
public final class PackCharts {

	static final Color INK = new Color(0x22, 0x2B, 0x36);

	static final Color BLUE = new Color(0x1F, 0x4E, 0x79);

	static final Color GREY = new Color(0x8A, 0x94, 0xA6);

	static final Color GREEN = new Color(0x2E, 0x9E, 0x6B);

	static final Color RED = new Color(0xC0, 0x50, 0x4D);

	private PackCharts() {
	}

	public static byte[] kpi(GovernanceReport.Kpi k, int width, int height) {
		TimeSeries series = new TimeSeries(k.name());
		k.points().forEach(p -> series.addOrUpdate(day(p.date()), p.value()));
		JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null,
				k.unit() == null || k.unit().isBlank() ? k.name() : k.unit(), new TimeSeriesCollection(series), false,
				false, false);
		chart.setBackgroundPaint(Color.WHITE);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setDomainGridlinesVisible(false);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setSeriesPaint(0, BLUE);
		renderer.setSeriesStroke(0, new BasicStroke(2f));
		plot.setRenderer(renderer);
		((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
		((DateAxis) plot.getDomainAxis())
			.setDateFormatOverride(new java.text.SimpleDateFormat("MMM yy", java.util.Locale.UK));
		((DateAxis) plot.getDomainAxis()).getDateFormatOverride().setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
		Font font = new Font("SansSerif", Font.PLAIN, 12);
		ValueMarker baseline = new ValueMarker(k.baselineMean(), GREY, dashed());
		baseline.setLabel("Baseline " + Words.value(k.baselineMean(), k.unit()));
		label(baseline, font);
		plot.addRangeMarker(baseline);
		if (k.target() != null) {
			ValueMarker target = new ValueMarker(k.target(), GREEN, dashed());
			target.setLabel("Target " + Words.value(k.target(), k.unit()));
			label(target, font);
			plot.addRangeMarker(target);
		}
		for (GovernanceReport.Review r : k.reviews()) {
			ValueMarker review = new ValueMarker(millis(r.day()), INK, new BasicStroke(1f));
			review.setLabel(r.month() + "-month review");
			review.setLabelFont(font);
			review.setLabelAnchor(RectangleAnchor.TOP_LEFT);
			review.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
			plot.addDomainMarker(review);
		}
		return png(chart, width, height);
	}

	/** Total inherent and residual (mitigated) score of each quarter's register. */
	public static byte[] riskTrend(List<GovernanceReport.Totals> trend, int width, int height) {
		org.jfree.data.category.DefaultCategoryDataset data = new org.jfree.data.category.DefaultCategoryDataset();
		trend.forEach(t -> {
			data.addValue(t.inherent(), "Inherent", t.quarter());
			data.addValue(t.mitigated(), "Residual (mitigated)", t.quarter());
		});
		JFreeChart chart = ChartFactory.createBarChart(null, null, "Total risk score", data);
		chart.setBackgroundPaint(Color.WHITE);
		org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		org.jfree.chart.renderer.category.BarRenderer bars = (org.jfree.chart.renderer.category.BarRenderer) plot
			.getRenderer();
		bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setSeriesPaint(0, RED);
		bars.setSeriesPaint(1, BLUE);
		return png(chart, width, height);
	}

	/**
	 * Two 5 x 5 grids side by side, each cell in its band colour with its count of risks.
	 */
	public static byte[] heatmaps(GovernanceReport.RiskChanges risk, int width, int height) {
		int half = width / 2;
		return Png.paint(width, height, 1, g -> {
			grid(g, "Last quarter" + quarter(risk.lastQuarter()), risk.before(), 0, half, height);
			grid(g, "This quarter" + quarter(risk.thisQuarter()), risk.after(), half, half, height);
		});
	}

	private static String quarter(GovernanceReport.RunRef ref) {
		return ref == null ? " (no register)" : " (" + ref.quarter() + ")";
	}

	private static void grid(Graphics2D g, String title, List<GovernanceReport.HeatCell> cells, int x0, int w, int h) {
		int top = 40;
		int left = x0 + 60;
		int size = Math.min((w - 80) / 5, (h - top - 50) / 5);
		g.setColor(INK);
		g.setFont(new Font("SansSerif", Font.BOLD, 16));
		g.drawString(title, left, 24);
		g.setFont(new Font("SansSerif", Font.PLAIN, 12));
		// upright beside the row numbers; written across, it ran into them
		AffineTransform saved = g.getTransform();
		g.rotate(-Math.PI / 2, x0 + 30, top + size * 5 / 2);
		g.drawString("Likelihood", x0 + 30 - g.getFontMetrics().stringWidth("Likelihood") / 2, top + size * 5 / 2);
		g.setTransform(saved);
		g.drawString("Impact", left + size * 2, top + size * 5 + 36);
		for (int l = 5; l >= 1; l--) {
			for (int i = 1; i <= 5; i++) {
				int cx = left + (i - 1) * size;
				int cy = top + (5 - l) * size;
				GovernanceReport.HeatCell cell = find(cells, l, i);
				g.setColor(cell == null ? new Color(0xEE, 0xEE, 0xEE) : Color.decode(cell.colour()));
				g.fillRect(cx, cy, size, size);
				g.setColor(Color.WHITE);
				g.drawRect(cx, cy, size, size);
				if (cell != null && cell.count() > 0) {
					g.setColor(INK);
					g.setFont(new Font("SansSerif", Font.BOLD, 18));
					String n = Integer.toString(cell.count());
					g.drawString(n, cx + size / 2 - g.getFontMetrics().stringWidth(n) / 2, cy + size / 2 + 6);
				}
			}
			g.setColor(INK);
			g.setFont(new Font("SansSerif", Font.PLAIN, 12));
			g.drawString(Integer.toString(l), left - 14, top + (5 - l) * size + size / 2 + 4);
		}
		for (int i = 1; i <= 5; i++) {
			g.drawString(Integer.toString(i), left + (i - 1) * size + size / 2 - 3, top + 5 * size + 16);
		}
	}

	private static GovernanceReport.HeatCell find(List<GovernanceReport.HeatCell> cells, int l, int i) {
		return cells.stream().filter(c -> c.likelihood() == l && c.impact() == i).findFirst().orElse(null);
	}

	private static void label(ValueMarker marker, Font font) {
		marker.setLabelFont(font);
		marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
	}

	private static BasicStroke dashed() {
		return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f);
	}

	private static Day day(LocalDate d) {
		return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
	}

	private static long millis(LocalDate d) {
		return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	private static byte[] png(JFreeChart chart, int width, int height) {
		return Png.encode(chart.createBufferedImage(width, height));
	}

}
