package com.caio.engine.onboarding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.caio.engine.onboarding.model.Acceptance;
import com.caio.engine.onboarding.model.AsOf;
import com.caio.engine.onboarding.model.CompletesOnAcceptance;
import com.caio.engine.onboarding.model.Criterion;
import com.caio.engine.onboarding.model.Done;
import com.caio.engine.onboarding.model.Due;
import com.caio.engine.onboarding.model.ItemState;
import com.caio.engine.onboarding.model.OnboardingInput;
import com.caio.engine.onboarding.model.OnboardingInput.Event;
import com.caio.engine.onboarding.model.OnboardingInput.EventType;
import com.caio.engine.onboarding.model.PlanShape;
import com.caio.engine.onboarding.model.PlanTemplate;
import com.caio.engine.onboarding.model.PlannedMilestone;
import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.RuleSet;

/**
 * Dates the practice's template for the engagement, turns the engagement's events into
 * completions (aggregated here: one fact per item, not per event), and lets the
 * onboarding rules judge the plan and each item's state.
 */
public final class OnboardingAssessor {

	public static final String RULES_FOLDER = "onboarding";

	public OnboardingResult assess(RuleSet rules, OnboardingInput in) {
		PlanTemplate template = rules.data(PlanTemplate.class);
		List<PlannedMilestone> milestones = Planner.milestones(in, template);
		List<LocalDate> steering = Planner.steeringMeetings(in);
		List<Object> facts = new ArrayList<>(milestones);
		facts.add(shape(in, milestones, steering));
		facts.add(new AsOf(Planner.day(in.startDate(), in.asOf())));
		facts.addAll(criteria(in));
		milestones.forEach(m -> facts.add(new Due(m.subject(), "milestone", m.name(), m.dueDay(), "plan")));
		facts.addAll(completions(in, milestones));
		Conclusions conclusions = rules.evaluate(RULES_FOLDER, facts);
		Map<String, ItemState> states = new HashMap<>();
		conclusions.all(ItemState.class).forEach(s -> states.put(s.subject(), s));
		return OnboardingResults.of(in, milestones, steering, states, conclusions.findings());
	}

	private static PlanShape shape(OnboardingInput in, List<PlannedMilestone> milestones, List<LocalDate> steering) {
		List<Integer> empty = IntStream.rangeClosed(1, Planner.WEEKS)
			.filter(w -> milestones.stream().noneMatch(m -> m.week() == w))
			.boxed()
			.toList();
		List<PlanShape.DeliverableDue> deliverables = in.deliverables()
			.stream()
			.map(d -> new PlanShape.DeliverableDue(d,
					milestones.stream()
						.filter(m -> m.kind().equals("deliverable") && d.equals(m.deliverable()))
						.mapToInt(PlannedMilestone::dueDay)
						.max()
						.orElse(0)))
			.toList();
		return new PlanShape(empty, weeks(milestones, "introductions"), weeks(milestones, "access"), deliverables,
				steering.size(), in.cadenceWeeks());
	}

	private static List<Integer> weeks(List<PlannedMilestone> milestones, String kind) {
		return milestones.stream().filter(m -> m.kind().equals(kind)).map(PlannedMilestone::week).toList();
	}

	private static List<Object> criteria(OnboardingInput in) {
		List<Object> facts = new ArrayList<>();
		facts.add(new Criterion("introductions", "introductions", "All key stakeholder introductions", null));
		facts.add(new Criterion("access", "access", "Access to the required data and environment", null));
		facts.add(new Criterion("steering", "steering", "Steering committee established with a cadence", null));
		for (String d : in.deliverables()) {
			String subject = "deliverable: " + d;
			facts.add(new Criterion(subject, "deliverable", d + " accepted by the CDO and two executives", d));
			facts.add(new CompletesOnAcceptance(subject, d));
		}
		return facts;
	}

	/**
	 * One completion per item from the events; acceptances go to the rules as they are.
	 */
	private static List<Object> completions(OnboardingInput in, List<PlannedMilestone> milestones) {
		List<Object> facts = new ArrayList<>();
		Optional<Integer> introductions = first(in, EventType.INTRODUCTIONS_COMPLETE, null);
		Optional<Integer> steering = first(in, EventType.STEERING_ESTABLISHED, null);
		Optional<Integer> access = accessComplete(in);
		introductions.ifPresent(d -> facts.add(new Done("introductions", d)));
		steering.ifPresent(d -> facts.add(new Done("steering", d)));
		access.ifPresent(d -> facts.add(new Done("access", d)));
		for (PlannedMilestone m : milestones) {
			first(in, EventType.MILESTONE_DONE, m.name()).ifPresent(d -> facts.add(new Done(m.subject(), d)));
			Optional<Integer> byKind = switch (m.kind()) {
				case "introductions" -> introductions;
				case "steering" -> steering;
				case "access" -> access;
				default -> Optional.empty();
			};
			byKind.ifPresent(d -> facts.add(new Done(m.subject(), d)));
			if (m.kind().equals("deliverable")) {
				facts.add(new CompletesOnAcceptance(m.subject(), m.deliverable()));
			}
		}
		for (Event e : in.events()) {
			if (e.type() == EventType.DELIVERABLE_ACCEPTED) {
				boolean executive = in.stakeholders()
					.stream()
					.anyMatch(s -> s.executive() && s.role().equalsIgnoreCase(e.by()));
				String role = e.by().equalsIgnoreCase("CDO") ? "CDO" : e.by();
				facts.add(new Acceptance(e.subject(), role, executive, Planner.day(in.startDate(), e.date())));
			}
		}
		return facts;
	}

	private static Optional<Integer> first(OnboardingInput in, EventType type, String subject) {
		return in.events()
			.stream()
			.filter(e -> e.type() == type && (subject == null || subject.equalsIgnoreCase(e.subject())))
			.map(e -> Planner.day(in.startDate(), e.date()))
			.min(Integer::compare);
	}

	/**
	 * The day the last required system was granted, once all are; any grant if none
	 * listed.
	 */
	private static Optional<Integer> accessComplete(OnboardingInput in) {
		if (in.access().isEmpty()) {
			return first(in, EventType.ACCESS_GRANTED, null);
		}
		int last = 0;
		for (String system : in.access()) {
			Optional<Integer> granted = first(in, EventType.ACCESS_GRANTED, system);
			if (granted.isEmpty()) {
				return Optional.empty();
			}
			last = Math.max(last, granted.get());
		}
		return Optional.of(last);
	}

	static long daysBetween(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

}
