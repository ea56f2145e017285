package com.caio.engine.businesscase.deck;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.print.Slides;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;

/** The business case deck's look on the shared slide primitives. */
final class SlideKit extends Slides {

	static final double MARGIN = 40;

	static final Color INK = new Color(0x22, 0x2B, 0x36);

	static final Color BRAND = Charts.EXPECTED;

	static final Color MUTED = new Color(0x6B, 0x75, 0x80);

	static final Color HEADER_FILL = Slides.HEADER_FILL;

	private static final Look LOOK = new Look(MARGIN, 22, 28, 40.0, 3.0, INK, BRAND, MUTED);

	SlideKit(XMLSlideShow show, String footer) {
		super(show, footer, LOOK);
	}

	/** A table under its header row, on white; widths are in points. */
	XSLFTable table(XSLFSlide slide, List<String> header, List<List<String>> rows, double[] widths, double x, double y,
			double size) {
		List<List<String>> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		return table(slide, all, widths, x, y, size, value -> Color.WHITE);
	}

}
