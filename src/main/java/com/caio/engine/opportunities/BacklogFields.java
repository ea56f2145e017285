package com.caio.engine.opportunities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.caio.engine.opportunities.model.Estimate;
import com.caio.engine.opportunities.model.MvpScope;
import com.caio.engine.opportunities.model.Opportunity;
import com.caio.engine.common.BadInputException;

/**
 * One use case's fields as text, from a CSV row or a YAML item, turned into an
 * {@link Opportunity}. Both formats share these checks, so a value is accepted or refused
 * the same way wherever it comes from; {@code where} names the cell or field.
 */
final class BacklogFields {

	static final List<String> COLUMNS = List.of("id", "title", "description", "target_kpi", "uplift_low",
			"uplift_likely", "uplift_high", "reach", "impact", "confidence", "effort_low", "effort_likely",
			"effort_high", "business_value", "time_criticality", "risk_reduction", "job_size", "risk_level",
			"risk_notes", "mitigation", "data_readiness", "dependencies", "owner", "mvp_in", "mvp_out",
			"success_criteria", "acceptance_criteria");

	static final Set<String> REQUIRED = Set.of("id", "title", "target_kpi", "uplift_low", "uplift_likely",
			"uplift_high", "reach", "impact", "confidence", "effort_low", "effort_likely", "effort_high", "risk_level");

	private static final Map<String, Double> IMPACT = Map.of("massive", 3.0, "high", 2.0, "medium", 1.0, "low", 0.5,
			"minimal", 0.25);

	private static final Set<Integer> FIBONACCI = Set.of(1, 2, 3, 5, 8, 13, 20);

	static final List<String> RISK_LEVELS = List.of("low", "medium", "high", "critical");

	private final Map<String, String> values;

	private final Function<String, String> where;

	/**
	 * @param values by canonical column name (see {@link #canonical})
	 * @param where the place of a column, e.g. {@code backlog.csv:4:9} or
	 * {@code opportunities[3].confidence}
	 */
	BacklogFields(Map<String, String> values, Function<String, String> where) {
		this.values = values;
		this.where = where;
	}

	/**
	 * The column a header or key names: {@code Target KPI}, {@code targetKpi} and
	 * {@code target_kpi} are one column; null when it is none.
	 */
	static String canonical(String name) {
		String squeezed = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		for (String column : COLUMNS) {
			if (column.replace("_", "").equals(squeezed)) {
				return column;
			}
		}
		return null;
	}

	Opportunity opportunity(String itemWhere) {
		for (String column : REQUIRED) {
			text(column);
		}
		Estimate uplift = estimate("uplift", false);
		Estimate effort = estimate("effort", true);
		String kpi = text("target_kpi");
		return new Opportunity(text("id"), text("title"), optional("description"), kpi, uplift,
				number("reach", 0, Double.MAX_VALUE, "a number of users or units per quarter, at least 0"), impact(),
				confidence(), effort, fibonacci("business_value"), fibonacci("time_criticality"),
				fibonacci("risk_reduction"), optionalPositive("job_size"), riskLevel(), optional("risk_notes"),
				optional("mitigation"), readiness(), list("dependencies"), optional("owner"), scope(kpi, uplift),
				itemWhere);
	}

	String where(String column) {
		return where.apply(column);
	}

	private MvpScope scope(String kpi, Estimate uplift) {
		List<String> success = list("success_criteria");
		if (success.isEmpty()) {
			success = List.of(String.format(Locale.ROOT, "%s improves by at least %s%% against its baseline", kpi,
					Numbers.plain(uplift.low())));
		}
		return new MvpScope(list("mvp_in"), list("mvp_out"), kpi, uplift.low(), uplift.high(), success,
				list("acceptance_criteria"));
	}

	private String text(String column) {
		String value = optional(column);
		if (value.isEmpty()) {
			throw refuse(column, "missing " + column + "; every use case needs it");
		}
		return value;
	}

	private String optional(String column) {
		String value = values.get(column);
		return value == null ? "" : value.strip();
	}

