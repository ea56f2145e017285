package com.caio.engine.upskilling;

import java.util.List;

import com.caio.engine.rules.Finding;
import com.caio.engine.upskilling.model.RejectedLine;

/**
 * The result of an upskilling assessment: the skills baseline, the curriculum and its
 * modules' results, the capability shift, the story's four criteria, the findings of
 * {@code rules/upskilling/} and the lines left out.
 */
public record UpskillingReport(String name, String organisation, String start, Curriculum curriculum, Baseline baseline,
		List<ModuleResult> modules, Shift shift, List<Criterion> criteria, List<Finding> findings, Rejected rejected,
		List<PolicyValue> policy) {

	/**
	 * The curriculum as the programme file gives it: its length in months, its modules
	 * and how many of their learning outcomes name a score to reach (measurable).
	 */
	public record Curriculum(int months, int modules, int measurableOutcomes) {
	}

	/** The skills baseline. */
	public record Baseline(long rows, int respondents, double shareAtTarget, List<SkillScore> skills,
			List<GroupScore> areas, List<GroupScore> roles, List<GroupScore> teams, List<String> notes) {
	}

	/**
	 * One skill for one role ({@code all} for the skill across its roles): people
	 * assessed, mean proficiency (0-4), the gap to target and the share at or above it.
	 */
	public record SkillScore(String skill, String area, String text, String role, Integer target, int assessed,
			double mean, double gap, int atTarget, double share, boolean critical) {
	}

	/**
	 * An area, role or team: answers at or above target over answers assessed (each
	 * person counts once per skill their role needs), and the mean gap.
	 */
	public record GroupScore(String group, int people, int answers, int atTarget, double share, Double meanGap) {
	}

	/** A module of the curriculum and its results (Kirkpatrick levels 1-3). */
	public record ModuleResult(String id, String title, List<String> audience, int month, double durationHours,
			List<String> skills, String outcome, Double outcomeScore, double scale, int audienceSize, int enrolled,
			int assessed, double completion, int pairs, double meanPre, double meanPost, Double meanGain,
			Double gainLow, Double gainHigh, Double gainT, Double gainP, int reached, double reachedShare, int rated,
			Double meanSatisfaction, Double satisfiedShare, Double meanAttendance, Double inHouseShareBefore,
			Double inHouseShareAfter, boolean deliveredAndAssessed) {
	}

	/**
	 * The capability shift: external AI hours against the baseline, and where they head.
	 */
	public record Shift(List<String> baselineMonths, double baselineExternalHours, List<ShiftMonth> months,
			String method, Double slope, Double slopeLow, Double slopeHigh, Double intercept, int trendMonths,
			int targetMonth, double target, Double projectedExternalHours, Double projectedReduction,
			Double projectionLow, Double projectionHigh, Double probability, Double latestReduction, String state,
			String stateRule) {
	}

	/**
	 * One month: external and in-house AI-related hours, the in-house share, and the
	 * reduction of external hours against the baseline (programme month 0 and below are
	 * before the start).
	 */
	public record ShiftMonth(String month, int programmeMonth, double externalHours, double inHouseHours,
			Double inHouseShare, double reduction, double otherHours, long rows) {
	}

	/**
	 * One acceptance criterion of the story, in its words, and whether this run meets it.
	 */
	public record Criterion(int number, String words, String state, String evidence) {
	}

	/** The lines of each file left out (the first 200 of each are listed). */
	public record Rejected(long survey, long results, long taskLog, List<RejectedLine> lines) {
	}

	/** A policy value the run used, and the table row that set it. */
	public record PolicyValue(String name, double value, String rule) {
	}

}
