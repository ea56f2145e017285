package com.caio.engine.businesscase.deck;

import static com.caio.engine.businesscase.deck.SlideKit.MARGIN;
import static com.caio.engine.businesscase.deck.SlideKit.WIDTH;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.caio.engine.businesscase.Assumption;
import com.caio.engine.businesscase.BusinessCaseReport;
import com.caio.engine.storage.Run;
import com.caio.engine.businesscase.ScenarioResult;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The 12-slide business case (PPTX): title, ask, baseline, scenarios, cash-flow chart,
 * quarterly KPIs, payback and ROI, sensitivity, two pages of assumptions register, risks
 * and next steps.
 */
public final class BusinessCaseDeck {

	/** Register rows that fit one slide at a readable size. */
	private static final int REGISTER_ROWS = 14;

	/** Quarters that fit across a slide: three years. */
	private static final int MAX_QUARTERS = 12;

	private final BusinessCaseReport report;

	private final Narrative says;

	private final SlideKit kit;

	private final Run<BusinessCaseReport> run;

	private BusinessCaseDeck(Run<BusinessCaseReport> run, XMLSlideShow show) {
		this.run = run;
		BusinessCaseReport report = run.result();
		this.report = report;
		this.says = new Narrative(report);
		String organisation = report.organisation() == null ? "" : report.organisation() + "  |  ";
		this.kit = new SlideKit(show, report.name() + "  |  " + organisation + "rules "
				+ run.ruleSetVersion().substring(0, 12) + "  |  all figures in " + report.currency());
	}

	public static byte[] render(Run<BusinessCaseReport> run) {
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new BusinessCaseDeck(run, show).build();
			show.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void build() {
		title();
		ask();
		baseline();
		scenarios();
		picture("Cumulative cash flow by scenario", Charts.cumulativeCash(report, 1600, 760), says.paybackVerdict());
		quarters();
		paybackAndRoi();
		picture("Sensitivity: what moves the expected NPV", Charts.tornado(report, 8, 1600, 760), says.breakEven());
		register("Assumptions register: baseline and expected scenario",
				a -> a.scenario().equals("all") || a.scenario().equals("expected"));
		register("Assumptions register: the other scenarios",
				a -> a.scenario().equals("conservative") || a.scenario().equals("aggressive"));
		risks();
		nextSteps();
	}

	private void title() {
		XSLFSlide slide = kit.slide(report.name());
		String date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
			.format(run.at().atZone(ZoneOffset.UTC));
		kit.text(slide,
				(report.organisation() == null ? "" : report.organisation() + "\n")
						+ "Business case for board approval, " + date,
				new Rectangle2D.Double(MARGIN, 110, WIDTH - 2 * MARGIN, 70), 20, SlideKit.MUTED, false);
		kit.text(slide, says.headline(), new Rectangle2D.Double(MARGIN, 210, WIDTH - 2 * MARGIN, 80), 22,
				SlideKit.BRAND, true);
		kit.text(slide,
				report.boardReady() ? "Board-ready: every assumption is sourced and no rule blocks the case."
						: "Not board-ready: " + (report.blocking().size() == 1 ? "one blocking issue"
								: report.blocking().size() + " blocking issues") + " to resolve first.",
				new Rectangle2D.Double(MARGIN, 320, WIDTH - 2 * MARGIN, 40), 16,
				report.boardReady() ? Charts.AGGRESSIVE : Charts.DOWN, true);
	}

	private void ask() {
		XSLFSlide slide = kit.slide("The ask and the decision needed");
		double width = WIDTH - 2 * MARGIN;
		kit.text(slide, says.ask(), new Rectangle2D.Double(MARGIN, 100, width, 90), 20, SlideKit.INK, false);
		kit.text(slide, says.decision(), new Rectangle2D.Double(MARGIN, 210, width, 40), 20, SlideKit.BRAND, true);
		kit.bullets(slide, List.of(says.headline(), says.paybackVerdict(), says.breakEven()),
				new Rectangle2D.Double(MARGIN, 270, WIDTH - 2 * MARGIN, 220), 16);
	}

	private void baseline() {
		XSLFSlide slide = kit.slide("Baseline metrics today");
		List<List<String>> rows = report.input()
			.baseline()
			.stream()
			.map(m -> List.of(m.label(), Money.number(m.monthlyValue()), m.unit(), nullToDash(m.source())))
			.toList();
		kit.table(slide, List.of("Metric", "Monthly value", "Unit", "Source"), rows,
				new double[] { 190, 120, 100, 470 }, MARGIN, 100, 13);
	}

	private void scenarios() {
		XSLFSlide slide = kit.slide("Three scenarios over " + report.horizonMonths() + " months");
		List<String> header = new ArrayList<>(List.of(""));
		report.scenarios().forEach(s -> header.add(Charts.label(s.name())));
		List<List<String>> rows = List.of(row("Upfront investment", s -> says.money(s.upfront())),
				row("Monthly run cost", s -> says.money(s.monthlyCost())),
				row("Total benefit", s -> says.money(s.totalBenefit())),
				row("Total cost", s -> says.money(s.totalCost())),
				row("NPV at " + Money.percent(report.discountRate()) + " a year", s -> says.money(s.npv())),
				row("IRR (annualised)", s -> Money.percent(s.irr())), row("ROI", s -> Money.percent(s.roi())),
				row("Payback", s -> Money.months(s.paybackMonths(), report.horizonMonths())));
		kit.table(slide, header, rows, new double[] { 280, 200, 200, 200 }, MARGIN, 100, 15);
	}

	private List<String> row(String label, Function<ScenarioResult, String> value) {
		List<String> row = new ArrayList<>(List.of(label));
		report.scenarios().forEach(s -> row.add(value.apply(s)));
		return row;
	}

	private void picture(String title, byte[] png, String caption) {
		XSLFSlide slide = kit.slide(title);
		// a caption of more than two lines (a long rationale) gets a smaller chart and
		// font,
		// so it ends above the footer
		boolean longCaption = caption.length() > 250;
		kit.picture(slide, png, longCaption ? new Rectangle2D.Double(MARGIN + 72, 90, 737, 350)
				: new Rectangle2D.Double(MARGIN + 40, 90, 800, 380));
		kit.text(slide, caption,
				new Rectangle2D.Double(MARGIN, longCaption ? 444 : 474, WIDTH - 2 * MARGIN, longCaption ? 52 : 36),
				longCaption ? 11 : 13, SlideKit.INK, false);
	}

	private void quarters() {
		XSLFSlide slide = kit.slide("KPI timeline by quarter");
		QuarterlyKpis kpis = QuarterlyKpis.of(report, MAX_QUARTERS);
		int quarters = kpis.header().size() - 1;
		double first = quarters > 8 ? 170 : 200;
		double[] widths = new double[kpis.header().size()];
		widths[0] = first;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = (WIDTH - 2 * MARGIN - first) / quarters;
		}
		kit.table(slide, kpis.header(), kpis.rows(), widths, MARGIN, 100, quarters > 8 ? 10 : 12);
		if (report.horizonMonths() > 3 * MAX_QUARTERS) {
			kit.text(slide,
					"The first " + MAX_QUARTERS + " quarters of " + report.horizonMonths()
							+ " months; every month is in the JSON result.",
					new Rectangle2D.Double(MARGIN, 470, WIDTH - 2 * MARGIN, 30), 12, SlideKit.MUTED, false);
		}
	}

