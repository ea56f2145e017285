package com.caio.engine.economics;

import java.util.List;

import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.economics.model.FeeModel;
import com.caio.engine.economics.model.Figure;
import com.caio.engine.rules.Finding;

/**
 * An engagement's economics assessed: the cost comparison, time to value, avoided waste,
 * sensitivity, break-even fee, the assumptions register, the rules' findings and the
 * proposal's dated terms. It carries its input so the documents can be regenerated from
 * the stored result.
 *
 * @param savingYear1Pct the year-1 saving in percent (also in {@code comparison}), on top
 * for the engagement's acceptance rules
 * @param timeToValueMonths months from signature to the fractional officer's first
 * measurable KPI improvement
 * @param meetsSavingTarget no saving is below its target
 * @param proposalComplete the proposal has scope, hours, SLAs and deliverables
 * @param readyForSignature complete and without a blocking finding
 */
public record EconomicsResult(String name, String client, String currency, FeeModel feeModel, double savingYear1Pct,
		double savingThreeYearPct, double timeToValueMonths, CostComparison comparison, TimeToValue timeToValue,
		AvoidedWaste avoidedWaste, List<SavingSensitivity.Row> sensitivity, BreakEven breakEven,
		List<Figure> assumptions, List<EconomicsFinding> findings, boolean meetsSavingTarget, boolean proposalComplete,
		boolean readyForSignature, ProposalTerms proposal, EngagementEconomics input) {

	public List<EconomicsFinding> blocking() {
		return findings.stream().filter(EconomicsFinding::blocking).toList();
	}

	/** A rule's finding; critical ones block the proposal. */
	public record EconomicsFinding(String ruleId, String severity, boolean blocking, String area, String subject,
			String message, List<String> evidence) {

		static EconomicsFinding of(Finding f) {
			return new EconomicsFinding(f.ruleId(), f.severity().label(), f.critical(), f.segment(), f.subject(),
					f.message(), f.evidence());
		}
	}

}
