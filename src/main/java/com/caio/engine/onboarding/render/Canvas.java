package com.caio.engine.onboarding.render;

/** The few drawing operations the Gantt chart needs, as SVG or as a raster image. */
interface Canvas {

	enum Anchor {

		START, MIDDLE, END

	}

	void rect(double x, double y, double w, double h, String fill);

	void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed);

	void polygon(double[] xs, double[] ys, String fill);

	void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor);

}
