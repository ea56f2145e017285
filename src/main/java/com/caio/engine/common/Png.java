package com.caio.engine.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * The set-up every drawn chart shares: an antialiased white canvas, painted and encoded
 * as PNG. Rendering needs no display (servers and CI have none).
 */
public final class Png {

	static {
		System.setProperty("java.awt.headless", "true");
	}

	private Png() {
	}

	/**
	 * Paints a chart laid out at {@code width} x {@code height} on a canvas {@code scale}
	 * times larger (2 for print), and returns the PNG.
	 */
	public static byte[] paint(int width, int height, int scale, Consumer<Graphics2D> painter) {
		BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.scale(scale, scale);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			painter.accept(g);
		}
		finally {
			g.dispose();
		}
		return encode(image);
	}

	/**
	 * A line in a colour written {@code #RRGGBB}: dashed with the given on and off
	 * lengths, or solid when none are given.
	 */
	public static void line(Graphics2D g, double x1, double y1, double x2, double y2, String colour, double width,
			float... dash) {
		g.setColor(Color.decode(colour));
		g.setStroke(dash.length > 0
				? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f)
				: new BasicStroke((float) width));
		g.draw(new Line2D.Double(x1, y1, x2, y2));
	}

	/**
	 * Text on the baseline {@code y}, placed so that {@code x} is its start
	 * ({@code anchor} 0), its middle (0.5) or its end (1).
	 */
	public static void text(Graphics2D g, double x, double y, String text, Font font, String colour, double anchor) {
		g.setFont(font);
		g.setColor(Color.decode(colour));
		g.drawString(text, (float) (x - anchor * g.getFontMetrics().stringWidth(text)), (float) y);
	}

	/** The image as PNG bytes. */
	public static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