	private List<String> list(String column) {
		String value = optional(column);
		if (value.isEmpty()) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
		return List.copyOf(items);
	}

	private Estimate estimate(String prefix, boolean positive) {
		String accepted = positive ? "person-weeks above 0, such as 6 or 2.5" : "a percentage, such as 12 or 12%";
		double low = number(prefix + "_low", positive ? Double.MIN_VALUE : -100, Double.MAX_VALUE, accepted);
		double likely = number(prefix + "_likely", positive ? Double.MIN_VALUE : -100, Double.MAX_VALUE, accepted);
		double high = number(prefix + "_high", positive ? Double.MIN_VALUE : -100, Double.MAX_VALUE, accepted);
		if (low > likely) {
			throw refuse(prefix + "_low", prefix + "_low " + Numbers.plain(low) + " is above " + prefix + "_likely "
					+ Numbers.plain(likely) + "; accepted: low <= likely <= high");
		}
		if (likely > high) {
			throw refuse(prefix + "_high", prefix + "_high " + Numbers.plain(high) + " is below " + prefix + "_likely "
					+ Numbers.plain(likely) + "; accepted: low <= likely <= high");
		}
		return new Estimate(low, likely, high);
	}

	private double number(String column, double min, double max, String accepted) {
		String value = text(column);
		double number = parse(column, value.endsWith("%") ? value.substring(0, value.length() - 1) : value, accepted);
		if (number < min || number > max) {
			throw refuse(column, column + " '" + value + "' is out of range; accepted: " + accepted);
		}
		return number;
	}

	private double parse(String column, String value, String accepted) {
		try {
			double number = Double.parseDouble(value.strip().replace("_", ""));
			if (Double.isFinite(number)) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// refused below with what is accepted
		}
		throw refuse(column, column + " '" + value + "' is not a number; accepted: " + accepted);
	}

	private double confidence() {
		return number("confidence", 0, 100, "a percentage from 0 to 100, such as 80 or 80%");
	}

	private double impact() {
		String value = text("impact");
		Double label = IMPACT.get(value.toLowerCase(Locale.ROOT));
		if (label != null) {
			return label;
		}
		String accepted = "3, 2, 1, 0.5, 0.25 or massive, high, medium, low, minimal (RICE)";
		double number = parse("impact", value, accepted);
		if (!IMPACT.containsValue(number)) {
			throw refuse("impact", "impact '" + value + "' is not on the RICE scale; accepted: " + accepted);
		}
		return number;
	}

	private Integer fibonacci(String column) {
		String value = optional(column);
		if (value.isEmpty()) {
			return null;
		}
		double number = parse(column, value, "1, 2, 3, 5, 8, 13 or 20");
		if (number != Math.rint(number) || !FIBONACCI.contains((int) number)) {
			throw refuse(column,
					column + " '" + value + "' is not on the WSJF scale; accepted: 1, 2, 3, 5, 8, 13 or 20");
		}
		return (int) number;
	}

	private Double optionalPositive(String column) {
		return optional(column).isEmpty() ? null
				: number(column, Double.MIN_VALUE, Double.MAX_VALUE, "a number above 0");
	}

	private String riskLevel() {
		String value = text("risk_level").toLowerCase(Locale.ROOT);
		if (!RISK_LEVELS.contains(value)) {
			throw refuse("risk_level", "risk_level '" + optional("risk_level") + "' is not a level; accepted: "
					+ String.join(", ", RISK_LEVELS));
		}
		return value;
	}

	private Integer readiness() {
		if (optional("data_readiness").isEmpty()) {
			return null;
		}
		double level = number("data_readiness", 1, 5, "a maturity level from 1 to 5");
		if (level != Math.rint(level)) {
			throw refuse("data_readiness", "data_readiness '" + optional("data_readiness")
					+ "' is not a whole level; accepted: 1, 2, 3, 4 or 5");
		}
		return (int) level;
	}

	BadInputException refuse(String column, String message) {
		return new BadInputException(where.apply(column), message);
	}

}
