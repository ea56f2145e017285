package com.caio.engine.engagement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RulesUnavailableException;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules of {@code rules/acceptance/} over an engagement's records as of a day,
 * and turns what they derived into a state per criterion.
 */
public final class AcceptanceRules {

	public static final String RULES_FOLDER = "acceptance";

	private static final int MAX_FIRINGS = 100_000;

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
		KieSession session = rules.newSession(RULES_FOLDER);
		List<Object> derived;
		Map<String, AcceptanceRule> catalogue;
		try {
			session.insert(new AsOf(day, records.engagement().start()));
			records.asOf(day).forEach(session::insert);
			contents.stream().filter(c -> !c.artefact().date().isAfter(day)).forEach(session::insert);
			if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
				throw new RulesUnavailableException("the acceptance rules did not settle after " + MAX_FIRINGS
						+ " firings; a rule probably re-triggers itself", List.of());
			}
			derived = new ArrayList<>(session.getObjects());
			catalogue = catalogue(session.getKieBase());
		}
		finally {
			session.dispose();
		}
		Map<String, Satisfied> met = new HashMap<>();
		Map<String, Deadline> due = new HashMap<>();
		Map<String, Breached> breached = new HashMap<>();
		for (Object fact : derived) {
			if (fact instanceof Satisfied s) {
				met.merge(s.criterionId(), s, (a, b) -> b.on().isBefore(a.on()) ? b : a);
			}
			else if (fact instanceof Deadline d) {
				due.merge(d.criterionId(), d, (a, b) -> b.due().isBefore(a.due()) ? b : a);
			}
			else if (fact instanceof Breached b) {
				breached.merge(b.criterionId(), b, (x, y) -> y.on().isBefore(x.on()) ? y : x);
			}
		}
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
		KieSession session = rules.newSession(RULES_FOLDER);
		try {
			return catalogue(session.getKieBase());
		}
		finally {
			session.dispose();
		}
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

	private static Map<String, AcceptanceRule> catalogue(KieBase base) {
		Map<String, AcceptanceRule> rules = new HashMap<>();
		Optional.ofNullable(base.getKiePackage(RULES_FOLDER)).ifPresent(pkg -> {
			for (Rule rule : pkg.getRules()) {
				String id = Finding.ruleId(rule);
				if (id.startsWith("AC-")) {
					Object needs = rule.getMetaData().get("needs");
					rules.put(id, new AcceptanceRule(id, rule.getName(), needs == null ? "" : needs.toString()));
				}
			}
		});
		return rules;
	}

}
