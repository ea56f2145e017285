package com.caio.engine.governance;

import java.time.LocalDate;
import java.util.List;

import com.caio.engine.rules.Finding;

/**
 * The quarterly governance pack: the four criteria of the CMO's story with the rules'
 * verdicts, a RAG status per section, KPI trends against baseline, what changed in the
 * risk register, roadmap updates, framework adoption, incidents, the review meeting, the
 * decisions needed, the SHA-256 of every input and the policy values used.
 */
public record GovernanceReport(Engagement engagement, String quarter, LocalDate periodStart, LocalDate periodEnd,
		LocalDate asOf, String overall, List<CriterionResult> criteria, List<Section> sections, List<Kpi> kpis,
		RiskChanges risk, List<RoadmapItem> roadmap, FrameworkAdoption framework, Incidents incidents, Meeting meeting,
		List<String> decisionsNeeded, List<Stamp> inputs, List<PolicyValue> policy, List<Finding> findings) {

	/** The engagement the pack is for, or null. */
	public record Engagement(long id, String client, String title) {
	}

	/** A criterion of the story, in its words, and the rules' verdict. */
	public record CriterionResult(int number, String criterion, String state, String reason, String rule) {
	}

	/** A section's RAG status (GREEN, AMBER, RED) and its one-line headline. */
	public record Section(String section, String rag, String headline) {
	}

	/** A KPI's trend and its two reviews. */
	public record Kpi(String name, String unit, boolean higherIsBetter, Double target, String cadence,
			LocalDate baselineFrom, LocalDate baselineTo, int baselinePoints, double baselineMean, double baselineSd,
			LocalDate goLive, List<Point> points, List<Review> reviews) {
	}

	public record Point(LocalDate date, double value, boolean baseline) {
	}

	/**
	 * A review 6 or 12 months after go-live, comparing the window up to it with the
	 * baseline.
	 *
	 * @param state IMPROVED, NOT_IMPROVED, NOT_DUE (the day has not come), NO_DATA
	 * @param change window mean - baseline mean, in the KPI's unit (percentage points
	 * when the unit is %)
	 * @param changePercent change / |baseline mean| x 100
	 * @param pValue Welch's two-sided p (daily or weekly data), null for monthly
	 * @param changeInSds |change| / baseline standard deviation (monthly data), else null
	 */
	public record Review(int month, LocalDate day, String state, LocalDate windowFrom, LocalDate windowTo, int points,
			Double mean, Double change, Double changePercent, Double t, Double df, Double pValue, Double changeInSds,
			String confidence) {
	}

	/** What changed in the risk register between last quarter's run and this one's. */
	public record RiskChanges(RunRef thisQuarter, RunRef lastQuarter, List<RiskLine> added, List<RiskLine> closed,
			List<Rerated> rerated, List<OwnerChange> ownerChanges, List<Totals> trend, List<HeatCell> before,
			List<HeatCell> after) {
	}

	public record RunRef(String quarter, long runId, String input, String sha256, int risks) {
	}

	public record RiskLine(String id, String title, String owner, int score, String band) {
	}

	public record Rerated(String id, String title, int scoreBefore, int scoreAfter, String bandBefore,
			String bandAfter) {
	}

	public record OwnerChange(String id, String title, String ownerBefore, String ownerAfter) {
	}

	/** Total inherent and mitigated score of a quarter's register. */
	public record Totals(String quarter, long inherent, long mitigated) {
	}

	public record HeatCell(int likelihood, int impact, int count, String colour) {
	}

	/**
	 * A remediation action or a milestone.
	 *
	 * @param status done, late or open
	 */
	public record RoadmapItem(String kind, String name, String owner, LocalDate due, String status, String detail) {
	}

	public record FrameworkAdoption(String name, List<Role> roles, List<Escalation> escalations, List<Check> checks,
			List<TeamShare> teams, List<ControlShare> controls) {
	}

	public record Role(String title, String holder, List<String> controls) {
	}

	public record Escalation(String trigger, List<String> steps, boolean endsWithExecutive) {
	}

	public record Check(String title, String area, LocalDate lastEvidenced, boolean evidencedInQuarter) {
	}

	/**
	 * A team's adoption: adopted on, and the share of the framework's controls it runs.
	 */
	public record TeamShare(String team, boolean relevant, LocalDate adoptedOn, String evidence, double sharePercent) {
	}

	/** A control id and the share of relevant teams that adopted it. */
	public record ControlShare(String control, int teams, int adopted, double sharePercent) {
	}

	public record Incidents(int total, int inPeriod, int majorInPeriod, List<IncidentLine> register) {
	}

	/**
	 * An incident with its Article 73 reporting: the limit in days and the days taken,
	 * null when it is not a serious incident.
	 */
	public record IncidentLine(String id, LocalDate occurred, LocalDate detected, String aiSystem, String kind,
			String severity, String status, String rootCause, boolean inPeriod, String seriousIncident,
			Integer reportLimitDays, Long daysToReport, LocalDate regulatorNotifiedOn, boolean late) {
	}

	/** The quarterly review meeting, and the decisions taken in the quarter. */
	public record Meeting(LocalDate date, List<String> attendees, String minutes, List<DecisionLine> decisions) {
	}

	public record DecisionLine(LocalDate date, String decision, String outcome, List<String> decidedBy) {
	}

	/** An input and its SHA-256. */
	public record Stamp(String role, String name, String sha256) {
	}

	public record PolicyValue(String name, double value, String rule) {
	}

}
