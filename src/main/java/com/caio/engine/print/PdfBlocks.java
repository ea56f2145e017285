package com.caio.engine.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.caio.engine.common.Hashing;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** Renders blocks as an A4 PDF (OpenPDF) at a given body size. */
public final class PdfBlocks {

	public static final Color INK = new Color(0x22, 0x2B, 0x36);

	public static final Color BLUE = new Color(0x1F, 0x4E, 0x79);

	public static final Color GREY = new Color(0x6B, 0x75, 0x80);

	private final float size;

	/** Body text at {@code size} points; titles and headings scale from it. */
	public PdfBlocks(float size) {
		this.size = size;
	}

	/** The blocks as an A4 PDF whose document title is {@code title}. */
	public byte[] render(String title, List<Block> blocks) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 34, 30);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(title);
			stamp(writer, title, blocks);
			document.open();
			for (Block block : blocks) {
				add(document, block);
			}
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return fixedSubsetTags(out.toByteArray());
	}

	private static final Pattern SUBSET_TAG = Pattern.compile("/(?:FontName|BaseFont)/([A-Z]{6})\\+");

	/**
	 * An embedded font subset is named by a random six-letter tag ({@code /ABCDEF+Font});
	 * the tags are replaced, in the order they first appear, by fixed ones of the same
	 * length, so no offset in the file moves.
	 */
	static byte[] fixedSubsetTags(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		Map<String, String> tags = new LinkedHashMap<>();
		Matcher m = SUBSET_TAG.matcher(text);
		while (m.find()) {
			tags.computeIfAbsent(m.group(1),
					t -> "CAIO" + (char) ('A' + tags.size() / 26) + (char) ('A' + tags.size() % 26));
		}
		for (Map.Entry<String, String> tag : tags.entrySet()) {
			text = text.replace("/" + tag.getKey() + "+", "/" + tag.getValue() + "+");
		}
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * The same blocks print the same bytes: no creation or modification time, and a file
	 * identifier derived from the content instead of the clock (a pack is compared byte
	 * for byte, and its hash is what an auditor records).
	 */
	private static void stamp(PdfWriter writer, String title, List<Block> blocks) {
		MessageDigest sha = Hashing.sha256();
		sha.update(title.getBytes(StandardCharsets.UTF_8));
		for (Block block : blocks) {
			sha.update((block instanceof Block.Picture p ? "picture" + Arrays.toString(p.png()) + p.width() + p.height()
					: block instanceof Block.Table t ? t.header() + "" + t.rows() + Arrays.toString(t.widths())
							: block.toString())
				.getBytes(StandardCharsets.UTF_8));
		}
		byte[] id = Arrays.copyOf(sha.digest(), 16);
		PdfDictionary info = writer.getInfo();
		info.remove(PdfName.CREATIONDATE);
		info.remove(PdfName.MODDATE);
		info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
	}

	private void add(Document document, Block block) throws IOException {
		if (block instanceof Block.Title t) {
			document.add(new Paragraph(t.text(), new Font(Font.HELVETICA, size + 8, Font.BOLD, INK)));
			document.add(new Paragraph(t.subtitle(), new Font(Font.HELVETICA, size - 2, Font.NORMAL, GREY)));
		}
		else if (block instanceof Block.Heading h) {
			Paragraph p = new Paragraph(h.text(), new Font(Font.HELVETICA, size + 1.5f, Font.BOLD, BLUE));
			p.setSpacingBefore(size * 0.9f);
			p.setSpacingAfter(2);
			document.add(p);
		}
		else if (block instanceof Block.Para p) {
			document.add(new Paragraph(p.text(), font(p.bold())));
		}
		else if (block instanceof Block.Bullets b) {
			for (String item : b.items()) {
				Paragraph p = new Paragraph("\u2022  " + item, font(false));
				p.setIndentationLeft(10);
				p.setFirstLineIndent(-8);
				document.add(p);
			}
		}
		else if (block instanceof Block.Table t) {
			document.add(table(t));
		}
		else if (block instanceof Block.Picture pic) {
			Image image = Image.getInstance(pic.png());
			image.scaleToFit(pic.width(), pic.height());
			image.setAlignment(Element.ALIGN_CENTER);
			document.add(image);
		}
	}

	private PdfPTable table(Block.Table t) {
		PdfPTable table = new PdfPTable(t.widths());
		table.setWidthPercentage(100);
		table.setSpacingBefore(3);
		table.setSpacingAfter(3);
		for (String h : t.header()) {
			table.addCell(cell(h, true));
		}
		for (List<String> row : t.rows()) {
			for (String c : row) {
				table.addCell(cell(c, false));
			}
		}
		table.setHeaderRows(1);
		return table;
	}

	private PdfPCell cell(String text, boolean header) {
		PdfPCell cell = new PdfPCell(
				new Phrase(text, new Font(Font.HELVETICA, size - 0.5f, header ? Font.BOLD : Font.NORMAL, INK)));
		cell.setPadding(3);
		cell.setBorderColor(new Color(0xC8, 0xCE, 0xD6));
		if (header) {
			cell.setBackgroundColor(new Color(0xDC, 0xE6, 0xF0));
		}
		return cell;
	}

	private Font font(boolean bold) {
		return new Font(Font.HELVETICA, size, bold ? Font.BOLD : Font.NORMAL, INK);
	}

}
