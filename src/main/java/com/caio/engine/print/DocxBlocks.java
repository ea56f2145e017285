package com.caio.engine.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Blocks as a Word document a consultant edits (Apache POI XWPF). */
public final class DocxBlocks {

	private static final String FONT = "Calibri";

	private static final String BLUE = "1F4E79";

	private DocxBlocks() {
	}

	public static byte[] render(List<Block> blocks) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Block block : blocks) {
				add(doc, block);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void add(XWPFDocument doc, Block block) throws IOException {
		if (block instanceof Block.Title t) {
			run(doc.createParagraph(), t.text(), 20, true, "222B36");
			run(doc.createParagraph(), t.subtitle(), 9, false, "6B7580");
		}
		else if (block instanceof Block.Heading h) {
			XWPFParagraph p = doc.createParagraph();
			p.setSpacingBefore(240);
			p.setStyle("Heading1");
			run(p, h.text(), 13, true, BLUE);
		}
		else if (block instanceof Block.Para p) {
			run(doc.createParagraph(), p.text(), 10.5, p.bold(), "222B36");
		}
		else if (block instanceof Block.Bullets b) {
			for (String item : b.items()) {
				XWPFParagraph p = doc.createParagraph();
				p.setIndentationLeft(360);
				p.setIndentationHanging(220);
				run(p, "\u2022  " + item, 10.5, false, "222B36");
			}
		}
		else if (block instanceof Block.Table t) {
			table(doc, t);
		}
		else if (block instanceof Block.Picture pic) {
			XWPFRun run = doc.createParagraph().createRun();
			try {
				run.addPicture(new ByteArrayInputStream(pic.png()), Document.PICTURE_TYPE_PNG, "chart.png",
						Units.toEMU(pic.width()), Units.toEMU(pic.height()));
			}
			catch (InvalidFormatException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private static void table(XWPFDocument doc, Block.Table t) {
		XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
		table.setWidth("100%");
		float total = 0;
		for (float w : t.widths()) {
			total += w;
		}
		for (int r = 0; r <= t.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r);
			List<String> cells = r == 0 ? t.header() : t.rows().get(r - 1);
			for (int c = 0; c < cells.size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidth(String.valueOf(Math.round(9000 * t.widths()[c] / total)));
				if (r == 0) {
					cell.setColor("DCE6F0");
				}
				XWPFParagraph p = cell.getParagraphs().get(0);
				run(p, cells.get(c), 9.5, r == 0, "222B36");
			}
		}
		table.getCTTbl().getTblPr().addNewTblLayout();
		doc.createParagraph().setSpacingAfter(BigInteger.ZERO.intValue());
	}

	private static void run(XWPFParagraph p, String text, double size, boolean bold, String colour) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setColor(colour);
		run.setText(text);
	}

}
