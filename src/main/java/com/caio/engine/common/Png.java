package com.caio.engine.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
