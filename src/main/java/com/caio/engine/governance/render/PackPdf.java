package com.caio.engine.governance.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import com.caio.engine.common.Hashing;
import com.caio.engine.governance.GovernanceReport;
import com.caio.engine.storage.Run;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The pack as an A4 PDF (OpenPDF). Deterministic: its dates are the pack's day and its
 * file id is derived from its content, so the same run gives the same bytes.
 */
public final class PackPdf {

	static final Color INK = new Color(0x22, 0x2B, 0x36);

	static final Color BLUE = new Color(0x1F, 0x4E, 0x79);

	static final Color GREY = new Color(0x6B, 0x75, 0x80);

	private PackPdf() {
	}

	public static byte[] render(Run<GovernanceReport> run) {
		GovernanceReport r = run.result();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 36, 36);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle("Quarterly governance pack " + r.quarter());
			document.open();
			fixDates(writer, r);
			body(document, r, run.ruleSetVersion());
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return fixId(out.toByteArray());
	}

	private static void body(Document d, GovernanceReport r, String rules) throws IOException {
		d.add(new Paragraph("Quarterly governance pack " + r.quarter(), font(18, true, INK)));
		d.add(new Paragraph((r.engagement() == null ? "" : r.engagement().client() + " - ") + "as of "
				+ Words.day(r.asOf()) + ". Overall status: " + Words.rag(r.overall()) + ".", font(10, false, GREY)));
		heading(d, "Summary");
		d.add(table(Tables.status(r), new float[] { 3, 1.2f, 7 }));
		heading(d, "The CMO's acceptance criteria");
		d.add(table(Tables.criteria(r), new float[] { 6, 1.2f, 4 }));
		heading(d, "KPI trends against baseline");
		d.add(table(Tables.kpis(r), new float[] { 3, 2, 2, 3, 3 }));
		for (GovernanceReport.Kpi k : r.kpis()) {
			Image chart = Image.getInstance(PackCharts.kpi(k, 1000, 330));
			chart.scaleToFit(515, 170);
			chart.setAlignment(Element.ALIGN_CENTER);
			d.add(new Paragraph(k.name() + (k.higherIsBetter() ? " (higher is better)" : " (lower is better)"),
					font(10, true, INK)));
			d.add(chart);
			k.reviews()
				.forEach(v -> d
					.add(new Paragraph(v.month() + " months: " + Words.review(k, v), font(8.5f, false, INK))));
		}
		heading(d, "Risk register: what changed since last quarter");
		d.add(table(Tables.riskChanges(r.risk()), new float[] { 1.5f, 6, 2, 2 }));
		Image heat = Image.getInstance(PackCharts.heatmaps(r.risk(), 1000, 420));
		heat.scaleToFit(515, 220);
		d.add(heat);
		if (!r.risk().trend().isEmpty()) {
			Image trend = Image.getInstance(PackCharts.riskTrend(r.risk().trend(), 1000, 360));
			trend.scaleToFit(515, 185);
			d.add(trend);
		}
		heading(d, "Roadmap");
		d.add(table(Tables.roadmap(r), new float[] { 7, 3, 2, 1.3f }));
		heading(d, "Governance framework and adoption");
		d.add(table(Tables.framework(r), new float[] { 1.6f, 6, 3 }));
		d.add(table(Tables.teams(r), new float[] { 3, 2, 1.5f, 5 }));
		d.add(table(Tables.controls(r), new float[] { 4, 2, 1 }));
		heading(d, "Incidents");
		d.add(table(Tables.incidents(r), new float[] { 1.6f, 3, 1.8f, 1.3f, 1.5f, 4 }));
		heading(d, "Review meeting");
		if (r.meeting() == null) {
			d.add(new Paragraph("No quarterly review meeting is recorded for the quarter.", font(9.5f, false, INK)));
		}
		else {
			d.add(new Paragraph("Held " + Words.day(r.meeting().date()) + " with " + Words.list(r.meeting().attendees())
					+ ". " + (r.meeting().minutes() == null ? "" : r.meeting().minutes()), font(9.5f, false, INK)));
			r.meeting()
				.decisions()
				.forEach(x -> d.add(new Paragraph(
						"\u2022  " + Words.day(x.date()) + ": " + Words.capital(Words.plain(x.decision())) + " - "
								+ Words.plain(x.outcome()) + " (" + Words.list(x.decidedBy()) + ")",
						font(9.5f, false, INK))));
		}
		heading(d, "Decisions needed");
		r.decisionsNeeded().forEach(x -> d.add(new Paragraph("\u2022  " + x, font(9.5f, false, INK))));
		heading(d, "Inputs");
		r.inputs()
			.forEach(s -> d.add(new Paragraph(Words.input(s.role()) + ": " + s.name() + "  SHA-256 " + s.sha256(),
					font(7, false, GREY))));
		d.add(new Paragraph("Rule set " + rules, font(7, false, GREY)));
	}

	private static void heading(Document d, String text) {
		Paragraph p = new Paragraph(text, font(12.5f, true, BLUE));
		p.setSpacingBefore(9);
		p.setSpacingAfter(3);
		d.add(p);
	}

	private static PdfPTable table(List<List<String>> rows, float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(3);
		table.setSpacingAfter(4);
		for (int i = 0; i < rows.size(); i++) {
			for (String c : rows.get(i)) {
				PdfPCell cell = new PdfPCell(new Phrase(c, font(8.5f, i == 0, INK)));
				cell.setPadding(3);
				cell.setBorderColor(new Color(0xC8, 0xCE, 0xD6));
				cell.setBackgroundColor(i == 0 ? new Color(0xDC, 0xE6, 0xF0) : rag(c));
				table.addCell(cell);
			}
		}
		table.setHeaderRows(1);
		return table;
	}

	/** Status words in their RAG colour. */
	static Color rag(String text) {
		return switch (text) {
			case "Green", "Met", "Done" -> new Color(0xD5, 0xEF, 0xDF);
			case "Amber", "Pending", "Open" -> new Color(0xFC, 0xEB, 0xC6);
			case "Red", "Not met", "Late" -> new Color(0xF6, 0xD2, 0xD0);
			default -> Color.WHITE;
		};
	}

	private static Font font(float size, boolean bold, Color colour) {
		return new Font(Font.HELVETICA, size, bold ? Font.BOLD : Font.NORMAL, colour);
	}

	/** Creation and modification dates are the pack's day, midnight UTC. */
	private static void fixDates(PdfWriter writer, GovernanceReport r) {
		Calendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		day.clear();
		day.set(r.asOf().getYear(), r.asOf().getMonthValue() - 1, r.asOf().getDayOfMonth());
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(day));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(day));
		writer.getInfo().put(PdfName.PRODUCER, new PdfString("caio-engine"));
	}

	/**
	 * Replaces what OpenPDF draws at random or from the clock with the same number of
	 * bytes derived from the content: font subset tags ({@code ABCDEF+}, random) and the
	 * file id (time-based).
	 */
	static byte[] fixId(byte[] input) {
		byte[] pdf = subsetTags(input);
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int at = text.lastIndexOf("/ID [<");
		if (at < 0) {
			return pdf;
		}
		int start = at + "/ID [<".length();
		int end = text.indexOf('>', start);
		java.security.MessageDigest digest = Hashing.sha256();
		digest.update(pdf, 0, at);
		String id = Hashing.hex(digest).substring(0, end - start);
		byte[] out = pdf.clone();
		byte[] hex = id.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(hex, 0, out, start, hex.length);
		int second = text.indexOf('<', end) + 1;
		System.arraycopy(hex, 0, out, second, Math.min(hex.length, text.indexOf('>', second) - second));
		return out;
	}

	/** Each distinct subset tag becomes CAIOAA, CAIOAB, ... in order of first use. */
	private static byte[] subsetTags(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("/([A-Z]{6})\\+").matcher(text);
		java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
		byte[] out = pdf.clone();
		while (m.find()) {
			String tag = tags.computeIfAbsent(m.group(1),
					t -> "CAIO" + (char) ('A' + tags.size() / 26) + (char) ('A' + tags.size() % 26));
			System.arraycopy(tag.getBytes(StandardCharsets.ISO_8859_1), 0, out, m.start(1), 6);
		}
		return out;
	}

}