	private void paybackAndRoi() {
		XSLFSlide slide = kit.slide("Payback and ROI");
		kit.picture(slide, Charts.payback(report, 1000, 700), new Rectangle2D.Double(MARGIN, 95, 500, 350));
		List<String> lines = new ArrayList<>();
		report.scenarios()
			.forEach(s -> lines.add(Charts.label(s.name()) + ": payback "
					+ Money.months(s.paybackMonths(), report.horizonMonths()) + ", ROI " + Money.percent(s.roi())));
		lines.add(says.paybackVerdict());
		kit.bullets(slide, lines, new Rectangle2D.Double(MARGIN + 520, 100, WIDTH - 2 * MARGIN - 520, 380), 14);
	}

	private void register(String title, java.util.function.Predicate<Assumption> which) {
		XSLFSlide slide = kit.slide(title);
		List<Assumption> rows = report.assumptions().stream().filter(which).toList();
		List<List<String>> cells = new ArrayList<>();
		rows.stream()
			.limit(REGISTER_ROWS)
			.forEach(a -> cells
				.add(List.of((a.scenario().equals("all") ? "" : Charts.label(a.scenario()) + ": ") + a.name(), value(a),
						nullToDash(a.source()))));
		kit.table(slide, List.of("Assumption", "Value", "Source"), cells, new double[] { 260, 190, 430 }, MARGIN, 92,
				10);
		if (rows.size() > REGISTER_ROWS) {
			int more = rows.size() - REGISTER_ROWS;
			kit.text(slide,
					(more == 1 ? "One more assumption is" : more + " more assumptions are") + " in the JSON result.",
					new Rectangle2D.Double(MARGIN, 480, WIDTH - 2 * MARGIN, 24), 11, SlideKit.MUTED, false);
		}
	}

	private String value(Assumption a) {
		return switch (a.unit()) {
			case "fraction" -> Money.percent(a.value()) + ("discountRate".equals(a.path()) ? "" : ", " + a.detail());
			default -> a.path().contains(".costs[") ? a.detail() : Money.number(a.value()) + " " + a.unit();
		};
	}

	private void risks() {
		XSLFSlide slide = kit.slide("Risks and mitigations");
		List<List<String>> rows = says.risks().stream().limit(7).toList();
		kit.table(slide, List.of("Risk", "Mitigation"), rows, new double[] { 440, 440 }, MARGIN, 100, 14);
	}

	private void nextSteps() {
		XSLFSlide slide = kit.slide(!report.boardReady() ? "Next steps: before the board"
				: says.recommendProgramme() ? "Next steps: the programme" : "Next steps: the pilot");
		kit.bullets(slide, says.nextSteps(), new Rectangle2D.Double(MARGIN, 100, WIDTH - 2 * MARGIN, 380), 16);
	}

	private static String nullToDash(String text) {
		return text == null ? "(no source: untraceable)" : text;
	}

}
