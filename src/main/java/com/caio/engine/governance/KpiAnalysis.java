package com.caio.engine.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.governance.model.KpiPoint;
import com.caio.engine.governance.model.KpiReview;
import com.caio.engine.governance.model.KpiSeries;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * A KPI against its baseline at the 6- and 12-month reviews. Go-live is the first point
 * after the baseline; a review is {@code m} months after it and compares the points of
 * the window of {@code windowMonths} up to that day with the baseline points. Daily or
 * weekly data (median gap under 25 days): Welch's t, as R's {@code t.test(x, y)}; monthly
 * data: the change in baseline standard deviations.
 */
final class KpiAnalysis {

	static final int[] REVIEWS = { 6, 12 };

	/** A KPI's figures, and the facts its reviews give the rules. */
	record Analysed(GovernanceReport.Kpi kpi, List<KpiReview> facts) {
	}

	/**
	 * Welch's two-sample t: statistic, Welch-Satterthwaite degrees of freedom, two-sided
	 * p.
	 */
	record Welch(double t, double df, double p) {

		static Welch of(double[] x, double[] y) {
			double vx = variance(x) / x.length;
			double vy = variance(y) / y.length;
			double diff = mean(x) - mean(y);
			double se = Math.sqrt(vx + vy);
			if (se == 0) {
				return new Welch(diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff), Double.NaN,
						diff == 0 ? 1 : 0);
			}
			double t = diff / se;
			double df = (vx + vy) * (vx + vy) / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
			double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
			return new Welch(t, df, p);
		}
	}

	private KpiAnalysis() {
	}

	static Analysed analyse(KpiSeries series, LocalDate asOf, int windowMonths) {
		List<KpiPoint> baseline = series.baseline();
		List<KpiPoint> after = series.points().stream().filter(p -> !p.baseline()).toList();
		double[] b = values(baseline);
		double baselineMean = mean(b);
		double baselineSd = b.length > 1 ? Math.sqrt(variance(b)) : 0;
		long gap = medianGap(series.points());
		String cadence = gap <= 2 ? "daily" : gap < 25 ? "weekly" : "monthly";
		LocalDate goLive = after.isEmpty() ? baseline.get(baseline.size() - 1).date().plusDays(gap)
				: after.get(0).date();
		List<GovernanceReport.Review> reviews = new ArrayList<>();
		List<KpiReview> facts = new ArrayList<>();
		for (int month : REVIEWS) {
			LocalDate day = goLive.plusMonths(month);
			LocalDate from = day.minusMonths(windowMonths).plusDays(1);
			boolean due = !day.isAfter(asOf);
			double[] w = values(
					after.stream().filter(p -> !p.date().isBefore(from) && !p.date().isAfter(day)).toList());
			boolean monthly = cadence.equals("monthly");
			boolean measured = due && (monthly ? w.length >= 1 && b.length >= 2 : w.length >= 2 && b.length >= 2);
			if (!measured) {
				reviews.add(new GovernanceReport.Review(month, day, due ? "NO_DATA" : "NOT_DUE", from, day, w.length,
						null, null, null, null, null, null, null,
						due ? "Too few points in the window to compare with the baseline."
								: "Not due until " + day + "."));
				facts.add(new KpiReview(series.name(), month, due, false, cadence, 0, -1, 0));
				continue;
			}
			double change = mean(w) - baselineMean;
			double better = series.higherIsBetter() ? change : -change;
			double percent = baselineMean == 0 ? 0 : change / Math.abs(baselineMean) * 100;
			double improvement = baselineMean == 0 ? 0 : better / Math.abs(baselineMean) * 100;
			if (monthly) {
				double sds = baselineSd == 0 ? 0 : better / baselineSd;
				reviews.add(new GovernanceReport.Review(month, day, "", from, day, w.length, mean(w), change, percent,
						null, null, null, Math.abs(change) / (baselineSd == 0 ? 1 : baselineSd), ""));
				facts.add(new KpiReview(series.name(), month, true, true, cadence, improvement, -1, sds));
			}
			else {
				Welch welch = Welch.of(w, b);
				reviews.add(new GovernanceReport.Review(month, day, "", from, day, w.length, mean(w), change, percent,
						welch.t(), Double.isNaN(welch.df()) ? null : welch.df(), welch.p(), null, ""));
				facts.add(new KpiReview(series.name(), month, true, true, cadence, improvement, welch.p(), 0));
			}
		}
		List<GovernanceReport.Point> points = series.points()
			.stream()
			.map(p -> new GovernanceReport.Point(p.date(), p.value(), p.baseline()))
			.toList();
		return new Analysed(new GovernanceReport.Kpi(series.name(), series.unit(), series.higherIsBetter(),
				series.target(), cadence, baseline.get(0).date(), baseline.get(baseline.size() - 1).date(), b.length,
				baselineMean, baselineSd, goLive, points, reviews), facts);
	}

	/**
	 * The review with its state and the statement of confidence, once the rules decided.
	 */
	static GovernanceReport.Review judged(GovernanceReport.Review r, boolean improved, double alpha,
			double sdMultiple) {
		if (r.mean() == null) {
			return r;
		}
		String confidence;
		if (r.pValue() != null) {
			confidence = "Welch's t = " + fixed(r.t(), 2) + (r.df() == null ? "" : " on " + fixed(r.df(), 1) + " df")
					+ ", " + p(r.pValue()) + (r.pValue() < alpha ? ": unlikely to be chance"
							: ": could be chance at the " + fixed(alpha * 100, 0) + "% level");
		}
		else {
			confidence = "The change is " + fixed(r.changeInSds(), 1) + " times the baseline's own variation"
					+ (r.changeInSds() > sdMultiple ? ", more than the " + fixed(sdMultiple, 0) + " that counts as real"
							: ", within the " + fixed(sdMultiple, 0) + " that could be ordinary variation");
		}
		return new GovernanceReport.Review(r.month(), r.day(), improved ? "IMPROVED" : "NOT_IMPROVED", r.windowFrom(),
				r.windowTo(), r.points(), r.mean(), r.change(), r.changePercent(), r.t(), r.df(), r.pValue(),
				r.changeInSds(), confidence);
	}

	static String p(double p) {
		return p < 0.001 ? "p < 0.001" : "p = " + fixed(p, 3);
	}

	static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static long medianGap(List<KpiPoint> points) {
		if (points.size() < 2) {
			return 30;
		}
		long[] gaps = new long[points.size() - 1];
		for (int i = 1; i < points.size(); i++) {
			gaps[i - 1] = ChronoUnit.DAYS.between(points.get(i - 1).date(), points.get(i).date());
		}
		java.util.Arrays.sort(gaps);
		return gaps[gaps.length / 2];
	}

	private static double[] values(List<KpiPoint> points) {
		return points.stream().mapToDouble(KpiPoint::value).toArray();
	}

	static double mean(double[] values) {
		return values.length == 0 ? 0 : new Mean().evaluate(values);
	}

	/** The sample variance (n - 1), as R's {@code var}. */
	static double variance(double[] values) {
		if (values.length < 2) {
			return 0;
		}
		double sd = new StandardDeviation(true).evaluate(values);
		return sd * sd;
	}

}
