package com.caio.engine.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A short A4 report an executive reads (OpenPDF): a title, headings, paragraphs, bullet
 * lists, tables and pictures, in the house colours. Capabilities build their report with
 * it in the order it reads.
 */
public final class PdfReport {

	static final Color INK = new Color(0x22, 0x2B, 0x36);

	static final Color BLUE = new Color(0x1F, 0x4E, 0x79);

	static final Color GREY = new Color(0x6B, 0x75, 0x80);

	private static final float SIZE = 10;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final Document document = new Document(PageSize.A4, 42, 42, 36, 32);

	public PdfReport(String title, String subtitle) {
		PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.open();
		add(new Paragraph(title, new Font(Font.HELVETICA, SIZE + 8, Font.BOLD, INK)));
		add(new Paragraph(subtitle, new Font(Font.HELVETICA, SIZE - 1, Font.NORMAL, GREY)));
	}

	public PdfReport heading(String text) {
		Paragraph p = new Paragraph(text, new Font(Font.HELVETICA, SIZE + 2, Font.BOLD, BLUE));
		p.setSpacingBefore(9);
		p.setSpacingAfter(3);
		return add(p);
	}

	public PdfReport paragraph(String text) {
		Paragraph p = new Paragraph(text, font(false));
		p.setSpacingAfter(3);
		return add(p);
	}

	public PdfReport bold(String text) {
		return add(new Paragraph(text, new Font(Font.HELVETICA, SIZE + 1, Font.BOLD, INK)));
	}

	public PdfReport bullets(List<String> items) {
		for (String item : items) {
			Paragraph p = new Paragraph("\u2022  " + item, font(false));
			p.setIndentationLeft(10);
			p.setFirstLineIndent(-8);
			p.setSpacingAfter(1.5f);
			add(p);
		}
		return this;
	}

	/**
	 * A table; {@code widths} are relative; columns in {@code numeric} are right-aligned.
	 */
	public PdfReport table(float[] widths, List<String> header, List<List<String>> rows, int... numeric) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(3);
		table.setSpacingAfter(3);
		for (int i = 0; i < header.size(); i++) {
			table.addCell(cell(header.get(i), true, isIn(i, numeric)));
		}
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				table.addCell(cell(row.get(i), false, isIn(i, numeric)));
			}
		}
		table.setHeaderRows(1);
		return add(table);
	}

	public PdfReport picture(byte[] png, float width, float height) {
		try {
			Image image = Image.getInstance(png);
			image.scaleToFit(width, height);
			image.setAlignment(Element.ALIGN_CENTER);
			return add(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public PdfReport newPage() {
		document.newPage();
		return this;
	}

	public byte[] bytes() {
		document.close();
		return out.toByteArray();
	}

	private PdfReport add(Element element) {
		document.add(element);
		return this;
	}

	private static boolean isIn(int column, int[] columns) {
		for (int c : columns) {
			if (c == column) {
				return true;
			}
		}
		return false;
	}

	private static PdfPCell cell(String text, boolean header, boolean right) {
		PdfPCell cell = new PdfPCell(
				new Phrase(text, new Font(Font.HELVETICA, SIZE - 0.5f, header ? Font.BOLD : Font.NORMAL, INK)));
		cell.setPadding(3.5f);
		cell.setBorderColor(new Color(0xC8, 0xCE, 0xD6));
		if (right) {
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		}
		if (header) {
			cell.setBackgroundColor(new Color(0xDC, 0xE6, 0xF0));
		}
		return cell;
	}

	private static Font font(boolean bold) {
		return new Font(Font.HELVETICA, SIZE, bold ? Font.BOLD : Font.NORMAL, INK);
	}

}
