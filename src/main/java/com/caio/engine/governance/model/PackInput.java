package com.caio.engine.governance.model;

import java.time.LocalDate;
import java.util.List;

import com.caio.engine.engagement.EngagementTimeline;
import com.caio.engine.risk.RiskRankings;

/**
 * Everything the pack is built from, read and looked up once: the quarter and the day it
 * is as of, the KPI series, the incident register, the framework, the risk registers of
 * each quarter (this one and the last among them), the engagement (null without one),
 * milestones of the pack file, and the SHA-256 of each input.
 */
public record PackInput(Quarter quarter, LocalDate asOf, List<KpiSeries> kpis, List<IncidentRecord> incidents,
		Framework framework, List<QuarterRisk> risk, EngagementTimeline.Timeline engagement,
		List<PlannedMilestone> milestones, List<InputStamp> inputs) {

	public PackInput {
		kpis = List.copyOf(kpis);
		incidents = List.copyOf(incidents);
		risk = List.copyOf(risk);
		milestones = List.copyOf(milestones);
		inputs = List.copyOf(inputs);
	}

	/** A quarter's stored risk register. */
	public record QuarterRisk(Quarter quarter, RiskRankings.Ranking ranking) {
	}

}
