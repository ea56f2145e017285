package com.caio.engine.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;

/**
 * Lets the risk rules derive risks from an assessment, band the heatmap cells and raise
 * the escalation, quality and roadmap findings over the register.
 */
final class RiskScorer {

	static final String RULES_FOLDER = "risk";

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

	/**
	 * Derives risks from the assessment first; only derived risks whose id the register
	 * does not use go on, with the register, into the session that bands, escalates and
	 * checks the roadmap (a clashing one must not raise findings beside the register's
	 * entry).
	 */
	Outcome score(RuleSet rules, List<Risk> register, List<AssessedDimension> assessment) {
		List<Risk> risks = new ArrayList<>(register);
		List<String> notes = new ArrayList<>();
		if (!assessment.isEmpty()) {
			addDerived(rules.evaluate(RULES_FOLDER, assessment).all(Risk.class), risks, notes);
		}
		CellBands cells = cellBands(rules);
		List<Object> facts = new ArrayList<>(cells.bands());
		facts.addAll(risks);
		facts.addAll(duplicateTitles(risks));
		Conclusions conclusions = rules.evaluate(RULES_FOLDER, facts);
		Map<Integer, CellBand> bands = new HashMap<>();
		cells.bands().forEach(b -> bands.put(Outcome.key(b.likelihood(), b.impact()), b));
		// By identity: the conclusions hold the very risks inserted, and a record's own
		// hashCode over its 17 components cost a tenth of a 50-row upload's time
		Map<Risk, ActionPriority> priorities = new IdentityHashMap<>();
		conclusions.all(ActionPriority.class).forEach(p -> priorities.put(p.risk(), p));
		Map<Risk, List<String>> gaps = new IdentityHashMap<>();
		conclusions.all(RoadmapGap.class).forEach(g -> gaps.put(g.risk(), g.missing()));
		Set<Finding> findings = new HashSet<>(conclusions.findings());
		findings.addAll(cells.findings());
		return new Outcome(risks, bands, findings.stream().sorted(Finding.ORDER).toList(), notes, priorities, gaps);
	}

	/**
	 * Each heatmap cell's band and the findings the cells raise, as the rules decide
	 * them.
	 */
	record CellBands(List<CellBand> bands, List<Finding> findings) {
	}

	/**
	 * The 25 cells banded by the rules once per rule set, not once per request: the bands
	 * depend on the rules alone (the cells are the same in every request), and a
	 * 1,000-row band table costs thousands of candidates per evaluation. A rule edit
	 * publishes a new rule set, so the next request bands the cells again under the
	 * edited rules. The request's session is given the cells' {@link CellBand}s (rules
	 * over risks join on them), not the cells. The cells' findings are those the cells
	 * add to a session with no facts, so a rule that fires on nothing still fires (once)
	 * in the request's own session.
	 */
	static CellBands cellBands(RuleSet rules) {
		return rules.derived("risk.cell-bands", CellBands.class, () -> {
			List<Object> cells = new ArrayList<>(25);
			for (int l = 1; l <= 5; l++) {
				for (int i = 1; i <= 5; i++) {
					cells.add(new HeatCell(l, i));
				}
			}
			Conclusions banded = rules.evaluate(RULES_FOLDER, cells);
			Set<Finding> withoutCells = new HashSet<>(rules.evaluate(RULES_FOLDER, List.of()).findings());
			return new CellBands(banded.all(CellBand.class),
					banded.findings().stream().filter(f -> !withoutCells.contains(f)).toList());
		});
	}

	private static void addDerived(Collection<Risk> derivedRisks, List<Risk> risks, List<String> notes) {
		Set<String> ids = new HashSet<>();
		risks.forEach(r -> ids.add(r.id()));
		List<Risk> derived = new ArrayList<>(derivedRisks);
		derived.sort(Comparator.comparing(Risk::id).thenComparing(Risk::derivedBy));
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

}
