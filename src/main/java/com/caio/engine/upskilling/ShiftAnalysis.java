package com.caio.engine.upskilling;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.upskilling.UpskillingReport.ShiftMonth;
import com.caio.engine.upskilling.model.MonthHours;
import com.caio.engine.upskilling.model.Programme;
import com.caio.engine.upskilling.model.ShiftOutlook;
import com.caio.engine.upskilling.model.TaskLog;

/**
 * The arithmetic of the capability shift. The indicator is external AI-related hours per
 * month; the baseline is their mean over the last baseline months before the programme
 * starts (taken as known, without error). The trend is an OLS line through the programme
 * months (1, 2, ...); its fitted mean at the target month gives the projected reduction,
 * and the probability of reaching the target is P(mean ≤ (1 - target) × baseline) under
 * the t distribution with n-2 degrees of freedom.
 */
final class ShiftAnalysis {

	static final String METHOD = "ordinary least squares of external AI hours on programme month";

	final List<ShiftMonth> months = new ArrayList<>();

	final List<String> baselineMonths = new ArrayList<>();

	double baseline;

	Trend trend;

	final int targetMonth;

	final double target;

	final int minTrendMonths;

	ShiftAnalysis(Programme programme, TaskLog log, int baselineCount, int targetMonth, double target,
			int minTrendMonths) {
		this.targetMonth = targetMonth;
		this.target = target;
		this.minTrendMonths = minTrendMonths;
		List<MonthHours> before = log.months().stream().filter(m -> programme.monthOf(m.month()) <= 0).toList();
		List<MonthHours> base = before.subList(Math.max(0, before.size() - baselineCount), before.size());
		base.forEach(m -> baselineMonths.add(m.month().toString()));
		baseline = base.stream().mapToDouble(MonthHours::aiExternal).average().orElse(Double.NaN);
		List<Double> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		for (MonthHours m : log.months()) {
			int pm = programme.monthOf(m.month());
			double share = m.inHouseShare();
			months.add(new ShiftMonth(m.month().toString(), pm, m.aiExternal(), m.aiInHouse(),
					Double.isNaN(share) ? null : share, reduction(m.aiExternal()), m.otherExternal() + m.otherInHouse(),
					m.rows()));
			if (pm >= 1) {
				x.add((double) pm);
				y.add(m.aiExternal());
			}
		}
		if (x.size() >= Math.max(3, minTrendMonths) && !Double.isNaN(baseline) && baseline > 0) {
			trend = Trend.fit(x.stream().mapToDouble(Double::doubleValue).toArray(),
					y.stream().mapToDouble(Double::doubleValue).toArray());
		}
	}

	double reduction(double external) {
		return Double.isNaN(baseline) || baseline == 0 ? 0 : 1 - external / baseline;
	}

	int trendMonths() {
		return (int) months.stream().filter(m -> m.programmeMonth() >= 1).count();
	}

	ShiftOutlook outlook() {
		ShiftMonth latest = months.isEmpty() ? null : months.get(months.size() - 1);
		double atTarget = months.stream()
			.filter(m -> m.programmeMonth() == targetMonth)
			.mapToDouble(ShiftMonth::reduction)
			.findFirst()
			.orElse(Double.NaN);
		return new ShiftOutlook(trendMonths(), latest == null ? 0 : latest.programmeMonth(),
				latest == null ? Double.NaN : latest.reduction(), atTarget,
				trend == null ? Double.NaN : reduction(trend.at(targetMonth)), probability());
	}

	Double probability() {
		return trend == null ? Double.NaN : trend.probabilityAtOrBelow(targetMonth, (1 - target) * baseline);
	}

}
