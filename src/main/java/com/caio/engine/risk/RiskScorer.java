package com.caio.engine.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.Policy;
import com.caio.engine.rules.RuleSet;

/**
 * Lets the risk rules derive risks from an assessment, band the heatmap cells and raise
 * the escalation, quality and roadmap findings over the register.
 */
final class RiskScorer {

	static final String RULES_FOLDER = "risk";

	/** Risks a session sees at most when the rules decide each risk on its own. */
	static final int BATCH = 8192;

	private final int batch;

	RiskScorer() {
		this(BATCH);
	}

	/**
	 * @param batch the risks a session sees at most when the rules allow batches
	 */
	RiskScorer(int batch) {
		this.batch = batch;
	}

	/**
	 * The facts every risk may be judged against: the same in every batch of the
	 * register.
	 */
	static final Set<Class<?>> SHARED = Set.of(CellBand.class, DuplicateTitle.class, Policy.class, HeatCell.class,
			BandCandidate.class, AssessedDimension.class);

	/**
	 * What the rules decided: every risk (imported and derived), each cell's band, the
	 * findings, and each risk's action priority and roadmap gaps by risk id.
	 */
	record Outcome(List<Risk> risks, Map<Integer, CellBand> bands, List<Finding> findings, List<String> notes,
			Map<String, ActionPriority> priorities, Map<String, List<String>> gaps) {

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
		List<Object> shared = new ArrayList<>(cells.bands());
		shared.addAll(duplicateTitles(risks));
		Map<Integer, CellBand> bands = new HashMap<>();
		cells.bands().forEach(b -> bands.put(Outcome.key(b.likelihood(), b.impact()), b));
		// by risk id (unique: the reader rejects a repeated id, a derived risk with a
		// taken
		// id is left out), whose hash the reader's duplicate check has cached
		Map<String, ActionPriority> priorities = new HashMap<>(risks.size() * 4 / 3 + 16);
		Map<String, List<String>> gaps = new HashMap<>(risks.size() / 2 + 16);
		Set<Finding> findings = new HashSet<>(cells.findings());
		for (Decided decided : rules.evaluateEach(RULES_FOLDER, batches(rules, shared, risks), Decided::of)) {
			decided.priorities().forEach(p -> priorities.put(p.risk().id(), p));
			decided.gaps().forEach(g -> gaps.put(g.risk().id(), g.missing()));
			findings.addAll(decided.findings());
		}
		return new Outcome(risks, bands, findings.stream().sorted(Finding.ORDER).toList(), notes, priorities, gaps);
	}

	/**
	 * The facts of each session: the register in batches (of {@value #BATCH} risks by
	 * default) when the rules decide each risk on its own (each batch with every
	 * cross-register fact: the cells' bands, the duplicate titles), else the whole
	 * register in one session. Batches bound a session's memory and run on every core. A
	 * batch is at least as large as the cross-register facts, so repeating them costs at
	 * most as much as the risks.
	 */
	List<List<Object>> batches(RuleSet rules, List<Object> shared, List<Risk> risks) {
		int size = rules.rowsIndependent(RULES_FOLDER, SHARED) ? Math.max(batch, shared.size()) : risks.size();
		List<List<Object>> batches = new ArrayList<>();
		int from = 0;
		do {
			int to = (int) Math.min(risks.size(), (long) from + Math.max(size, 1));
			List<Object> facts = new ArrayList<>(shared.size() + to - from);
			facts.addAll(shared);
			facts.addAll(risks.subList(from, to));
			batches.add(facts);
			from = to;
		}
		while (from < risks.size());
		return batches;
	}

	/** What a session decided that the report needs; its working memory is dropped. */
	private record Decided(List<ActionPriority> priorities, List<RoadmapGap> gaps, List<Finding> findings) {

		static Decided of(Conclusions conclusions) {
			return new Decided(conclusions.all(ActionPriority.class), conclusions.all(RoadmapGap.class),
					conclusions.all(Finding.class));
		}
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
	 * Titles shared by more than one risk, found with a map so the check stays linear:
	 * each normalised title maps to its first risk, then to the list of its risks once a
	 * second one comes (most titles are unique, and a list each cost ~60 bytes and a
	 * copy).
	 */
	static List<DuplicateTitle> duplicateTitles(List<Risk> risks) {
		Map<TitleKey, Object> byTitle = new HashMap<>(Math.max(16, risks.size() * 4 / 3 + 1));
		List<List<Risk>> shared = new ArrayList<>();
		for (Risk risk : risks) {
			TitleKey key = new TitleKey(risk.title());
			Object seen = byTitle.putIfAbsent(key, risk);
			if (seen instanceof Risk first) {
				List<Risk> same = new ArrayList<>(2);
				same.add(first);
				same.add(risk);
				byTitle.put(key, same);
				shared.add(same);
			}
			else if (seen != null) {
				@SuppressWarnings("unchecked")
				List<Risk> same = (List<Risk>) seen;
				same.add(risk);
			}
		}
		List<DuplicateTitle> duplicates = new ArrayList<>(shared.size());
		for (List<Risk> same : shared) {
			duplicates.add(new DuplicateTitle(same.get(0).title(), same.stream().map(Risk::id).toList()));
		}
		return duplicates;
	}

	/**
	 * A title compared and hashed ignoring case and runs of white space (lower case, runs
	 * of white space as one space, none at either end), without building the normalised
	 * text.
	 */
	private static final class TitleKey {

		private final String title;

		private final int hash;

		TitleKey(String title) {
			this.title = title;
			int h = 0;
			int n = next(title, 0);
			while (n < title.length()) {
				h = 31 * h + at(title, n);
				n = next(title, n + 1);
			}
			this.hash = h;
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof TitleKey key) || key.hash != hash) {
				return false;
			}
			String a = title;
			String b = key.title;
			int i = next(a, 0);
			int j = next(b, 0);
			while (i < a.length() && j < b.length()) {
				if (at(a, i) != at(b, j)) {
					return false;
				}
				i = next(a, i + 1);
				j = next(b, j + 1);
			}
			return i >= a.length() && j >= b.length();
		}

		/**
		 * The character of the normalised title at a position {@link #next} gave: a space
		 * for a run of white space between words, else the lower case character.
		 */
		private static char at(String s, int n) {
			char c = s.charAt(n);
			return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
		}

		/**
		 * The position of the next character of the normalised title from {@code n}: a
		 * run of white space counts once (at its last character) when a word follows and
		 * one came before, else not at all; the length when none is left.
		 */
		private static int next(String s, int n) {
			while (n < s.length() && Character.isWhitespace(s.charAt(n))) {
				int end = n;
				while (end + 1 < s.length() && Character.isWhitespace(s.charAt(end + 1))) {
					end++;
				}
				if (n > 0 && end + 1 < s.length()) {
					return end;
				}
				n = end + 1;
			}
			return n;
		}

	}

}
