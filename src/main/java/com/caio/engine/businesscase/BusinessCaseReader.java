package com.caio.engine.businesscase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.businesscase.BusinessCase.BaselineMetric;
import com.caio.engine.businesscase.BusinessCase.Cost;
import com.caio.engine.businesscase.BusinessCase.Lever;
import com.caio.engine.businesscase.BusinessCase.Risk;
import com.caio.engine.businesscase.BusinessCase.Scenario;
import com.caio.engine.common.BadInputException;
import com.caio.engine.input.DisplayNames;
import com.caio.engine.input.InputFields;
import com.caio.engine.input.TreeReader;
import tools.jackson.databind.JsonNode;

/**
 * Reads a business-case file (YAML, or JSON when it starts with '{') and checks every
 * field, naming the field path of the first problem. A missing {@code source} is not an
 * error here: the rules report it as an untraceable assumption.
 */
public final class BusinessCaseReader {

	private static final Set<String> TOP = Set.of("name", "organisation", "currency", "horizonMonths", "discountRate",
			"discountRateSource", "ask", "longerHorizonRationale", "baseline", "baselineCsv", "scenarios", "risks");

	static final String EMPTY = "the business case is empty; expected a YAML or JSON mapping with at least "
			+ "currency, baseline (or baselineCsv) and scenarios (conservative, expected, aggressive)";

	private final TreeReader trees = new TreeReader();

	/**
	 * @param baselineCsv metrics read from a separate CSV ({@link BaselineCsv}), added to
	 * the file's own; empty if none
	 */
	public BusinessCase read(byte[] content, String fileName, List<BaselineMetric> baselineCsv) {
		JsonNode root = parse(content, fileName);
		InputFields.allowOnly(root, "", TOP);
		String currency = InputFields.requiredText(root, "", "currency");
		if (!currency.matches("[A-Z]{3}")) {
			throw new BadInputException("currency",
					"'" + currency + "' is not an ISO 4217 code such as EUR, USD or GBP");
		}
		double months = InputFields.number(root, "", "horizonMonths", 1, 120,
				(double) BusinessCase.DEFAULT_HORIZON_MONTHS, "a whole number of months from 1 to 120 (default 24)");
		if (months != Math.rint(months)) {
			throw new BadInputException("horizonMonths", months + " is not a whole number of months (1 to 120)");
		}
		int horizon = (int) months;
		double rate = InputFields.number(root, "", "discountRate", 0, 1, null,
				"an annual rate as a fraction from 0 to 1, e.g. 0.10 for 10%");
		List<BaselineMetric> baseline = baseline(root, baselineCsv);
		if (InputFields.text(root, "", "baselineCsv") != null && baselineCsv.isEmpty()) {
			throw new BadInputException("baselineCsv", "names a CSV that was not supplied; "
					+ "pass it with --baseline FILE or as the multipart part 'baseline'");
		}
		JsonNode scenarios = InputFields.object(root, "", "scenarios");
		InputFields.allowOnly(scenarios, "scenarios", Set.copyOf(BusinessCase.SCENARIOS));
		List<Scenario> list = new ArrayList<>();
		for (String name : BusinessCase.SCENARIOS) {
			if (!scenarios.has(name)) {
				throw new BadInputException("scenarios." + name,
						"missing; a business case has three scenarios: " + String.join(", ", BusinessCase.SCENARIOS));
			}
			list.add(scenario(InputFields.object(scenarios, "scenarios", name), name, baseline));
		}
		List<Risk> risks = new ArrayList<>();
		List<JsonNode> riskNodes = InputFields.list(root, "", "risks");
		for (int i = 0; i < riskNodes.size(); i++) {
			String at = "risks[" + i + "]";
			InputFields.allowOnly(riskNodes.get(i), at, Set.of("risk", "mitigation"));
			risks.add(new Risk(InputFields.requiredText(riskNodes.get(i), at, "risk"),
					InputFields.requiredText(riskNodes.get(i), at, "mitigation")));
		}
		String name = InputFields.text(root, "", "name");
		return new BusinessCase(name == null ? "AI programme business case" : name,
				InputFields.text(root, "", "organisation"), currency, horizon, rate,
				InputFields.text(root, "", "discountRateSource"), InputFields.text(root, "", "ask"),
				InputFields.text(root, "", "longerHorizonRationale"), baseline, list, risks);
	}

	/** The {@code baselineCsv} the file names (a path relative to the file), or null. */
	public String baselineCsvReference(byte[] content, String fileName) {
		return InputFields.text(parse(content, fileName), "", "baselineCsv");
	}

	private JsonNode parse(byte[] content, String fileName) {
		if (content == null || TreeReader.decode(content, fileName).isBlank()) {
			throw new BadInputException(fileName, EMPTY);
		}
		JsonNode root = trees.read(content, fileName);
		if (root == null || root.isMissingNode() || root.isNull()) {
			throw new BadInputException(fileName, EMPTY);
		}
		if (!root.isObject()) {
			throw new BadInputException(fileName, "a business case is a mapping of fields (YAML or JSON object)");
		}
		return root;
	}

