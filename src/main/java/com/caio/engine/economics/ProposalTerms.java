package com.caio.engine.economics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import com.caio.engine.economics.model.Proposal;

/**
 * The proposal's dated commitments, for the engagement's acceptance rules: the start
 * date, the first 90-day milestones (due on the last weekday of their week; week 1 starts
 * on the start date) and the deliverables (day 1 is the start date). Dates are null
 * without a start date.
 */
public record ProposalTerms(LocalDate startDate, List<Proposal.Sla> slas, List<String> scope,
		List<DatedMilestone> milestones, List<DatedDeliverable> deliverables) {

	/** A milestone with its due date. */
	public record DatedMilestone(int week, String name, LocalDate dueDate) {
	}

	/** A deliverable with its due date. */
	public record DatedDeliverable(String name, int dueDay, LocalDate dueDate) {
	}

	public static ProposalTerms of(Proposal p) {
		LocalDate start = p.startDate();
		return new ProposalTerms(start, p.slas(), p.scope(),
				p.milestones()
					.stream()
					.map(m -> new DatedMilestone(m.week(), m.name(),
							start == null ? null : weekdayOnOrBefore(start.plusDays(7L * m.week() - 1))))
					.toList(),
				p.deliverables()
					.stream()
					.map(d -> new DatedDeliverable(d.name(), d.dueDay(),
							start == null ? null : weekdayOnOrBefore(start.plusDays(d.dueDay() - 1L))))
					.toList());
	}

	static LocalDate weekdayOnOrBefore(LocalDate date) {
		LocalDate d = date;
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.minusDays(1);
		}
		return d;
	}

}
