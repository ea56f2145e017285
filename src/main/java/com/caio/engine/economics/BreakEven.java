package com.caio.engine.economics;

import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.economics.model.FeeModel;

/**
 * The fee at which the 3-year saving falls to the target (the saving policy's minimum):
 * as a day rate and days a month under a day rate, as hours a month (and a retainer)
 * under a retainer. The fractional 3-year cost is linear in the fee, so the fee solves
 * {@code A x (fee x (1 - discount) + expenses) = (1 - target) x full-time 3-year}, where
 * A is the number of months worked.
 *
 * @param fee the monthly fee before discount at the target
 * @param hoursPerMonth under a retainer, the hours at the target; null when the retainer
 * alone is already above the fee
 */
public record BreakEven(double targetSavingPct, double fee, Double dayRate, Double daysPerMonth, Double hoursPerMonth) {

	public static BreakEven of(CostModel model, double targetSavingPct) {
		int months = EngagementEconomics.HORIZON_MONTHS;
		double target = (1 - targetSavingPct / 100) * model.fullTimeTotal(months);
		double monthly = target / model.fractionalActiveMonths(months);
		double fee = (monthly - model.value("fractional.expensesPerMonth"))
				/ (1 - model.value("fractional.commitmentDiscount"));
		if (model.feeModel() == FeeModel.DAY_RATE) {
			return new BreakEven(targetSavingPct, fee, fee / model.value("fractional.daysPerMonth"),
					fee / model.value("fractional.dayRate"), null);
		}
		double retainer = model.value("fractional.monthlyRetainer");
		Double hours = fee < retainer ? null
				: model.value("fractional.includedHours") + (fee - retainer) / model.value("fractional.overageRate");
		return new BreakEven(targetSavingPct, fee, null, null, hours);
	}

}