	private static List<BaselineMetric> baseline(JsonNode root, List<BaselineMetric> fromCsv) {
		Map<String, BaselineMetric> metrics = new LinkedHashMap<>();
		List<JsonNode> nodes = InputFields.list(root, "", "baseline");
		for (int i = 0; i < nodes.size(); i++) {
			String at = "baseline[" + i + "]";
			JsonNode node = nodes.get(i);
			InputFields.allowOnly(node, at, Set.of("name", "displayName", "monthlyValue", "unit", "source"));
			String name = InputFields.requiredText(node, at, "name");
			if (metrics.containsKey(name)) {
				throw new BadInputException(at + ".name", "metric '" + name + "' is defined twice");
			}
			double value = InputFields.number(node, at, "monthlyValue", 0, 1e15, null,
					"the metric's value per month, a number of 0 or more");
			metrics.put(name, new BaselineMetric(name, value, unitOf(node, at), InputFields.text(node, at, "source"),
					DisplayNames.check(at + ".displayName", displayName(node, at))));
		}
		for (BaselineMetric metric : fromCsv) {
			if (metrics.putIfAbsent(metric.name(), metric) != null) {
				throw new BadInputException("baselineCsv",
						"metric '" + metric.name() + "' is in both the file and the CSV");
			}
		}
		if (metrics.isEmpty()) {
			throw new BadInputException("baseline",
					"missing; list the baseline metrics (name, monthlyValue, unit, source)");
		}
		return List.copyOf(metrics.values());
	}

	/** The display name as written: a blank one is refused rather than read as absent. */
	private static String displayName(JsonNode node, String at) {
		JsonNode value = node.get("displayName");
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new BadInputException(at + ".displayName", "must be text, e.g. 'DTC revenue'");
		}
		return value.asString();
	}

	private static String unitOf(JsonNode node, String at) {
		String unit = InputFields.text(node, at, "unit");
		return unit == null ? "" : unit;
	}

	private static Scenario scenario(JsonNode node, String name, List<BaselineMetric> baseline) {
		String at = "scenarios." + name;
		InputFields.allowOnly(node, at, Set.of("levers", "costs"));
		List<JsonNode> leverNodes = InputFields.list(node, at, "levers");
		if (leverNodes.isEmpty()) {
			throw new BadInputException(at + ".levers", "missing; a scenario needs at least one lever");
		}
		List<Lever> levers = new ArrayList<>();
		for (int i = 0; i < leverNodes.size(); i++) {
			levers.add(lever(leverNodes.get(i), at + ".levers[" + i + "]", baseline));
		}
		List<Cost> costs = new ArrayList<>();
		List<JsonNode> costNodes = InputFields.list(node, at, "costs");
		for (int i = 0; i < costNodes.size(); i++) {
			String c = at + ".costs[" + i + "]";
			JsonNode cost = costNodes.get(i);
			InputFields.allowOnly(cost, c, Set.of("name", "upfront", "monthly", "source"));
			costs.add(new Cost(InputFields.requiredText(cost, c, "name"),
					InputFields.number(cost, c, "upfront", 0, 1e15, 0.0, "a one-off amount of 0 or more"),
					InputFields.number(cost, c, "monthly", 0, 1e15, 0.0, "a monthly run cost of 0 or more"),
					InputFields.text(cost, c, "source")));
		}
		return new Scenario(name, levers, costs);
	}

	private static Lever lever(JsonNode node, String at, List<BaselineMetric> baseline) {
		InputFields.allowOnly(node, at, Set.of("metric", "uplift", "margin", "rampMonths", "source"));
		String metric = InputFields.requiredText(node, at, "metric");
		if (baseline.stream().noneMatch(m -> m.name().equals(metric))) {
			throw new BadInputException(at + ".metric", "unknown baseline metric '" + metric + "'; known: "
					+ String.join(", ", baseline.stream().map(BaselineMetric::name).toList()));
		}
		double uplift = InputFields.number(node, at, "uplift", 0, 10, null,
				"a fraction of the baseline from 0 to 10, e.g. 0.05 for 5%");
		double margin = InputFields.number(node, at, "margin", 0, 1, null,
				"the fraction of the uplift that is profit, from 0 to 1 (1.0 for a cost reduction)");
		if (margin == 1 && uplift > 1) {
			throw new BadInputException(at + ".uplift", "a cost reduction (margin 1.0) of "
					+ InputFields.percent(uplift)
					+ " is impossible: a cost cannot fall by more than 100%; write the reduction as a fraction, "
					+ "e.g. 0.03 for 3%");
		}
		return new Lever(metric, uplift, margin,
				InputFields.number(node, at, "rampMonths", 0, 120, 0.0, "months to full effect, from 0 to 120"),
				InputFields.text(node, at, "source"));
	}

}
