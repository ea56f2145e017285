package com.caio.engine.economics.render;

import com.caio.engine.print.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.economics.CostComparison;
import com.caio.engine.economics.EconomicsResult;
import com.caio.engine.economics.ProposalTerms;
import com.caio.engine.economics.SavingSensitivity;
import com.caio.engine.economics.model.FeeModel;
import com.caio.engine.economics.model.Figure;
import com.caio.engine.economics.model.Fractional;

/**
 * The engagement proposal's content: scope, hours and fees, service levels, deliverables,
 * the first 90-day milestones, the cost comparison, time to value, avoided waste,
 * sensitivity and the assumptions register.
 */
public final class ProposalOutline {

	private ProposalOutline() {
	}

	public static List<Block> of(EconomicsResult r) {
		Narrative says = new Narrative(r);
		String cur = r.currency();
		ProposalTerms terms = r.proposal();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Title("Engagement proposal: " + r.name(), (r.client() == null ? "" : r.client() + "  |  ")
				+ "Fractional Chief AI Officer  |  figures in " + cur));
		blocks.add(new Block.Heading("Summary"));
		blocks.add(new Block.Para(says.headline(), false));
		blocks.add(new Block.Para(says.timeToValue(), false));
		blocks.add(new Block.Para(says.verdict(), true));
		blocks.add(new Block.Heading("Scope"));
		blocks.add(terms.scope().isEmpty() ? new Block.Para("Scope to be agreed.", false)
				: new Block.Bullets(terms.scope()));
		blocks.add(new Block.Heading("Hours and fees"));
		blocks.add(new Block.Bullets(fees(r)));
		blocks.add(new Block.Heading("Service levels"));
		blocks.add(new Block.Table(List.of("Priority", "Response within", "Used for"),
				terms.slas()
					.stream()
					.map(s -> List.of(s.priority(), Formats.number(s.responseHours()) + " business hours",
							s.meaning() == null ? "" : s.meaning()))
					.toList(),
				new float[] { 1, 2, 5 }));
		blocks.add(new Block.Heading("Deliverables"));
		blocks.add(new Block.Table(List.of("Deliverable", "Due (day)", "Due date"),
				terms.deliverables()
					.stream()
					.map(d -> List.of(d.name(), "day " + d.dueDay(), Formats.date(d.dueDate())))
					.toList(),
				new float[] { 4, 1.4f, 2 }));
		blocks.add(new Block.Heading("Start date and first 90-day milestones"));
		blocks.add(new Block.Para("Contractual start date: " + Formats.date(terms.startDate()) + ".", false));
		blocks.add(new Block.Table(List.of("Week", "Milestone", "Due date"),
				terms.milestones()
					.stream()
					.map(m -> List.of(String.valueOf(m.week()), m.name(), Formats.date(m.dueDate())))
					.toList(),
				new float[] { 0.8f, 5, 2 }));
		blocks.add(new Block.Heading("Cost comparison: fractional against a full-time hire"));
		blocks.add(costTable(r.comparison(), cur));
		blocks.add(new Block.Picture(CostChart.cumulative(r, 1500, 600), 460, 184));
		blocks.add(new Block.Para("The full-time hire costs nothing while the role is vacant ("
				+ Formats.months(r.input().fullTime().timeToHireMonths().value())
				+ "), then its loaded pay, the recruiting fee in the month of the hire and a severance provision.",
				false));
		blocks.add(new Block.Heading("Time to value"));
		blocks.add(new Block.Para(says.timeToValue(), false));
		blocks.add(new Block.Heading("Avoided waste"));
		blocks.add(new Block.Para(says.avoidedWaste(), false));
		blocks.add(new Block.Heading("What moves the saving"));
		blocks.add(new Block.Table(List.of("Figure (-20% / +20%)", "3-year saving at -20%", "at +20%", "Swing"),
				r.sensitivity().stream().limit(8).map(ProposalOutline::sensitivityRow).toList(),
				new float[] { 4, 1.6f, 1.2f, 1.2f }));
		blocks.add(new Block.Para(says.breakEven(), false));
		blocks.add(new Block.Heading("Assumptions register"));
		blocks.add(new Block.Table(List.of("Figure", "Value", "Source"),
				r.assumptions()
					.stream()
					.map(f -> List.of(f.label(), Formats.figure(f, cur), f.source() == null ? "NO SOURCE" : f.source()))
					.toList(),
				new float[] { 3, 1.6f, 5 }));
		if (!r.blocking().isEmpty() || r.findings().stream().anyMatch(f -> "warning".equals(f.severity()))) {
			blocks.add(new Block.Heading("To resolve before signature"));
			blocks.add(new Block.Bullets(r.findings()
				.stream()
				.filter(f -> !"info".equals(f.severity()))
				.map(f -> (f.blocking() ? "Blocking: " : "Check: ") + f.message())
				.toList()));
		}
		return blocks;
	}

	static Block.Table costTable(CostComparison c, String cur) {
		return new Block.Table(List.of("", "Fractional CAIO", "Full-time hire", "Saving"),
				List.of(row("Year 1", c.fractionalYear1(), c.fullTimeYear1(), c.savingYear1Pct(), cur),
						row("Steady state, per year", c.fractionalSteadyState(), c.fullTimeSteadyState(),
								c.savingSteadyStatePct(), cur),
						row("3-year total cost of ownership", c.fractionalThreeYear(), c.fullTimeThreeYear(),
								c.savingThreeYearPct(), cur)),
				new float[] { 3, 2, 2, 1.2f });
	}

	private static List<String> row(String label, double fractional, double fullTime, double saving, String cur) {
		return List.of(label, Formats.money(cur, fractional), Formats.money(cur, fullTime), Formats.pct(saving));
	}

	private static List<String> sensitivityRow(SavingSensitivity.Row row) {
		return List.of(row.label(), Formats.pct(row.savingAtLowPct()), Formats.pct(row.savingAtHighPct()),
				String.format(Locale.ROOT, "%.1f pp", row.swingPp()));
	}

	private static List<String> fees(EconomicsResult r) {
		Fractional f = r.input().fractional();
		String cur = r.currency();
		List<String> lines = new ArrayList<>();
		if (f.feeModel() == FeeModel.RETAINER) {
			lines.add("Monthly retainer of " + Formats.money(cur, f.monthlyRetainer().value()) + " including "
					+ value(f.includedHours(), cur) + "; further hours at "
					+ Formats.money(cur, f.overageRate().value()) + " an hour.");
		}
		else {
			lines.add("Day rate of " + Formats.money(cur, f.dayRate().value()) + ", " + value(f.daysPerMonth(), cur)
					+ " a month.");
		}
		lines.add("Expected effort: " + value(f.hoursPerMonth(), cur) + " a month.");
		lines.add("Term: " + value(f.termMonths(), cur) + ", with a discount of " + value(f.commitmentDiscount(), cur)
				+ " for the commitment; expenses of " + Formats.money(cur, f.expensesPerMonth().value()) + " a month.");
		lines.add("Monthly cost, discount and expenses included: "
				+ Formats.money(cur, r.comparison().fractionalMonthly()) + ".");
		lines.add("Start: " + value(f.startLeadWeeks(), cur) + " after signature.");
		return lines;
	}

	private static String value(Figure f, String cur) {
		return Formats.figure(f, cur);
	}

}
