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

import com.caio.engine.print.Block;
import com.caio.engine.print.PdfBlocks;
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
		List<Block> pdf = new ArrayList<>();
		String title = "AI risk register and remediation roadmap";
		pdf.add(new Block.Title(title, "From " + run.input().name() + " \u00b7 ranked on " + DAY.format(run.at())));
		pdf.add(bold(
				String.format(Locale.UK, "%,d risks ranked; the roadmap takes %s%% of the total risk off (%,d to %,d)",
						r.risks().size(), percent(r.reductionPercent()), r.totalInherent(), r.totalMitigated())));
		if (r.rejectedCount() > 0) {
			pdf.add(para(String.format(Locale.UK,
					"%,d row%s of the register could not be used (listed in the text " + "report).", r.rejectedCount(),
					r.rejectedCount() == 1 ? "" : "s")));
		}
		pdf.add(new Block.Heading("Heatmap: likelihood by impact, top 5 marked"));
		pdf.add(new Block.Picture(HeatmapPng.render(r), 420, 300));
		pdf.add(new Block.Heading("Top 5 risks"));
		List<List<String>> top = new ArrayList<>();
		r.risks()
			.stream()
			.limit(Ranking.HEADLINE)
			.forEach(k -> top.add(List.of(Integer.toString(k.rank()), k.title(), capitalise(k.band()),
					k.likelihood() + " \u00d7 " + k.impact() + " = " + k.score(),
					k.owner().isEmpty() ? "no owner yet" : k.owner())));
		pdf.add(new Block.Table(List.of("Rank", "Risk", "Band", "Likelihood \u00d7 impact", "Owner"), top,
				new float[] { 0.8f, 6, 1.6f, 2, 2.6f }));
		pdf.add(new Block.Heading("Remediation roadmap"));
		pdf.add(para("In priority order: the most risk taken off per unit of cost first."));
		List<List<String>> roadmap = new ArrayList<>();
		for (RiskReport.Action a : r.remediation().subList(0, Math.min(ROADMAP_ROWS, r.remediation().size()))) {
			RiskReport.RankedRisk risk = byId.get(a.riskId());
			roadmap.add(List.of(month(a.timeline()), risk == null ? a.action() : risk.title(), a.action(),
					a.owner() == null || a.owner().isEmpty() ? "to be named" : a.owner(),
					a.inherentScore() + " \u2192 " + a.mitigatedScore(),
					a.cost() == null ? "\u2013" : String.format(Locale.UK, "%,.0f", a.cost())));
		}
		pdf.add(new Block.Table(List.of("Due", "Risk", "Action", "Owner", "Score", "Cost"), roadmap,
				new float[] { 1.8f, 3.6f, 4.2f, 2, 1.5f, 1.4f }));
		if (r.remediation().size() > ROADMAP_ROWS) {
			pdf.add(para((r.remediation().size() - ROADMAP_ROWS) + " more actions in the full roadmap (text report, "
					+ "JSON)."));
		}
		return new PdfBlocks(10).render(title, pdf);
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

	private static Block bold(String text) {
		return new Block.Para(text, true);
	}

	private static Block para(String text) {
		return new Block.Para(text, false);
	}

}
