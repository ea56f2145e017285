package com.caio.engine.economics.model;

/**
 * The fractional engagement's terms. The retainer fields are null under a day rate and
 * the day-rate fields null under a retainer.
 *
 * @param commitmentDiscount fraction off the fee for committing to the term
 * @param startLeadWeeks weeks from signature to the first working day
 * @param rampMonths months from the first working day to the first measurable KPI
 * improvement
 */
public record Fractional(FeeModel feeModel, Figure monthlyRetainer, Figure includedHours, Figure overageRate,
		Figure dayRate, Figure daysPerMonth, Figure hoursPerMonth, Figure termMonths, Figure commitmentDiscount,
		Figure expensesPerMonth, Figure startLeadWeeks, Figure rampMonths) {
}
