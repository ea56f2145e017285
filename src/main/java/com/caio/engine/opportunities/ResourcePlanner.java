package com.caio.engine.opportunities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.opportunities.model.DeliveryMode;
import com.caio.engine.opportunities.model.FractionalWeek;
import com.caio.engine.opportunities.model.MvpPlan;
import com.caio.engine.opportunities.model.Person;
import com.caio.engine.opportunities.model.PersonWeek;
import com.caio.engine.opportunities.model.Task;

/**
 * The assisted plan's hours per person and week: tasks at their PERT-mean durations and
 * earliest starts, each responsible person's hours a week spread over the working days a
 * task runs in that week.
 */
final class ResourcePlanner {

	private static final int DAYS_PER_WEEK = 5;

	/** The plan and the facts the resourcing rules check. */
	record Result(OpportunitiesReport.ResourcePlan plan, List<PersonWeek> personWeeks,
			List<FractionalWeek> fractionalWeeks) {
	}

	private ResourcePlanner() {
	}

	static Result plan(MvpPlan plan, TaskGraph graph, double fullWeekHours) {
		int n = graph.size();
		double[] start = new double[n];
		double[] finish = new double[n];
		for (int i = 0; i < n; i++) {
			for (int p : graph.predecessors[i]) {
				start[i] = Math.max(start[i], finish[p]);
			}
			finish[i] = start[i] + graph.tasks.get(i).estimate(DeliveryMode.ASSISTED).pertMean();
		}
		double end = 0;
		for (double f : finish) {
			end = Math.max(end, f);
		}
		int weeks = Math.max(1, (int) Math.ceil(end / DAYS_PER_WEEK));
		Map<String, double[]> hours = new LinkedHashMap<>();
		plan.people().forEach(p -> hours.put(p.name(), new double[weeks]));
		for (int i = 0; i < n; i++) {
			Task task = graph.tasks.get(i);
			for (int w = 0; w < weeks; w++) {
				double overlap = Math.min(finish[i], (w + 1) * DAYS_PER_WEEK) - Math.max(start[i], w * DAYS_PER_WEEK);
				if (overlap > 0) {
					int week = w;
					task.responsible()
						.forEach((person, perWeek) -> hours.get(person)[week] += perWeek * overlap / DAYS_PER_WEEK);
				}
			}
		}
		return assemble(plan, hours, weeks, fullWeekHours);
	}

	private static Result assemble(MvpPlan plan, Map<String, double[]> hours, int weeks, double fullWeekHours) {
		List<PersonWeek> personWeeks = new ArrayList<>();
		List<FractionalWeek> fractionalWeeks = new ArrayList<>();
		List<OpportunitiesReport.Week> rows = new ArrayList<>();
		for (int w = 0; w < weeks; w++) {
			Map<String, Double> row = new LinkedHashMap<>();
			double fractional = 0;
			String weekStart = plan.pilotStart().plusWeeks(w).toString();
			for (Person p : plan.people()) {
				double h = round(hours.get(p.name())[w]);
				row.put(p.name(), h);
				if (h > 0) {
					personWeeks.add(new PersonWeek(p.name(), w + 1, weekStart, h, p.capacityHours(fullWeekHours)));
				}
				fractional += p.fractional() ? h : 0;
			}
			if (plan.proposalHoursPerWeek() != null) {
				fractionalWeeks
					.add(new FractionalWeek(w + 1, weekStart, round(fractional), plan.proposalHoursPerWeek()));
			}
			rows.add(new OpportunitiesReport.Week(w + 1, plan.pilotStart().plusWeeks(w), row, round(fractional)));
		}
		List<OpportunitiesReport.PersonLoad> people = new ArrayList<>();
		for (Person p : plan.people()) {
			double[] h = hours.get(p.name());
			double total = 0;
			double peak = 0;
			for (double x : h) {
				total += x;
				peak = Math.max(peak, x);
			}
			double capacity = p.capacityHours(fullWeekHours);
			people.add(new OpportunitiesReport.PersonLoad(p.name(), p.role(), p.kind(), capacity, round(total),
					round(capacity > 0 ? peak / capacity : 0)));
		}
		return new Result(new OpportunitiesReport.ResourcePlan(DeliveryMode.ASSISTED.name(), List.copyOf(people),
				List.copyOf(rows)), personWeeks, fractionalWeeks);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
