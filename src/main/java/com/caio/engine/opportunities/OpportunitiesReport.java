package com.caio.engine.opportunities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.caio.engine.opportunities.model.Coaching;
import com.caio.engine.opportunities.model.Estimate;
import com.caio.engine.opportunities.model.MvpScope;
import com.caio.engine.rules.Finding;

/**
 * The result of an opportunities run: the ranked backlog with its go/no-go decisions, the
 * time-to-MVP comparison with its resource and coaching plans (either may be absent), the
 * findings and the policy values used. The run (id, time, rule version, input) is kept
 * beside it, not in it.
 */
public record OpportunitiesReport(Backlog backlog, MvpPlan mvpPlan, List<Finding> findings, List<Policy> policy) {

	/** The ranked backlog. */
	public record Backlog(String name, int size, int sizeMin, int sizeMax, boolean sizeWithinPolicy, String method,
			String methodRule, String formula, String tieBreak, double targetUpliftLowPercent,
			double targetUpliftHighPercent, List<Ranked> ranked, List<GoNoGo> goNoGo) {
	}

	/** A use case with its rank, score and the workshop's estimates and risk notes. */
	public record Ranked(int rank, String id, String title, String description, String targetKpi,
			Estimate upliftPercent, double expectedUpliftPercent, double reach, double impact, double confidencePercent,
			Estimate effortWeeks, double expectedEffortWeeks, double score, Map<String, Double> scoreParts,
			String riskLevel, String riskNotes, String mitigation, Integer dataReadiness, List<String> dependencies,
			String owner) {
	}

	/**
	 * The decision on a top use case; {@code mvpScope} is recorded for GO and
	 * GO_WITH_CONDITIONS, null for NO_GO.
	 */
	public record GoNoGo(String opportunityId, String title, int rank, String decision, List<String> conditions,
			List<String> reasonsAgainst, List<RuleFired> firedRules, MvpScope mvpScope) {
	}

	/** A rule behind a decision, with the outcome it supported and why. */
	public record RuleFired(String ruleId, String outcome, String reason) {
	}

	/** Time to MVP for both delivery modes, with the resource and coaching plans. */
	public record MvpPlan(String name, String opportunityId, LocalDate pilotStart, String distribution, int draws,
			long seed, int taskCount, double targetMonths, LocalDate targetDate, int targetWorkingDays,
			List<Mode> modes, Reduction reduction, List<CriticalTask> criticalTasks, ResourcePlan resourcePlan,
			List<Raci> raci, CoachingPlan coaching, List<String> acceptanceCriteria) {
	}

	/**
	 * One delivery mode's simulated time to MVP in working days from the pilot start.
	 *
	 * @param percentiles P5, P10, ... P95 in working days
	 */
	public record Mode(String mode, String label, double meanDays, double p50Days, double p80Days, LocalDate p50Date,
			LocalDate p80Date, double probabilityWithinTarget, List<Double> percentiles) {
	}

	/** How much sooner the assisted mode finishes, in working days and percent. */
	public record Reduction(double p50Days, double p50Percent, double p80Days, double p80Percent) {
	}

	/** A task and the share of draws in which it was on the critical path. */
	public record CriticalTask(String taskId, String name, double internalShare, double assistedShare) {
	}

	/**
	 * Hours per person and week of the assisted plan (PERT-mean durations, earliest
	 * start).
	 */
	public record ResourcePlan(String mode, List<PersonLoad> people, List<Week> weeks) {
	}

	public record PersonLoad(String name, String role, String kind, double capacityHoursPerWeek, double totalHours,
			double peakUtilisation) {
	}

	public record Week(int week, LocalDate weekStart, Map<String, Double> hours, double fractionalHours) {
	}

	/** RACI of one task. */
	public record Raci(String taskId, String name, List<String> responsible, List<String> accountable,
			List<String> consulted, List<String> informed) {
	}

	public record CoachingPlan(List<Coaching> entries, double totalHours, int people, double averagePairingShare) {
	}

	/** A policy value that was used, with its source. */
	public record Policy(String key, double value, String source, String ruleId) {
	}

}
