package com.caio.engine.pilot;

import com.caio.engine.rules.Policies;
import com.caio.engine.rules.Precision;
import com.caio.engine.rules.RuleSet;

/**
 * The pilot policy values Java needs (a plan's default alpha and power, the sample-ratio
 * thresholds and the steering window the documents quote), read from
 * {@code rules/pilot/policy.drl.csv} of the rule set in use: the rules read the same
 * rows.
 */
public record PilotPolicy(double alpha, double power, double srmInvestigate, double srmWarning, int steeringDays) {

	static PilotPolicy of(RuleSet rules) {
		Policies p = Policies.of(rules, PilotRules.RULES_FOLDER);
		return new PilotPolicy(p.value("default-alpha"), p.value("default-power"), p.value("srm-investigate"),
				p.value("srm-warning"), (int) p.value("steering-days"));
	}

	String srmInvestigateText() {
		return Precision.text(srmInvestigate);
	}

	String srmWarningText() {
		return Precision.text(srmWarning);
	}

}
