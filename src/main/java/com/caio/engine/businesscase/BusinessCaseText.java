package com.caio.engine.businesscase;

import java.util.Locale;

import com.caio.engine.storage.Run;

/** The plain-text rendering of an evaluated business case for the command line. */
final class BusinessCaseText {

	private BusinessCaseText() {
	}

	static String render(Run<BusinessCaseReport> run) {
		BusinessCaseReport r = run.result();
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%s (%s)%nbusiness case %s, rules %s, %d months at %.1f%% a year, %s%n%n",
				r.name(), r.organisation() == null ? "-" : r.organisation(), run.id(),
				run.ruleSetVersion().substring(0, 12), r.horizonMonths(), 100 * r.discountRate(), r.currency()));
		out.append(String.format(Locale.ROOT, "%-13s %15s %10s %9s %10s %15s %15s%n", "scenario", "NPV", "IRR/yr",
				"ROI", "payback", "total benefit", "total cost"));
		for (ScenarioResult s : r.scenarios()) {
			out.append(String.format(Locale.ROOT, "%-13s %,15.0f %10s %9s %10s %,15.0f %,15.0f%n", s.name(), s.npv(),
					percent(s.irr()), percent(s.roi()),
					s.paybackMonths() == null ? "> " + r.horizonMonths() + " mo"
							: String.format(Locale.ROOT, "%.1f mo", s.paybackMonths()),
					s.totalBenefit(), s.totalCost()));
		}
		if (r.scenarios().stream().anyMatch(s -> s.paybackMonths() == null)) {
			out.append(String.format(Locale.ROOT, "(> %d mo: the scenario does not pay back within the %d months)%n",
					r.horizonMonths(), r.horizonMonths()));
		}
		out.append("\nsensitivity of the expected NPV to +-20% (largest first):\n");
		r.sensitivity()
			.items()
			.stream()
			.limit(5)
			.forEach(i -> out.append(String.format(Locale.ROOT, "  %-40s %,15.0f .. %,15.0f%n", i.assumption(),
					i.npvLow(), i.npvHigh())));
		if (r.breakEvenUplift() != null) {
			out.append(String.format(Locale.ROOT, "break-even: %.1f%% of the expected uplifts pays back in %d months%n",
					100 * r.breakEvenUplift().factor(), r.paybackTargetMonths()));
		}
		out.append('\n');
		r.findings()
			.forEach(f -> out
				.append(String.format(Locale.ROOT, "%s: %s%n", f.blocking() ? "BLOCKING" : f.severity(), f.message())));
		out.append(r.boardReady() ? "board-ready: yes\n" : "board-ready: NO (" + r.blocking().size() + " blocking)\n");
		if (!r.findings().isEmpty()) {
			out.append("rules applied: ")
				.append(String.join(", ", r.findings().stream().map(f -> f.ruleId()).distinct().toList()))
				.append('\n');
		}
		return out.toString();
	}

	private static String percent(Double value) {
		return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
	}

}
