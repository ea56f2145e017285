package com.caio.engine.businesscase.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.businesscase.BusinessCase;
import com.caio.engine.businesscase.BusinessCaseReport;
import com.caio.engine.businesscase.ScenarioFigures;
import com.caio.engine.businesscase.ScenarioResult;
import com.caio.engine.print.Amounts;

/**
 * The sentences the deck and the summary share, derived from the report so both say the
 * same.
 */
final class Narrative {

	private final BusinessCaseReport report;

	private final ScenarioResult expected;

	Narrative(BusinessCaseReport report) {
		this.report = report;
		this.expected = report.scenario("expected");
	}

	String money(double value) {
		return Amounts.rounded(report.currency(), value);
	}

	/** The policy's payback target (rules/businesscase/policy.drl.csv). */
	int target() {
		return report.paybackTargetMonths();
	}

	boolean paysBackWithinAYear() {
		return ScenarioFigures.of(expected).paysBackWithin(target());
	}

	/**
	 * Programme when it is board-ready and pays back within a year; a pilot otherwise.
	 */
	boolean recommendProgramme() {
		return report.boardReady() && paysBackWithinAYear();
	}

	String ask() {
		String ask = report.input().ask();
		return ask != null ? ask : "Approve " + money(expected.upfront()) + " upfront and "
				+ money(expected.monthlyCost()) + " a month for the programme.";
	}

	String headline() {
		return String.format(Locale.ROOT, "Expected: NPV %s, payback %s, ROI %s over %d months (IRR %s a year).",
				money(expected.npv()), Money.months(expected.paybackMonths(), report.horizonMonths()),
				Money.percent(expected.roi()), report.horizonMonths(), Money.percent(expected.irr()));
	}

	String decision() {
		if (!report.boardReady()) {
			int blocking = report.blocking().size();
			return "Not yet for decision: " + (blocking == 1 ? "one blocking issue" : blocking + " blocking issues")
					+ " must be resolved first (see risks).";
		}
		return recommendProgramme() ? "Decision needed: approve the programme and its first-year budget."
				: "Decision needed: approve a pilot to prove the key assumptions before the full programme.";
	}

	String paybackVerdict() {
		ScenarioFigures figures = ScenarioFigures.of(expected);
		if (figures.roundedNpv() < 0 || !figures.cashPositiveAfterStart()) {
			return "The expected scenario loses money over the " + report.horizonMonths() + "-month horizon (NPV "
					+ money(expected.npv()) + ")" + (expected.paybackMonths() != null && expected.paybackMonths() == 0
							? "; its payback of 0 months only reflects that nothing is spent upfront." : ".");
		}
		String when = expected.paybackMonths() == null
				? "does not pay back within the " + report.horizonMonths() + "-month horizon"
				: String.format(Locale.ROOT, "pays back in %.1f months", expected.paybackMonths());
		if (paysBackWithinAYear()) {
			return "The expected scenario " + when + ", within the " + target() + "-month target.";
		}
		String rationale = report.input().longerHorizonRationale();
		return "The expected scenario " + when
				+ (expected.paybackMonths() == null ? ". " : ", beyond " + target() + " months. ")
				+ (rationale != null ? "Why a longer horizon is required: " + rationale
						: "No rationale for a longer horizon is given.");
	}

	String breakEven() {
		if (report.breakEvenUplift() == null) {
			return "No uplift pays the expected scenario back within " + target() + " months.";
		}
		double factor = report.breakEvenUplift().factor();
		if (factor <= 1) {
			return String.format(Locale.ROOT,
					"Break-even: the expected uplifts can fall to %.0f%% of plan and still pay back in %d months.",
					100 * factor, target());
		}
		return String.format(Locale.ROOT,
				"Break-even: a %d-month payback would need %.0f%% of the planned uplifts (%.1f times the plan).",
				target(), 100 * factor, factor);
	}

	/** The top drivers of the expected NPV, in words. */
	List<String> drivers(int count) {
		return TornadoBar.of(report)
			.stream()
			.limit(count)
			.map(b -> String.format(Locale.ROOT, "%s: ±20%% moves the expected NPV by %s", b.label(),
					money(b.swing() / 2)))
			.toList();
	}

	/** The sponsor's risks, then the top sensitivity driver and the rules' findings. */
	List<List<String>> risks() {
		List<List<String>> rows = new ArrayList<>();
		report.findings()
			.stream()
			.filter(f -> !f.severity().equals("info"))
			.forEach(f -> rows.add(List.of(f.message(),
					f.blocking() ? "Blocking: resolve before the board" : "Flagged: check before the board")));
		for (BusinessCase.Risk risk : report.input().risks()) {
			rows.add(List.of(risk.risk(), risk.mitigation()));
		}
		if (!report.sensitivity().items().isEmpty()) {
			TornadoBar top = TornadoBar.of(report).get(0);
			rows.add(List.of(
					"The NPV is most sensitive to " + top.label() + " (" + money(top.swing() / 2) + " per 20% move)",
					"Measure it first: stage-gate at month 3 against the break-even uplift"));
		}
		return rows;
	}

	List<String> nextSteps() {
		List<String> steps = new ArrayList<>();
		if (!report.boardReady()) {
			report.blocking().forEach(f -> steps.add("Resolve: " + f.message()));
			steps.add("Re-run the business case and bring it back to the board.");
			return steps;
		}
		if (recommendProgramme()) {
			steps.add("Approve the programme: " + money(expected.upfront()) + " upfront and "
					+ money(expected.monthlyCost()) + " a month.");
			steps.add("Month 1: mobilise the team, sign vendor contracts, start data integration.");
		}
		else {
			steps.add("Approve a 3-month pilot on the lever with the largest effect, with a holdout group.");
			steps.add("Decide on the full programme with the pilot's measured uplift.");
		}
		steps.add("Month 3: stage-gate review of measured uplifts against the break-even ("
				+ (report.breakEvenUplift() == null ? "n/a"
						: String.format(Locale.ROOT, "%.0f%% of plan", 100 * report.breakEvenUplift().factor()))
				+ ").");
		steps.add("Quarterly: report benefit and cumulative cash flow against the KPI timeline.");
		steps.add("Month " + target() + ": confirm payback and the scale-up decision.");
		return steps;
	}

}
