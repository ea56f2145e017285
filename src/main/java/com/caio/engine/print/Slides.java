package com.caio.engine.print;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Drawing primitives for a 16:9 deck (POI XSLF): a titled slide with a rule under its
 * title and the deck's footer, text, bullets, tables and pictures. Each deck brings its
 * own {@link Look}.
 */
public class Slides {

	public static final double WIDTH = 960;

	public static final double HEIGHT = 540;

	public static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF5);

	private static final Color CELL_BORDER = new Color(0xCC, 0xCC, 0xCC);

	/**
	 * A deck's look, in points.
	 *
	 * @param margin left and right
	 * @param titleTop where the title starts; the rule under it is 52 points lower
	 * @param footerRise the footer's top above the slide's bottom edge
	 * @param bulletSpacing the space after each bullet
	 * @param cellInset a table cell's top and bottom inset
	 * @param ink text
	 * @param accent the rule under the title
	 * @param muted the footer
	 */
	public record Look(double margin, double titleTop, double footerRise, double bulletSpacing, double cellInset,
			Color ink, Color accent, Color muted) {
	}

	private final XMLSlideShow show;

	private final String footer;

	private final Look look;

	public Slides(XMLSlideShow show, String footer, Look look) {
		this.show = show;
		this.footer = footer;
		this.look = look;
		show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
	}

	/**
	 * A slide whose title is the layout's title placeholder, so outline views and readers
	 * find it.
	 */
	public XSLFSlide slide(String title) {
		double m = look.margin();
		XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
		XSLFTextShape placeholder = slide.getPlaceholder(0);
		placeholder.setAnchor(new Rectangle2D.Double(m, look.titleTop(), WIDTH - 2 * m, 50));
		placeholder.clearText();
		XSLFTextRun run = placeholder.addNewTextParagraph().addNewTextRun();
		run.setText(title);
		run.setFontSize(26.0);
		run.setBold(true);
		run.setFontColor(look.ink());
		placeholder.getTextParagraphs().get(0).setTextAlign(TextParagraph.TextAlign.LEFT);
		XSLFAutoShape rule = slide.createAutoShape();
		rule.setShapeType(ShapeType.RECT);
		rule.setAnchor(new Rectangle2D.Double(m, look.titleTop() + 52, 80, 4));
		rule.setFillColor(look.accent());
		rule.setLineColor(look.accent());
		text(slide, footer, new Rectangle2D.Double(m, HEIGHT - look.footerRise(), WIDTH - 2 * m, 20), 9, look.muted(),
				false);
		return slide;
	}

	/** One paragraph a line of the text. */
	public XSLFTextBox text(XSLFSlide slide, String text, Rectangle2D anchor, double size, Color colour, boolean bold) {
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

	public XSLFTextBox bullets(XSLFSlide slide, List<String> lines, Rectangle2D anchor, double size) {
		XSLFTextBox box = slide.createTextBox();
		box.setAnchor(anchor);
		box.clearText();
		for (String line : lines) {
			XSLFTextParagraph p = box.addNewTextParagraph();
			p.setBullet(true);
			p.setIndent(-14.0);
			p.setLeftMargin(14.0);
			p.setSpaceAfter(look.bulletSpacing());
			XSLFTextRun run = p.addNewTextRun();
			run.setText(line);
			run.setFontSize(size);
			run.setFontColor(look.ink());
		}
		box.setWordWrap(true);
		return box;
	}

	/**
	 * A table whose first row is its header; widths are in points, and {@code fill} gives
	 * the background of a body cell from its text.
	 */
	public XSLFTable table(XSLFSlide slide, List<List<String>> rows, double[] widths, double x, double y, double size,
			Function<String, Color> fill) {
		XSLFTable table = slide.createTable();
		table.setAnchor(new Rectangle2D.Double(x, y, Arrays.stream(widths).sum(), 20));
		for (int i = 0; i < rows.size(); i++) {
			boolean header = i == 0;
			XSLFTableRow row = table.addRow();
			for (String value : rows.get(i)) {
				XSLFTableCell cell = row.addCell();
				XSLFTextRun run = cell.setText(value);
				run.setFontSize(size);
				run.setBold(header);
				run.setFontColor(look.ink());
				cell.setFillColor(header ? HEADER_FILL : fill.apply(value));
				cell.setBorderColor(TableCell.BorderEdge.bottom, CELL_BORDER);
				cell.setTopInset(look.cellInset());
				cell.setBottomInset(look.cellInset());
			}
		}
		for (int c = 0; c < widths.length; c++) {
			table.setColumnWidth(c, widths[c]);
		}
		return table;
	}

	public void picture(XSLFSlide slide, byte[] png, Rectangle2D anchor) {
		slide.createPicture(show.addPicture(png, PictureData.PictureType.PNG)).setAnchor(anchor);
	}

}
