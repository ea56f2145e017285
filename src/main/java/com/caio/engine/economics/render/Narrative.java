package com.caio.engine.economics.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.economics.BreakEven;
import com.caio.engine.economics.CostComparison;
import com.caio.engine.economics.EconomicsResult;
import com.caio.engine.economics.SavingSensitivity;
import com.caio.engine.economics.model.FeeModel;

/** The sentences every economics document shares, written for a CDO and finance. */
public final class Narrative {

	private final EconomicsResult r;

	private final String cur;

	public Narrative(EconomicsResult result) {
		this.r = result;
		this.cur = result.currency();
	}

	public String headline() {
		CostComparison c = r.comparison();
		return String.format(Locale.ROOT,
				"A fractional Chief AI Officer costs %s over three years against %s for a full-time hire: "
						+ "a saving of %s (%s in year 1, %s a year at steady state).",
				Formats.rounded(cur, c.fractionalThreeYear()), Formats.rounded(cur, c.fullTimeThreeYear()),
				Formats.pct(c.savingThreeYearPct()), Formats.pct(c.savingYear1Pct()),
				Formats.pct(c.savingSteadyStatePct()));
	}

	public String timeToValue() {
		var t = r.timeToValue();
		return String.format(Locale.ROOT,
				"First measurable KPI improvement after %s with the fractional officer (start lead time plus ramp) "
						+ "against %s with a full-time hire (time to hire plus ramp): %s sooner.",
				Formats.months(t.fractionalMonths()), Formats.months(t.fullTimeMonths()),
				Formats.months(t.monthsEarlier()));
	}

	public String avoidedWaste() {
		var w = r.avoidedWaste();
		var in = r.input().waste();
		return String.format(Locale.ROOT,
				"Of %s a year expected to go to AI projects that fail (%s projects x %s x %s failure rate), "
						+ "better selection avoids %s a year (%s fewer failures), %s over three years.",
				Formats.money(cur, w.expectedFailedSpendPerYear()), Formats.number(in.projectsPerYear().value()),
				Formats.money(cur, in.averageProjectCost().value()), Formats.pct(100 * in.failureProbability().value()),
				Formats.money(cur, w.perYear()), Formats.pct(100 * in.expectedReduction().value()),
				Formats.money(cur, w.threeYear()));
	}

	public String breakEven() {
		BreakEven b = r.breakEven();
		String target = Formats.pct(b.targetSavingPct());
		if (r.feeModel() == FeeModel.DAY_RATE) {
			return String.format(Locale.ROOT,
					"The 3-year saving falls to %s at a day rate of %s (at the agreed days a month) or at %s days a "
							+ "month (at the agreed day rate).",
					target, Formats.money(cur, b.dayRate()), Formats.number(Math.round(b.daysPerMonth() * 10) / 10.0));
		}
		if (b.hoursPerMonth() == null) {
			return String.format(Locale.ROOT,
					"The 3-year saving falls to %s at a monthly fee of %s; the retainer alone is above it.", target,
					Formats.money(cur, b.fee()));
		}
		return String.format(Locale.ROOT,
				"The 3-year saving falls to %s at %s hours a month (a monthly fee of %s before discount).", target,
				Formats.number(Math.round(b.hoursPerMonth() * 10) / 10.0), Formats.money(cur, b.fee()));
	}

	/** The figures that move the saving most, as sentences. */
	public List<String> drivers(int count) {
		List<String> out = new ArrayList<>();
		for (SavingSensitivity.Row row : r.sensitivity().stream().limit(count).toList()) {
			out.add(String.format(Locale.ROOT, "%s -20%% / +20%%: saving %s / %s (a swing of %s)", row.label(),
					Formats.pct(row.savingAtLowPct()), Formats.pct(row.savingAtHighPct()), Formats.pp(row.swingPp())));
		}
		return out;
	}

	public String verdict() {
		if (r.readyForSignature()) {
			return "Ready for finance: every figure is sourced, the saving meets its target and the proposal is "
					+ "complete.";
		}
		return "Not yet ready for finance: " + r.blocking().size() + " blocking finding"
				+ (r.blocking().size() == 1 ? "" : "s") + " to resolve (listed at the end).";
	}

}
