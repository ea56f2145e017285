package com.caio.engine.opportunities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.caio.engine.opportunities.model.Opportunity;
import com.caio.engine.opportunities.model.Weight;
import com.caio.engine.common.BadInputException;

/**
 * The three scoring methods with their published formulas, and the ranking with its
 * stated tie-break order. Effort is the PERT mean of the three-point estimate.
 */
final class Scoring {

	/** RICE takes effort in person-months: 52 weeks / 12 months. */
	static final double WEEKS_PER_MONTH = 52.0 / 12.0;

	static final String TIE_BREAK = "higher score, then higher confidence, then lower expected effort, then the order of the backlog";

	/** A use case with its score and the parts the score was built from. */
	record Scored(Opportunity opportunity, int order, double score, Map<String, Double> parts) {
	}

	private Scoring() {
	}

	static String formula(String method) {
		return switch (method) {
			case "RICE" -> "reach x impact x confidence / effort in person-months (Intercom)";
			case "WSJF" -> "(business value + time criticality + risk reduction) / job size (SAFe, after Reinertsen)";
			case "WEIGHTED" ->
				"each input normalised to 0-100 across the backlog, weighted, the total normalised to 0-100 again (Jira Product Discovery)";
			default -> throw new IllegalArgumentException(method);
		};
	}

	static List<Scored> rank(String method, List<Opportunity> items, List<Weight> weights) {
		List<Scored> scored = switch (method) {
			case "RICE" -> rice(items);
			case "WSJF" -> wsjf(items);
			case "WEIGHTED" -> weighted(items, weights);
			default -> throw new IllegalArgumentException(method);
		};
		List<Scored> ranked = new ArrayList<>(scored);
		ranked.sort(Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparing(Comparator.comparingDouble((Scored s) -> s.opportunity().confidencePercent()).reversed())
			.thenComparingDouble(s -> s.opportunity().effortWeeks().pertMean())
			.thenComparingInt(Scored::order));
		return List.copyOf(ranked);
	}

	static List<Scored> rice(List<Opportunity> items) {
		List<Scored> out = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Opportunity o = items.get(i);
			double months = o.effortWeeks().pertMean() / WEEKS_PER_MONTH;
			double score = o.reach() * o.impact() * (o.confidencePercent() / 100) / months;
			Map<String, Double> parts = new LinkedHashMap<>();
			parts.put("reach", o.reach());
			parts.put("impact", o.impact());
			parts.put("confidence", o.confidencePercent() / 100);
			parts.put("effortPersonMonths", months);
			out.add(new Scored(o, i, score, parts));
		}
		return out;
	}

	static List<Scored> wsjf(List<Opportunity> items) {
		List<Scored> out = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Opportunity o = items.get(i);
			int value = needed(o, o.businessValue(), "business_value");
			int time = needed(o, o.timeCriticality(), "time_criticality");
			int risk = needed(o, o.riskReduction(), "risk_reduction");
			double size = o.jobSize() != null ? o.jobSize() : o.effortWeeks().pertMean();
			Map<String, Double> parts = new LinkedHashMap<>();
			parts.put("costOfDelay", (double) (value + time + risk));
			parts.put("jobSize", size);
			out.add(new Scored(o, i, (value + time + risk) / size, parts));
		}
		return out;
	}

	private static int needed(Opportunity o, Integer value, String column) {
		if (value == null) {
			throw new BadInputException(o.where(), "use case '" + o.id() + "' has no " + column
					+ ", which WSJF needs; accepted: 1, 2, 3, 5, 8, 13 or 20 (or rank with another method)");
		}
		return value;
	}

	static List<Scored> weighted(List<Opportunity> items, List<Weight> weights) {
		Map<String, ToDoubleFunction<Opportunity>> inputs = new LinkedHashMap<>();
		int lowestReadiness = items.stream()
			.filter(o -> o.dataReadiness() != null)
			.mapToInt(Opportunity::dataReadiness)
			.min()
			.orElse(1);
		inputs.put("uplift", o -> o.upliftPercent().pertMean());
		inputs.put("reach", Opportunity::reach);
		inputs.put("confidence", Opportunity::confidencePercent);
		inputs.put("effort", o -> -o.effortWeeks().pertMean());
		inputs.put("risk", o -> -BacklogFields.RISK_LEVELS.indexOf(o.riskLevel()));
		// an unknown readiness counts as the lowest level seen: no credit for what nobody
		// checked
		inputs.put("readiness", o -> o.dataReadiness() == null ? lowestReadiness : o.dataReadiness());
		double[] totals = new double[items.size()];
		double weightSum = 0;
		List<Map<String, Double>> parts = new ArrayList<>();
		items.forEach(o -> parts.add(new LinkedHashMap<>()));
		for (Weight w : weights) {
			ToDoubleFunction<Opportunity> input = inputs.get(w.input());
			if (input == null) {
				throw new IllegalStateException("unknown weighted-score input '" + w.input() + "' in " + w.ruleId()
						+ "; accepted: " + inputs.keySet());
			}
			double[] normalised = normalise(items.stream().mapToDouble(input).toArray());
			for (int i = 0; i < totals.length; i++) {
				totals[i] += w.weight() * normalised[i];
				parts.get(i).put(w.input(), normalised[i]);
			}
			weightSum += w.weight();
		}
		double[] scores = normalise(totals);
		List<Scored> out = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			parts.get(i).put("weightedTotal", weightSum == 0 ? 0 : totals[i] / weightSum);
			out.add(new Scored(items.get(i), i, scores[i], parts.get(i)));
		}
		return out;
	}

	/**
	 * Min-max to 0-100 (higher input, higher result); when all are equal every one gets
	 * 100, so an input nobody differs on moves nobody.
	 */
	static double[] normalise(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = max == min ? 100 : (values[i] - min) / (max - min) * 100;
		}
		return out;
	}

}
