package com.caio.engine.risk;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.caio.engine.report.PdfReport;
import com.caio.engine.storage.Run;

/**
 * The risk register on one to two pages for an executive: the headline, the heatmap with
 * the top 5, the top 5 in words, and the remediation roadmap by month with the risk it
 * takes off. Risks are named by their titles, not their ids.
 */
final class RiskPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final int ROADMAP_ROWS = 12;

	private RiskPdf() {
	}

	static byte[] render(Run<RiskReport> run) {
		RiskReport r = run.result();
		Map<String, RiskReport.RankedRisk> byId = r.risks()
			.stream()
			.collect(Collectors.toMap(RiskReport.RankedRisk::id, Function.identity(), (a, b) -> a));
		PdfReport pdf = new PdfReport("AI risk register and remediation roadmap",
				"From " + run.input().name() + " \u00b7 ranked on " + DAY.format(run.at()));
		pdf.bold(String.format(Locale.UK, "%,d risks ranked; the roadmap takes %s%% of the total risk off (%,d to %,d)",
				r.risks().size(), percent(r.reductionPercent()), r.totalInherent(), r.totalMitigated()));
		if (r.rejectedCount() > 0) {
			pdf.paragraph(String.format(Locale.UK,
					"%,d row%s of the register could not be used (listed in the text " + "report).", r.rejectedCount(),
					r.rejectedCount() == 1 ? "" : "s"));
		}
		pdf.heading("Heatmap: likelihood by impact, top 5 marked");
		pdf.picture(HeatmapPng.render(r), 420, 300);
		pdf.heading("Top 5 risks");
		List<List<String>> top = new ArrayList<>();
		r.risks()
			.stream()
			.limit(Ranking.HEADLINE)
			.forEach(k -> top.add(List.of(Integer.toString(k.rank()), k.title(), capitalise(k.band()),
					k.likelihood() + " \u00d7 " + k.impact() + " = " + k.score(),
					k.owner().isEmpty() ? "no owner yet" : k.owner())));
		pdf.table(new float[] { 0.8f, 6, 1.6f, 2, 2.6f },
				List.of("Rank", "Risk", "Band", "Likelihood \u00d7 impact", "Owner"), top, 0, 3);
		pdf.heading("Remediation roadmap");
		pdf.paragraph("In priority order: the most risk taken off per unit of cost first.");
		List<List<String>> roadmap = new ArrayList<>();
		for (RiskReport.Action a : r.remediation().subList(0, Math.min(ROADMAP_ROWS, r.remediation().size()))) {
			RiskReport.RankedRisk risk = byId.get(a.riskId());
			roadmap.add(List.of(month(a.timeline()), risk == null ? a.action() : risk.title(), a.action(),
					a.owner() == null || a.owner().isEmpty() ? "to be named" : a.owner(),
					a.inherentScore() + " \u2192 " + a.mitigatedScore(),
					a.cost() == null ? "\u2013" : String.format(Locale.UK, "%,.0f", a.cost())));
		}
		pdf.table(new float[] { 1.8f, 3.6f, 4.2f, 2, 1.5f, 1.4f },
				List.of("Due", "Risk", "Action", "Owner", "Score", "Cost"), roadmap, 4, 5);
		if (r.remediation().size() > ROADMAP_ROWS) {
			pdf.paragraph((r.remediation().size() - ROADMAP_ROWS) + " more actions in the full roadmap (text report, "
					+ "JSON).");
		}
		return pdf.bytes();
	}

	private static String month(String bucket) {
		try {
			return MONTH.format(YearMonth.parse(bucket));
		}
		catch (DateTimeParseException ex) {
			return bucket.equals("unscheduled") ? "Not scheduled" : bucket;
		}
	}

	private static String percent(double value) {
		return String.format(Locale.UK, "%.1f", value);
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1).toLowerCase(Locale.UK);
	}

}
