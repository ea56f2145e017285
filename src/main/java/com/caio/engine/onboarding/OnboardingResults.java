package com.caio.engine.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.caio.engine.onboarding.model.ItemState;
import com.caio.engine.onboarding.model.OnboardingInput;
import com.caio.engine.onboarding.model.PlannedMilestone;
import com.caio.engine.rules.Finding;

/** Assembles the result from the dated plan and what the rules derived. */
final class OnboardingResults {

	private OnboardingResults() {
	}

	static OnboardingResult of(OnboardingInput in, List<PlannedMilestone> planned, List<LocalDate> steering,
			Map<String, ItemState> states, List<Finding> findings) {
		LocalDate start = in.startDate();
		List<OnboardingResult.Milestone> milestones = new ArrayList<>();
		for (PlannedMilestone m : planned) {
			ItemState s = states.get(m.subject());
			milestones.add(new OnboardingResult.Milestone(m.week(), m.name(), m.kind(), m.deliverable(), m.dueDate(),
					m.dueDay(), String.join(", ", m.accountable()), m.responsible(), m.consulted(), m.informed(),
					m.stakeholders(), s == null ? null : s.state(), doneDate(start, s)));
		}
		List<OnboardingResult.CriterionState> criteria = states.values()
			.stream()
			.filter(s -> s.area().equals("criterion"))
			.sorted(Comparator.comparingInt(ItemState::dueDay).thenComparing(ItemState::subject))
			.map(s -> new OnboardingResult.CriterionState(s.subject(), s.title(), Planner.date(start, s.dueDay()),
					s.dueDay(), s.state(), doneDate(start, s)))
			.toList();
		OnboardingResult.NextDue next = milestones.stream()
			.filter(m -> !ItemState.MET.equals(m.state()) && !ItemState.LATE.equals(m.state()))
			.min(Comparator.comparing(OnboardingResult.Milestone::dueDate))
			.map(m -> new OnboardingResult.NextDue("Week " + m.week() + ": " + m.name(), m.dueDate(),
					OnboardingAssessor.daysBetween(in.asOf(), m.dueDate())))
			.orElse(null);
		boolean planValid = findings.stream().noneMatch(f -> f.critical() && "plan".equals(f.segment()));
		boolean onTrack = criteria.stream().noneMatch(c -> ItemState.MISSED.equals(c.state()));
		return new OnboardingResult(in.engagement(), start, Planner.date(start, Planner.PLAN_DAYS), in.asOf(),
				in.cadenceWeeks(), in.deliverables(), milestones, steering, criteria, next,
				findings.stream().map(OnboardingResult.OnboardingFinding::of).toList(), planValid, onTrack, in);
	}

	private static LocalDate doneDate(LocalDate start, ItemState s) {
		return s == null || s.doneDay() == null ? null : Planner.date(start, s.doneDay());
	}

}
