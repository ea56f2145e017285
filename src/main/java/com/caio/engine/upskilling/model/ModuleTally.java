package com.caio.engine.upskilling.model;

/**
 * One module's results, aggregated as they were read: counts, and the paired differences
 * (post minus pre) as a count, mean and sum of squared deviations (Welford), which is all
 * a paired t needs.
 *
 * @param enrolled people with a row for the module
 * @param assessed people with a post-assessment score
 * @param reached people whose post score reached the outcome score
 */
public record ModuleTally(String module, int enrolled, int assessed, int reached, int pairs, double meanGain,
		double gainSquares, double meanPre, double meanPost, int rated, double meanSatisfaction, int satisfied,
		int attended, double meanAttendance) {
}
