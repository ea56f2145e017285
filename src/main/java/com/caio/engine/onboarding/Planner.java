package com.caio.engine.onboarding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.caio.engine.onboarding.model.OnboardingInput;
import com.caio.engine.onboarding.model.PlanTemplate;
import com.caio.engine.onboarding.model.PlannedMilestone;
import com.caio.engine.onboarding.model.TemplateRow;

/**
 * Dates the practice's template for an engagement: week w runs from day 7(w-1)+1 to day
 * 7w; a milestone is due on the last working day of its week (weekends and holidays
 * skipped) and never after day 90; steering meetings fall on the steering weekday of
 * weeks 1, 1 + cadence, ... (the next working day if that is a holiday).
 */
public final class Planner {

	public static final int PLAN_DAYS = 90;

	public static final int WEEKS = 13;

	private Planner() {
	}

	public static List<PlannedMilestone> milestones(OnboardingInput in, PlanTemplate template) {
		List<PlannedMilestone> list = new ArrayList<>();
		for (TemplateRow row : template.rows()) {
			LocalDate due = dueDate(in.startDate(), row.week(), in.holidays());
			String deliverable = row.deliverable() == 0 ? null : in.deliverables().get(row.deliverable() - 1);
			String name = row.kind() == TemplateRow.Kind.DELIVERABLE ? deliverable + " accepted" : row.milestone();
			list.add(new PlannedMilestone("week " + row.week() + ": " + name, row.week(), name, row.kind().word(),
					deliverable, due, day(in.startDate(), due), row.accountable(), row.responsible(), row.consulted(),
					row.informed(), names(in, row)));
		}
		return list;
	}

	/** The last working day of the week, at most day 90. */
	public static LocalDate dueDate(LocalDate start, int week, Set<LocalDate> holidays) {
		LocalDate last = start.plusDays(Math.min(7L * week, PLAN_DAYS) - 1);
		LocalDate first = start.plusDays(7L * (week - 1));
		LocalDate d = last;
		while (!working(d, holidays) && d.isAfter(first)) {
			d = d.minusDays(1);
		}
		return d;
	}

	public static List<LocalDate> steeringMeetings(OnboardingInput in) {
		List<LocalDate> meetings = new ArrayList<>();
		for (int week = 1; week <= WEEKS; week += in.cadenceWeeks()) {
			LocalDate first = in.startDate().plusDays(7L * (week - 1));
			LocalDate d = first;
			while (d.getDayOfWeek() != in.steeringDay()) {
				d = d.plusDays(1);
			}
			while (!working(d, in.holidays())) {
				d = d.plusDays(1);
			}
			if (day(in.startDate(), d) <= PLAN_DAYS) {
				meetings.add(d);
			}
		}
		return meetings;
	}

	public static boolean working(LocalDate date, Set<LocalDate> holidays) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(date);
	}

	/** Day 1 is the start date. */
	public static int day(LocalDate start, LocalDate date) {
		return (int) ChronoUnit.DAYS.between(start, date) + 1;
	}

	public static LocalDate date(LocalDate start, int day) {
		return start.plusDays(day - 1L);
	}

	private static List<String> names(OnboardingInput in, TemplateRow row) {
		Set<String> roles = new LinkedHashSet<>();
		Stream.of(row.accountable(), row.responsible(), row.consulted(), row.informed()).forEach(roles::addAll);
		List<String> names = new ArrayList<>();
		for (String role : roles) {
			in.stakeholders()
				.stream()
				.filter(s -> s.role().equalsIgnoreCase(role))
				.forEach(s -> names.add(s.name() + " (" + s.role() + ")"));
		}
		return names;
	}

}
