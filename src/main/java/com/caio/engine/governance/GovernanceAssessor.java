package com.caio.engine.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.caio.engine.governance.model.Criterion;
import com.caio.engine.governance.model.Improved;
import com.caio.engine.governance.model.IncidentFact;
import com.caio.engine.governance.model.IncidentRecord;
import com.caio.engine.governance.model.KpiReview;
import com.caio.engine.governance.model.KpiSeries;
import com.caio.engine.governance.model.PackFacts;
import com.caio.engine.governance.model.PackInput;
import com.caio.engine.governance.model.Quarter;
import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.Policies;
import com.caio.engine.rules.RuleSet;

/**
 * Builds the pack: the figures in Java (KPI statistics, risk changes, adoption shares,
 * report clocks), the judgements by {@code rules/governance/} (improved, late, gaps, the
 * four criteria), then the RAG status of each section from both.
 */
final class GovernanceAssessor {

	static final List<String> CRITERIA = List.of(
			"Quarterly governance pack and review meeting are established, including KPI trends, risk register, and roadmap updates.",
			"A documented AI governance framework (roles, escalation paths, data/privacy checks) is implemented and adopted by relevant teams.",
			"At least one KPI (e.g., marketing-attributed revenue or CPA) shows measurable improvement compared to baseline at the 6- and 12-month reviews.",
			"No major compliance or model-failure incidents are recorded during the review period.");

	static final String KIND = "governance";

	GovernanceReport assess(PackInput in, RuleSet rules) {
		Policies policy = Policies.of(rules, KIND);
		Quarter q = in.quarter();
		List<Object> facts = new ArrayList<>();
		List<KpiAnalysis.Analysed> kpis = new ArrayList<>();
		for (KpiSeries s : in.kpis()) {
			KpiAnalysis.Analysed a = KpiAnalysis.analyse(s, in.asOf(), (int) policy.value("kpi-review-window-months"));
			kpis.add(a);
			facts.addAll(a.facts());
		}
		GovernanceReport.RiskChanges risk = RiskComparison.compare(in.risk(), q);
		facts.addAll(RiskComparison.newRisks(risk));
		facts.addAll(RiskComparison.raised(risk));
		List<GovernanceReport.RoadmapItem> roadmap = new ArrayList<>(RiskComparison.actions(in.risk(), q, in.asOf()));
		roadmap.addAll(Milestones.of(in, q));
		roadmap.forEach(r -> facts.add(new PackFacts.RoadmapFact(r.kind(), r.name(), r.status())));
		facts.addAll(Adoption.facts(in.framework(), q, in.asOf()));
		List<GovernanceReport.IncidentLine> incidents = in.incidents()
			.stream()
			.sorted(Comparator.comparing(IncidentRecord::occurred).thenComparing(IncidentRecord::id))
			.map(i -> incident(i, q, in.asOf(), policy))
			.toList();
		incidents
			.forEach(i -> facts.add(new IncidentFact(i.id(), i.kind(), i.severity(), i.inPeriod(), i.seriousIncident(),
					i.daysToReport() == null ? 0 : i.daysToReport(), i.regulatorNotifiedOn() != null)));
		GovernanceReport.Meeting meeting = Milestones.meeting(in.engagement(), q, in.asOf());
		facts.add(new PackFacts.PackContents(in.kpis().size(), risk.thisQuarter() != null, risk.lastQuarter() != null,
				roadmap.size(), meeting != null, in.engagement() != null));

		Conclusions c = rules.evaluate(KIND, facts);
		Set<String> improved = c.all(Improved.class)
			.stream()
			.map(i -> i.kpi() + "@" + i.month())
			.collect(Collectors.toSet());
		List<GovernanceReport.Kpi> kpiResults = kpis.stream().map(a -> judged(a.kpi(), improved, policy)).toList();
		List<GovernanceReport.CriterionResult> criteria = criteria(c);
		List<Finding> findings = c.findings();
		List<GovernanceReport.Section> sections = Status.sections(criteria, kpiResults, risk, roadmap, incidents,
				findings);
		return new GovernanceReport(
				in.engagement() == null ? null
						: new GovernanceReport.Engagement(in.engagement().id(), in.engagement().client(),
								in.engagement().title()),
				q.toString(), q.first(), q.last(), in.asOf(), Status.overall(sections), criteria, sections, kpiResults,
				risk, roadmap, Adoption.of(in.framework(), q, in.asOf()),
				new GovernanceReport.Incidents(incidents.size(),
						(int) incidents.stream().filter(GovernanceReport.IncidentLine::inPeriod).count(),
						(int) incidents.stream().filter(i -> i.inPeriod() && !i.severity().equals("minor")).count(),
						incidents),
				meeting, Status.decisionsNeeded(findings, criteria),
				in.inputs().stream().map(s -> new GovernanceReport.Stamp(s.role(), s.name(), s.sha256())).toList(),
				policy.all()
					.values()
					.stream()
					.map(p -> new GovernanceReport.PolicyValue(p.name(), p.value(), p.rule()))
					.toList(),
				findings);
	}

	private static GovernanceReport.Kpi judged(GovernanceReport.Kpi k, Set<String> improved, Policies policy) {
		List<GovernanceReport.Review> reviews = k.reviews()
			.stream()
			.map(r -> KpiAnalysis.judged(r, improved.contains(k.name() + "@" + r.month()),
					policy.value("kpi-significance"), policy.value("kpi-monthly-sd-multiple")))
			.toList();
		return new GovernanceReport.Kpi(k.name(), k.unit(), k.higherIsBetter(), k.target(), k.cadence(),
				k.baselineFrom(), k.baselineTo(), k.baselinePoints(), k.baselineMean(), k.baselineSd(), k.goLive(),
				k.points(), reviews);
	}

	/** One verdict per criterion; the rules give exactly one each. */
	private static List<GovernanceReport.CriterionResult> criteria(Conclusions c) {
		Map<Integer, List<Criterion>> byNumber = c.all(Criterion.class)
			.stream()
			.collect(Collectors.groupingBy(Criterion::number));
		List<GovernanceReport.CriterionResult> out = new ArrayList<>();
		for (int n = 1; n <= CRITERIA.size(); n++) {
			List<Criterion> verdicts = byNumber.getOrDefault(n, List.of());
			if (verdicts.size() != 1) {
				throw new IllegalStateException("rules/governance gave " + verdicts.size() + " verdicts on criterion "
						+ n + " instead of one: " + verdicts);
			}
			Criterion v = verdicts.get(0);
			out.add(new GovernanceReport.CriterionResult(n, CRITERIA.get(n - 1), v.state(), v.reason(), v.rule()));
		}
		return out;
	}

	private static GovernanceReport.IncidentLine incident(IncidentRecord i, Quarter q, LocalDate asOf,
			Policies policy) {
		Integer limit = switch (i.seriousIncident()) {
			case "general" -> (int) policy.value("art73-general-days");
			case "death" -> (int) policy.value("art73-death-days");
			case "widespread" -> (int) policy.value("art73-widespread-days");
			default -> null;
		};
		Long days = limit == null ? null : ChronoUnit.DAYS.between(i.detected(),
				i.regulatorNotifiedOn() == null ? asOf : i.regulatorNotifiedOn());
		return new GovernanceReport.IncidentLine(i.id(), i.occurred(), i.detected(), i.aiSystem(), i.kind(),
				i.severity(), i.status(), i.rootCause(), q.contains(i.occurred()), i.seriousIncident(), limit, days,
				i.regulatorNotifiedOn(), limit != null && days > limit);
	}

}
