package com.caio.engine.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RulesUnavailableException;
import org.kie.api.runtime.KieSession;

/**
 * Lets the risk rules derive risks from an assessment, band the heatmap cells and raise
 * the escalation, quality and roadmap findings over the register.
 */
final class RiskScorer {

	static final String RULES_FOLDER = "risk";

	/**
	 * A rule set that keeps firing past this is looping; the ranking is refused rather
	 * than hung.
	 */
	private static final int MAX_FIRINGS = 10_000_000;

	/**
	 * What the rules decided: every risk (imported and derived), each cell's band, the
	 * findings.
	 */
	record Outcome(List<Risk> risks, Map<Integer, CellBand> bands, List<Finding> findings, List<String> notes,
			Map<Risk, ActionPriority> priorities, Map<Risk, List<String>> gaps) {

		static int key(int likelihood, int impact) {
			return likelihood * 10 + impact;
		}

		CellBand band(int likelihood, int impact) {
			return bands.get(key(likelihood, impact));
		}
	}

	Outcome score(RuleSet rules, List<Risk> register, List<AssessedDimension> assessment) {
		KieSession session = rules.newSession(RULES_FOLDER);
		try {
			assessment.forEach(session::insert);
			fire(session);
			List<Risk> risks = new ArrayList<>(register);
			List<String> notes = new ArrayList<>();
			addDerived(session, risks, notes);
			for (int l = 1; l <= 5; l++) {
				for (int i = 1; i <= 5; i++) {
					session.insert(new HeatCell(l, i));
				}
			}
			register.forEach(session::insert);
			duplicateTitles(risks).forEach(session::insert);
			fire(session);
			Map<Integer, CellBand> bands = new HashMap<>();
			List<Finding> findings = new ArrayList<>();
			Map<Risk, ActionPriority> priorities = new HashMap<>();
			Map<Risk, List<String>> gaps = new HashMap<>();
			for (Object fact : session.getObjects(f -> f instanceof CellBand || f instanceof Finding
					|| f instanceof ActionPriority || f instanceof RoadmapGap)) {
				if (fact instanceof CellBand b) {
					bands.put(Outcome.key(b.likelihood(), b.impact()), b);
				}
				else if (fact instanceof ActionPriority p) {
					priorities.put(p.risk(), p);
				}
				else if (fact instanceof RoadmapGap g) {
					gaps.put(g.risk(), g.missing());
				}
				else {
					findings.add((Finding) fact);
				}
			}
			findings.sort(Comparator.comparingInt(RiskScorer::severityRank)
				.thenComparing(Finding::ruleId)
				.thenComparing(Finding::subject));
			return new Outcome(risks, bands, findings, notes, priorities, gaps);
		}
		finally {
			session.dispose();
		}
	}

	private static void addDerived(KieSession session, List<Risk> risks, List<String> notes) {
		Set<String> ids = new HashSet<>();
		risks.forEach(r -> ids.add(r.id()));
		List<Risk> derived = new ArrayList<>();
		session.getObjects(f -> f instanceof Risk).forEach(f -> derived.add((Risk) f));
		derived.sort(Comparator.comparing(Risk::id));
		for (Risk risk : derived) {
			if (ids.add(risk.id())) {
				risks.add(risk);
			}
			else {
				notes.add("risk " + risk.id() + " derived by " + risk.derivedBy()
						+ " is already in the register under that id; the register's entry is kept");
			}
		}
	}

	/**
	 * Titles shared by more than one risk, found with a map so the check stays linear.
	 */
	static List<DuplicateTitle> duplicateTitles(List<Risk> risks) {
		Map<String, List<String>> byTitle = new LinkedHashMap<>();
		Map<String, String> shownTitle = new HashMap<>();
		for (Risk risk : risks) {
			String key = normalise(risk.title());
			byTitle.computeIfAbsent(key, k -> new ArrayList<>(1)).add(risk.id());
			shownTitle.putIfAbsent(key, risk.title());
		}
		List<DuplicateTitle> duplicates = new ArrayList<>();
		byTitle.forEach((key, ids) -> {
			if (ids.size() > 1) {
				duplicates.add(new DuplicateTitle(shownTitle.get(key), ids));
			}
		});
		return duplicates;
	}

	/**
	 * Lower case with runs of white space as one space, without a regular expression per
	 * title.
	 */
	private static String normalise(String title) {
		StringBuilder key = new StringBuilder(title.length());
		boolean space = false;
		for (int n = 0; n < title.length(); n++) {
			char c = title.charAt(n);
			if (Character.isWhitespace(c)) {
				space = key.length() > 0;
			}
			else {
				if (space) {
					key.append(' ');
					space = false;
				}
				key.append(Character.toLowerCase(c));
			}
		}
		return key.toString();
	}

	private static void fire(KieSession session) {
		int fired = session.fireAllRules(MAX_FIRINGS);
		if (fired >= MAX_FIRINGS) {
			throw new RulesUnavailableException("the risk rules did not settle after " + MAX_FIRINGS
					+ " firings; a rule probably re-triggers itself", List.of());
		}
	}

	private static int severityRank(Finding f) {
		return switch (f.severity()) {
			case Finding.CRITICAL -> 0;
			case Finding.WARNING -> 1;
			default -> 2;
		};
	}

}
