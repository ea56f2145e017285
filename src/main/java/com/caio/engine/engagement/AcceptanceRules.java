package com.caio.engine.engagement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.AsOf;
import com.caio.engine.engagement.model.Breached;
import com.caio.engine.engagement.model.Criterion;
import com.caio.engine.engagement.model.CriterionState;
import com.caio.engine.engagement.model.CriterionStatus;
import com.caio.engine.engagement.model.Deadline;
import com.caio.engine.engagement.model.EngagementRecords;
import com.caio.engine.engagement.model.Satisfied;
import com.caio.engine.engagement.model.Stories;
import com.caio.engine.engagement.model.Story;
import com.caio.engine.engagement.model.StoryStatus;
import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.RuleSet;

/**
 * Runs the rules of {@code rules/acceptance/} over an engagement's records as of a day,
 * and turns what they derived into a state per criterion.
 */
public final class AcceptanceRules {

	public static final String RULES_FOLDER = "acceptance";

	/**
	 * An acceptance rule as compiled: id, name (the criterion's words), what it needs.
	 */
	public record AcceptanceRule(String id, String name, String needs) {
	}

	private AcceptanceRules() {
	}

	/**
	 * Judges every story as of {@code day}; {@code contents} are the stored runs read.
	 */
	public static List<StoryStatus> judge(RuleSet rules, EngagementRecords records, LocalDate day,
			Collection<? extends ArtefactContent> contents) {
		List<Object> facts = new ArrayList<>();
		facts.add(new AsOf(day, records.engagement().start()));
		facts.addAll(records.asOf(day));
		contents.stream().filter(c -> !c.artefact().date().isAfter(day)).forEach(facts::add);
		Conclusions derived = rules.evaluate(RULES_FOLDER, facts);
		Map<String, AcceptanceRule> catalogue = rules(rules);
		// several sets of records may meet a criterion: the earliest counts
		Map<String, Satisfied> met = new HashMap<>();
		derived.all(Satisfied.class)
			.forEach(s -> met.merge(s.criterionId(), s, (a, b) -> b.on().isBefore(a.on()) ? b : a));
		Map<String, Deadline> due = new HashMap<>();
		derived.all(Deadline.class)
			.forEach(d -> due.merge(d.criterionId(), d, (a, b) -> b.due().isBefore(a.due()) ? b : a));
		Map<String, Breached> breached = new HashMap<>();
		derived.all(Breached.class)
			.forEach(b -> breached.merge(b.criterionId(), b, (x, y) -> y.on().isBefore(x.on()) ? y : x));
		List<StoryStatus> stories = new ArrayList<>();
		for (Story story : Stories.ALL) {
			boolean inScope = records.engagement().inScope(story.id());
			List<CriterionStatus> criteria = story.criteria()
				.stream()
				.map(c -> state(c, inScope, day, catalogue.get(c.id()), met.get(c.id()), due.get(c.id()),
						breached.get(c.id())))
				.toList();
			stories.add(new StoryStatus(story.id(), story.title(), story.persona(), story.stage(), inScope,
					inScope && criteria.stream().allMatch(c -> c.state().done()), criteria));
		}
		return stories;
	}

	/** The acceptance rules of a compiled rule set, by id. */
	public static Map<String, AcceptanceRule> rules(RuleSet rules) {
		Map<String, AcceptanceRule> catalogue = new HashMap<>();
		for (RuleSet.RuleInfo rule : rules.rules(RULES_FOLDER)) {
			if (rule.id().startsWith("AC-")) {
				Object needs = rule.metadata().get("needs");
				catalogue.put(rule.id(),
						new AcceptanceRule(rule.id(), rule.name(), needs == null ? "" : needs.toString()));
			}
		}
		return catalogue;
	}

	static CriterionStatus state(Criterion c, boolean inScope, LocalDate day, AcceptanceRule rule, Satisfied met,
			Deadline deadline, Breached breached) {
		String needs = rule == null ? "no acceptance rule checks this criterion" : rule.needs();
		LocalDate due = deadline == null ? null : deadline.due();
		String when = deadline == null ? null : deadline.description();
		if (!inScope) {
			return status(c, CriterionState.NOT_APPLICABLE, null, null, null, null, null, List.of(), needs,
					"The story is not in the engagement's scope.");
		}
		if (breached != null) {
			return status(c, CriterionState.MISSED, null, due, when, null, null, breached.evidence(), needs,
					"Cannot be met: " + breached.reason() + ".");
		}
		if (met != null) {
			if (due != null && met.on().isAfter(due)) {
				long late = ChronoUnit.DAYS.between(due, met.on());
				return status(c, CriterionState.MET_LATE, met.on(), due, when, null, late, met.evidence(), needs,
						"Met on " + met.on() + ", " + days(late) + " after it was due on " + due + ".");
			}
			Long early = due == null ? null : ChronoUnit.DAYS.between(met.on(), due);
			return status(c, CriterionState.MET, met.on(), due, when, early, null, met.evidence(), needs, "Met on "
					+ met.on() + (due == null ? "." : ", " + days(early) + " before it was due on " + due + "."));
		}
		if (due != null && day.isAfter(due)) {
			long late = ChronoUnit.DAYS.between(due, day);
			return status(c, CriterionState.MISSED, null, due, when, null, late, List.of(), needs,
					"Due on " + due + " and not met; " + days(late) + " overdue. Needs " + needs + ".");
		}
		return status(c, CriterionState.PENDING, null, due, when, null, null, List.of(), needs,
				(due == null ? "Not met yet" : "Not met yet, due on " + due) + ". Needs " + needs + ".");
	}

	private static CriterionStatus status(Criterion c, CriterionState state, LocalDate metOn, LocalDate due,
			String deadline, Long early, Long late, List<String> evidence, String needs, String note) {
		return new CriterionStatus(c.id(), c.storyId(), c.number(), c.words(), state, metOn, due, deadline, early, late,
				evidence, needs, note);
	}

	private static String days(long n) {
		return n == 1 ? "1 day" : n + " days";
	}

}
