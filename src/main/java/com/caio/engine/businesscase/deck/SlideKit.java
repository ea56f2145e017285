package com.caio.engine.businesscase.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Drawing primitives for a 16:9 deck: a titled slide, text, bullets, tables and pictures.
 */
final class SlideKit {

	static final double WIDTH = 960;

	static final double HEIGHT = 540;

	static final double MARGIN = 40;

	static final Color INK = new Color(0x22, 0x2B, 0x36);

	static final Color BRAND = Charts.EXPECTED;

	static final Color MUTED = new Color(0x6B, 0x75, 0x80);

	static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF5);

	private final XMLSlideShow show;

	private final String footer;

	SlideKit(XMLSlideShow show, String footer) {
		this.show = show;
		this.footer = footer;
		show.setPageSize(new java.awt.Dimension((int) WIDTH, (int) HEIGHT));
	}

	/**
	 * A slide whose title is the layout's title placeholder, so outline views and readers
	 * find it.
	 */
	XSLFSlide slide(String title) {
		XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
		XSLFTextShape placeholder = slide.getPlaceholder(0);
		placeholder.setAnchor(new Rectangle2D.Double(MARGIN, 22, WIDTH - 2 * MARGIN, 50));
		placeholder.clearText();
		XSLFTextRun run = placeholder.addNewTextParagraph().addNewTextRun();
		run.setText(title);
		run.setFontSize(26.0);
		run.setBold(true);
		run.setFontColor(INK);
		placeholder.getTextParagraphs().get(0).setTextAlign(TextParagraph.TextAlign.LEFT);
		XSLFAutoShape rule = slide.createAutoShape();
		rule.setShapeType(ShapeType.RECT);
		rule.setAnchor(new Rectangle2D.Double(MARGIN, 74, 80, 4));
		rule.setFillColor(BRAND);
		rule.setLineColor(BRAND);
		text(slide, footer, new Rectangle2D.Double(MARGIN, HEIGHT - 28, WIDTH - 2 * MARGIN, 20), 9, MUTED, false);
		return slide;
	}

	XSLFTextBox text(XSLFSlide slide, String text, Rectangle2D anchor, double size, Color colour, boolean bold) {
		XSLFTextBox box = slide.createTextBox();
		box.setAnchor(anchor);
		box.clearText();
		for (String line : text.split("\n")) {
			XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
			run.setText(line);
			run.setFontSize(size);
			run.setFontColor(colour);
			run.setBold(bold);
		}
		box.setWordWrap(true);
		return box;
	}

	XSLFTextBox bullets(XSLFSlide slide, List<String> lines, Rectangle2D anchor, double size) {
		XSLFTextBox box = slide.createTextBox();
		box.setAnchor(anchor);
		box.clearText();
		for (String line : lines) {
			XSLFTextParagraph p = box.addNewTextParagraph();
			p.setBullet(true);
			p.setIndent(-14.0);
			p.setLeftMargin(14.0);
			p.setSpaceAfter(40.0);
			XSLFTextRun run = p.addNewTextRun();
			run.setText(line);
			run.setFontSize(size);
			run.setFontColor(INK);
		}
		box.setWordWrap(true);
		return box;
	}

	/** A table whose first row is a header; widths are in points. */
	XSLFTable table(XSLFSlide slide, List<String> header, List<List<String>> rows, double[] widths, double x, double y,
			double size) {
		XSLFTable table = slide.createTable();
		table.setAnchor(new Rectangle2D.Double(x, y, java.util.Arrays.stream(widths).sum(), 20));
		addRow(table, header, size, true);
		rows.forEach(r -> addRow(table, r, size, false));
		for (int c = 0; c < widths.length; c++) {
			table.setColumnWidth(c, widths[c]);
		}
		return table;
	}

	private static void addRow(XSLFTable table, List<String> values, double size, boolean header) {
		XSLFTableRow row = table.addRow();
		for (int c = 0; c < values.size(); c++) {
			XSLFTableCell cell = row.addCell();
			XSLFTextRun run = cell.setText(values.get(c));
			run.setFontSize(size);
			run.setBold(header);
			run.setFontColor(INK);
			cell.setFillColor(header ? HEADER_FILL : Color.WHITE);
			cell.setBorderColor(org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, new Color(0xCC, 0xCC, 0xCC));
			cell.setTopInset(3.0);
			cell.setBottomInset(3.0);
		}
	}

	void picture(XSLFSlide slide, byte[] png, Rectangle2D anchor) {
		XSLFPictureData data = show.addPicture(png, PictureData.PictureType.PNG);
		slide.createPicture(data).setAnchor(anchor);
	}

}
