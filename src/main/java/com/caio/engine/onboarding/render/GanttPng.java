package com.caio.engine.onboarding.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Rectangle2D;

import com.caio.engine.common.Png;
import com.caio.engine.onboarding.OnboardingResult;

/** The Gantt chart as a PNG, drawn with the same layout as the SVG. */
public final class GanttPng implements Canvas {

	private final Graphics2D g;

	private GanttPng(Graphics2D g) {
		this.g = g;
	}

	public static byte[] render(OnboardingResult r) {
		return Png.paint(GanttChart.WIDTH, GanttChart.height(r), 1, g -> GanttChart.draw(r, new GanttPng(g)));
	}

	@Override
	public void rect(double x, double y, double w, double h, String fill) {
		g.setColor(Color.decode(fill));
		g.fill(new Rectangle2D.Double(x, y, w, h));
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
		Png.line(g, x1, y1, x2, y2, colour, width, dashed ? new float[] { 8f, 6f } : new float[0]);
	}

	@Override
	public void polygon(double[] xs, double[] ys, String fill) {
		Polygon p = new Polygon();
		for (int i = 0; i < xs.length; i++) {
			p.addPoint((int) Math.round(xs[i]), (int) Math.round(ys[i]));
		}
		g.setColor(Color.decode(fill));
		g.fill(p);
	}

	@Override
	public void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor) {
		Png.text(g, x, y, text, new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)),
				colour, switch (anchor) {
					case START -> 0;
					case MIDDLE -> 0.5;
					case END -> 1;
				});
	}

}
