package com.caio.engine.opportunities.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.caio.engine.common.Png;
import com.caio.engine.opportunities.Numbers;
import com.caio.engine.opportunities.OpportunitiesReport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Time to MVP for both delivery modes: the simulated probability of being done by each
 * working day, with each mode's P50 and P80 and the target date marked.
 */
public final class TimelineChart {

	static final Color INTERNAL = new Color(0x8A, 0x94, 0xA6);

	static final Color ASSISTED = new Color(0x1F, 0x4E, 0x79);

	static final Color TARGET = new Color(0xC0, 0x50, 0x4D);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	static {
		// charts are drawn on servers without a display
		System.setProperty("java.awt.headless", "true");
	}

	private TimelineChart() {
	}

	public static byte[] png(OpportunitiesReport.MvpPlan plan, int width, int height) {
		return Png.encode(image(plan, width, height));
	}

	static BufferedImage image(OpportunitiesReport.MvpPlan plan, int width, int height) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (OpportunitiesReport.Mode mode : plan.modes()) {
			XYSeries series = new XYSeries(mode.label());
			List<Double> p = mode.percentiles();
			for (int k = 0; k < p.size(); k++) {
				series.add(p.get(k).doubleValue(), 5.0 * (k + 1));
			}
			data.addSeries(series);
		}
		JFreeChart chart = ChartFactory.createXYLineChart(
				"Time to MVP from the pilot start on " + Labels.date(plan.pilotStart()),
				"Working days from the pilot start", "Chance of being done (%)", data, PlotOrientation.VERTICAL, true,
				false, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xDDDDDD));
		plot.setRangeGridlinePaint(new Color(0xDDDDDD));
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setSeriesPaint(0, INTERNAL);
		renderer.setSeriesPaint(1, ASSISTED);
		renderer.setSeriesStroke(0, new BasicStroke(2.5f));
		renderer.setSeriesStroke(1, new BasicStroke(2.5f));
		plot.setRenderer(renderer);
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		range.setRange(0, 100);
		NumberAxis domain = (NumberAxis) plot.getDomainAxis();
		domain.setAutoRangeIncludesZero(true);
		double last = plan.modes()
			.stream()
			.mapToDouble(m -> m.percentiles().get(m.percentiles().size() - 1))
			.max()
			.orElse(1);
		domain.setRange(0, Math.max(last, plan.targetWorkingDays()) * 1.08);
		marker(plot, plan.targetWorkingDays(), TARGET,
				"Target " + SHORT.format(plan.targetDate()) + " (" + Numbers.plain(plan.targetMonths()) + " months)", 6,
				2f);
		int row = 0;
		for (OpportunitiesReport.Mode mode : plan.modes()) {
			Color colour = "INTERNAL".equals(mode.mode()) ? INTERNAL : ASSISTED;
			String who = "INTERNAL".equals(mode.mode()) ? "Internal" : "Assisted";
			marker(plot, mode.p50Days(), colour, who + " P50 " + SHORT.format(mode.p50Date()), 28 + row * 44, 1f);
			marker(plot, mode.p80Days(), colour, who + " P80 " + SHORT.format(mode.p80Date()), 50 + row * 44, 1f);
			row++;
		}
		return chart.createBufferedImage(width, height);
	}

	/**
	 * A dashed vertical line with its label {@code top} pixels below the top of the plot.
	 */
	private static void marker(XYPlot plot, double x, Color colour, String label, double top, float width) {
		ValueMarker marker = new ValueMarker(x, colour,
				new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
		marker.setLabel(label);
		marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		marker.setLabelPaint(colour.darker());
		marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
		marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
		marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
		marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(top, 4, 0, 4));
		plot.addDomainMarker(marker);
	}

}
