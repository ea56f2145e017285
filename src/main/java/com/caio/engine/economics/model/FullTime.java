package com.caio.engine.economics.model;

/**
 * A full-time hire of the same role.
 *
 * @param bonusTarget target bonus as a fraction of base
 * @param loadingFactor employer cost per unit of cash pay (benefits, payroll taxes)
 * @param recruitingFee search fee as a fraction of first-year base
 * @param severanceRisk probability that the hire leaves with a severance payment within
 * the expected tenure
 * @param severanceMonths months of base paid as severance
 */
public record FullTime(Figure baseSalary, Figure bonusTarget, Figure longTermIncentive, Figure loadingFactor,
		Figure recruitingFee, Figure timeToHireMonths, Figure rampMonths, Figure toolsAndOverhead,
		Figure expectedTenureMonths, Figure severanceRisk, Figure severanceMonths) {
}
