package com.caio.engine.onboarding.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.caio.engine.onboarding.OnboardingResult;

/** The Gantt chart as SVG. */
public final class GanttSvg implements Canvas {

	private final StringBuilder out = new StringBuilder();

	private GanttSvg() {
	}

	public static byte[] render(OnboardingResult r) {
		GanttSvg svg = new GanttSvg();
		int height = GanttChart.height(r);
		svg.out.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
						+ "font-family=\"Helvetica, Arial, sans-serif\">\n",
				GanttChart.WIDTH, height, GanttChart.WIDTH, height));
		svg.out.append("<title>").append(escape(r.engagement() + ": 90-day plan")).append("</title>\n");
		GanttChart.draw(r, svg);
		svg.out.append("</svg>\n");
		return svg.out.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void rect(double x, double y, double w, double h, String fill) {
		out.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n", x, y, w, h, fill));
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
		out.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>\n", x1,
				y1, x2, y2, colour, width, dashed ? " stroke-dasharray=\"8 6\"" : ""));
	}

	@Override
	public void polygon(double[] xs, double[] ys, String fill) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < xs.length; i++) {
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
		}
		out.append("<polygon points=\"")
			.append(points.toString().strip())
			.append("\" fill=\"")
			.append(fill)
			.append("\"/>\n");
	}

	@Override
	public void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor) {
		out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\"%s fill=\"%s\"%s>", x, y,
				size, bold ? " font-weight=\"bold\"" : "", colour,
				anchor == Anchor.START ? "" : " text-anchor=\"" + anchor.name().toLowerCase(Locale.ROOT) + "\""))
			.append(escape(text))
			.append("</text>\n");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
