package com.caio.engine.businesscase.deck;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.caio.engine.businesscase.BusinessCaseReport;
import com.caio.engine.businesscase.ScenarioResult;
import com.caio.engine.businesscase.Sensitivity;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The business-case charts, drawn headless as PNG images for the deck and the summary.
 */
final class Charts {

	static final Color CONSERVATIVE = new Color(0x8A, 0x94, 0xA6);

	static final Color EXPECTED = new Color(0x1F, 0x4E, 0x79);

	static final Color AGGRESSIVE = new Color(0x2E, 0x9E, 0x6B);

	static final Color DOWN = new Color(0xC0, 0x50, 0x4D);

	static {
		// charts are drawn on servers without a display
		System.setProperty("java.awt.headless", "true");
	}

	private Charts() {
	}

	/**
	 * Cumulative cash flow per scenario by month, with the zero line and the 12-month
	 * mark.
	 */
	static byte[] cumulativeCash(BusinessCaseReport report, int width, int height) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (ScenarioResult scenario : report.scenarios()) {
			XYSeries series = new XYSeries(label(scenario.name()));
			scenario.monthly().forEach(m -> series.add(m.month(), m.cumulative() / 1_000_000));
			data.addSeries(series);
		}
		JFreeChart chart = ChartFactory.createXYLineChart(null, "Month",
				"Cumulative cash flow (" + report.currency() + " m)", data, PlotOrientation.VERTICAL, true, false,
				false);
		XYPlot plot = chart.getXYPlot();
		style(chart, width);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		List<Color> colours = List.of(CONSERVATIVE, EXPECTED, AGGRESSIVE);
		for (int i = 0; i < colours.size(); i++) {
			renderer.setSeriesPaint(i, colours.get(i));
			renderer.setSeriesStroke(i, new BasicStroke(stroke(width, i == 1 ? 2.5f : 1.75f)));
		}
		plot.setRenderer(renderer);
		plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(stroke(width, 0.75f))));
		BasicStroke dashed = new BasicStroke(stroke(width, 1f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
				new float[] { 6f, 4f }, 0f);
		ValueMarker twelve = new ValueMarker(report.paybackTargetMonths(), DOWN, dashed);
		twelve.setLabel(report.paybackTargetMonths() + "-month target");
		twelve.setLabelFont(font(width));
		twelve.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		twelve.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		plot.addDomainMarker(twelve);
		((NumberAxis) plot.getDomainAxis()).setTickUnit(new org.jfree.chart.axis.NumberTickUnit(3));
		plot.getDomainAxis().setRange(0, report.horizonMonths());
		return png(chart, width, height);
	}

	/**
	 * Payback months per scenario against the policy's target; a scenario that never pays
	 * back has no bar, and its label says "not within N months".
	 */
	static byte[] payback(BusinessCaseReport report, int width, int height) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ScenarioResult scenario : report.scenarios()) {
			Double payback = scenario.paybackMonths();
			data.addValue(payback, "Payback (months)",
					payback == null ? label(scenario.name()) + ": not within " + report.horizonMonths() + " months"
							: label(scenario.name()));
		}
		JFreeChart chart = ChartFactory.createBarChart(null, null, "Payback (months)", data, PlotOrientation.HORIZONTAL,
				false, false, false);
		style(chart, width);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = new ColouredBars(List.of(CONSERVATIVE, EXPECTED, AGGRESSIVE));
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.18);
		plot.setRenderer(renderer);
		ValueMarker twelve = new ValueMarker(report.paybackTargetMonths(), DOWN, new BasicStroke(stroke(width, 1.5f)));
		twelve.setLabel(report.paybackTargetMonths() + " months");
		twelve.setLabelFont(font(width));
		twelve.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
		twelve.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		plot.addRangeMarker(twelve);
		plot.getRangeAxis().setRange(0, Math.max(report.horizonMonths(), report.paybackTargetMonths() + 1));
		((NumberAxis) plot.getRangeAxis()).setTickUnit(new org.jfree.chart.axis.NumberTickUnit(3));
		return png(chart, width, height);
	}

	/**
	 * The tornado: how far the expected NPV moves when each assumption moves -20% and
	 * +20%.
	 */
	static byte[] tornado(BusinessCaseReport report, int bars, int width, int height) {
		Sensitivity sensitivity = report.sensitivity();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (TornadoBar bar : TornadoBar.of(report).stream().limit(bars).toList()) {
			data.addValue((bar.npvLow() - sensitivity.baseNpv()) / 1_000_000, "Assumption -20%", bar.label());
			data.addValue((bar.npvHigh() - sensitivity.baseNpv()) / 1_000_000, "Assumption +20%", bar.label());
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(null, null,
				"Change in expected NPV (" + report.currency() + " m)", data, PlotOrientation.HORIZONTAL, true, false,
				false);
		style(chart, width);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, DOWN);
		renderer.setSeriesPaint(1, EXPECTED);
		plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.42f);
		plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(stroke(width, 0.75f))));
		return png(chart, width, height);
	}

	/**
	 * Charts are drawn at twice their display size for sharpness, so text scales with the
	 * width.
	 */
	private static Font font(int width) {
		return new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(12, width / 60));
	}

	private static float stroke(int width, float atDisplaySize) {
		return atDisplaySize * width / 800f;
	}

	static String label(String scenario) {
		return Character.toUpperCase(scenario.charAt(0)) + scenario.substring(1);
	}

	private static void style(JFreeChart chart, int width) {
		Font label = font(width);
		chart.setBackgroundPaint(Color.WHITE);
		// room on the right for the last tick label of the month axis
		chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, width / 60.0));
		chart.setAntiAlias(true);
		chart.getPlot().setBackgroundPaint(Color.WHITE);
		chart.getPlot().setOutlineVisible(false);
		if (chart.getPlot() instanceof XYPlot xy) {
			xy.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
			xy.setDomainGridlinesVisible(false);
			xy.getDomainAxis().setLabelFont(label);
			xy.getRangeAxis().setLabelFont(label);
			xy.getDomainAxis().setTickLabelFont(label);
			xy.getRangeAxis().setTickLabelFont(label);
		}
		if (chart.getPlot() instanceof CategoryPlot cat) {
			cat.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
			cat.getDomainAxis().setTickLabelFont(label);
			cat.getRangeAxis().setLabelFont(label);
			cat.getRangeAxis().setTickLabelFont(label);
		}
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(label);
			chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
	}

	private static byte[] png(JFreeChart chart, int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ChartUtils.writeChartAsPNG(out, chart, width, height);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One colour per category (scenario) rather than per series. */
	private static final class ColouredBars extends BarRenderer {

		private final List<Color> colours;

		ColouredBars(List<Color> colours) {
			this.colours = colours;
		}

		@Override
		public java.awt.Paint getItemPaint(int row, int column) {
			return colours.get(column % colours.size());
		}

	}

}
