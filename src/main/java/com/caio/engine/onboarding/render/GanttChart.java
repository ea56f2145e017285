package com.caio.engine.onboarding.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.caio.engine.onboarding.OnboardingResult;
import com.caio.engine.onboarding.Planner;

/**
 * The 90-day plan as a Gantt chart readable on a slide (16:9 at 1600 px wide): one row
 * per milestone spanning its week, coloured by state, a diamond for each deliverable, the
 * steering meetings on the top row and the as-of date as a dashed line.
 */
public final class GanttChart {

	static final int WIDTH = 1600;

	private static final int LABEL = 600;

	private static final int TOP = 110;

	private static final int ROW = 36;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	private GanttChart() {
	}

	public static int height(OnboardingResult r) {
		return TOP + ROW * (r.milestones().size() + 1) + 70;
	}

	static void draw(OnboardingResult r, Canvas c) {
		int height = height(r);
		double plotWidth = WIDTH - LABEL - 75;
		double perDay = plotWidth / Planner.PLAN_DAYS;
		c.rect(0, 0, WIDTH, height, "#FFFFFF");
		c.text(30, 42, r.engagement() + ": 90-day plan", 26, true, "#222B36", Canvas.Anchor.START);
		c.text(30, 74,
				"Start " + DAY.format(r.startDate()) + " " + r.startDate().getYear() + "  |  day 90 is "
						+ DAY.format(r.day90()) + "  |  status as of " + DAY.format(r.asOf()),
				16, false, "#6B7580", Canvas.Anchor.START);
		for (int w = 1; w <= Planner.WEEKS; w++) {
			double x = LABEL + 7 * (w - 1) * perDay;
			c.rect(x, TOP - 20, 7 * perDay - 2, height - TOP - 50, w % 2 == 0 ? "#F4F6F9" : "#FFFFFF");
			c.text(x + 3.5 * perDay, TOP - 4, "W" + w, 15, true, "#222B36", Canvas.Anchor.MIDDLE);
		}
		int row = 0;
		double y = TOP + 8;
		c.text(30, y + 22, "Steering committee (every " + r.cadenceWeeks() + " weeks)", 16, true, "#1F4E79",
				Canvas.Anchor.START);
		for (LocalDate d : r.steeringMeetings()) {
			double x = LABEL + (Planner.day(r.startDate(), d) - 0.5) * perDay;
			c.polygon(new double[] { x - 9, x + 9, x }, new double[] { y + 8, y + 8, y + 26 }, "#1F4E79");
		}
		for (OnboardingResult.Milestone m : r.milestones()) {
			row++;
			double top = TOP + 8 + row * ROW;
			String colour = colour(m.state());
			c.text(30, top + 22, "W" + m.week() + "  " + m.name(), 16,
					m.deliverable() != null && "deliverable".equals(m.kind()), "#222B36", Canvas.Anchor.START);
			double x0 = LABEL + 7 * (m.week() - 1) * perDay;
			double x1 = LABEL + m.dueDay() * perDay;
			if ("deliverable".equals(m.kind())) {
				double cx = x1 - perDay / 2;
				c.polygon(new double[] { cx, cx + 13, cx, cx - 13 },
						new double[] { top + 4, top + 17, top + 30, top + 17 }, colour);
			}
			else {
				c.rect(x0 + 2, top + 8, Math.max(8, x1 - x0 - 4), 18, colour);
			}
			c.text(x1 + 8, top + 22, DAY.format(m.dueDate()), 13, false, "#6B7580", Canvas.Anchor.START);
		}
		double today = LABEL + (Planner.day(r.startDate(), r.asOf()) - 0.5) * perDay;
		if (today >= LABEL && today <= LABEL + plotWidth) {
			c.line(today, TOP - 20, today, height - 60, "#C0504D", 2, true);
			c.text(today, height - 42, "today", 14, true, "#C0504D", Canvas.Anchor.MIDDLE);
		}
		legend(c, height - 28);
	}

	private static void legend(Canvas c, double y) {
		List<String[]> items = List.of(new String[] { "met", "Done on time" }, new String[] { "late", "Done late" },
				new String[] { "pending", "Open" }, new String[] { "missed", "Overdue" });
		double x = 30;
		for (String[] item : items) {
			c.rect(x, y - 13, 22, 14, colour(item[0]));
			c.text(x + 30, y, item[1], 15, false, "#222B36", Canvas.Anchor.START);
			x += 170;
		}
		c.polygon(new double[] { x + 10, x + 20, x + 10, x }, new double[] { y - 16, y - 6, y + 4, y - 6 }, "#6B7580");
		c.text(x + 30, y, "Primary deliverable", 15, false, "#222B36", Canvas.Anchor.START);
		c.polygon(new double[] { x + 240, x + 256, x + 248 }, new double[] { y - 14, y - 14, y + 1 }, "#1F4E79");
		c.text(x + 266, y, "Steering meeting", 15, false, "#222B36", Canvas.Anchor.START);
	}

	static String colour(String state) {
		if (state == null) {
			return "#8A94A6";
		}
		return switch (state) {
			case "met" -> "#2E9E6B";
			case "late" -> "#E0A030";
			case "missed" -> "#C0504D";
			default -> "#8A94A6";
		};
	}

}
