package com.caio.engine.economics.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.caio.engine.economics.CostComparison;
import com.caio.engine.economics.EconomicsResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The cumulative cost of both options by month, drawn headless as a PNG. */
public final class CostChart {

	static final Color FRACTIONAL = new Color(0x1F, 0x4E, 0x79);

	static final Color FULL_TIME = new Color(0xC0, 0x50, 0x4D);

	static {
		System.setProperty("java.awt.headless", "true");
	}

	private CostChart() {
	}

	public static byte[] cumulative(EconomicsResult result, int width, int height) {
		XYSeries fractional = new XYSeries("Fractional CAIO");
		XYSeries fullTime = new XYSeries("Full-time hire");
		fractional.add(0, 0);
		fullTime.add(0, 0);
		for (CostComparison.MonthCost m : result.comparison().monthly()) {
			fractional.add(m.month(), m.fractionalCumulative() / 1_000_000);
			fullTime.add(m.month(), m.fullTimeCumulative() / 1_000_000);
		}
		XYSeriesCollection data = new XYSeriesCollection();
		data.addSeries(fractional);
		data.addSeries(fullTime);
		JFreeChart chart = ChartFactory.createXYLineChart(null, "Months after signature",
				"Cumulative cost (" + result.currency() + " m)", data, PlotOrientation.VERTICAL, true, false, false);
		float scale = width / 900f;
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(13 * scale));
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(font);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xD0, 0xD4, 0xDA));
		plot.setDomainGridlinePaint(new Color(0xD0, 0xD4, 0xDA));
		plot.getDomainAxis().setLabelFont(font);
		plot.getDomainAxis().setTickLabelFont(font);
		plot.getRangeAxis().setLabelFont(font);
		plot.getRangeAxis().setTickLabelFont(font);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setSeriesPaint(0, FRACTIONAL);
		renderer.setSeriesPaint(1, FULL_TIME);
		renderer.setSeriesStroke(0, new BasicStroke(2.5f * scale));
		renderer.setSeriesStroke(1, new BasicStroke(2.5f * scale));
		plot.setRenderer(renderer);
		((NumberAxis) plot.getDomainAxis()).setTickUnit(new NumberTickUnit(6));
		plot.getDomainAxis().setRange(0, result.comparison().monthly().size());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ChartUtils.writeChartAsPNG(out, chart, width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
