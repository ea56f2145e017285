package com.caio.engine.businesscase;

import java.util.List;

import com.caio.engine.rules.Finding;

/**
 * A business case evaluated: the three projections, the sensitivity of the expected one,
 * the assumptions register, what the rules found and whether the case can go to the
 * board. It carries its input so that the deck and the summary can be regenerated from
 * the stored result.
 *
 * @param breakEvenUplift the uplift that pays the expected scenario back in exactly 12
 * months; null if none can
 */
public record BusinessCaseReport(String name, String organisation, String currency, int horizonMonths,
		double discountRate, List<ScenarioResult> scenarios, Sensitivity sensitivity, BreakEven breakEvenUplift,
		List<Assumption> assumptions, List<CaseFinding> findings, boolean boardReady, BusinessCase input) {

	public ScenarioResult scenario(String scenarioName) {
		return scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst().orElseThrow();
	}

	public List<CaseFinding> blocking() {
		return findings.stream().filter(CaseFinding::blocking).toList();
	}

	/** A rule's finding; critical ones block the case. */
	public record CaseFinding(String ruleId, String severity, boolean blocking, String scenario, String subject,
			String message, List<String> evidence) {

		static CaseFinding of(Finding f) {
			return new CaseFinding(f.ruleId(), f.severity().label(), f.critical(), f.segment(), f.subject(),
					f.message(), f.evidence());
		}
	}
}
