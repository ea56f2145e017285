package com.caio.engine.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.economics.model.FeeModel;
import com.caio.engine.economics.model.Figure;
import com.caio.engine.economics.model.Figure.Unit;
import com.caio.engine.economics.model.Fractional;
import com.caio.engine.economics.model.FullTime;
import com.caio.engine.economics.model.Proposal;
import com.caio.engine.economics.model.WasteInputs;
import com.caio.engine.common.BadInputException;
import com.caio.engine.input.InputFields;
import tools.jackson.databind.JsonNode;

/**
 * Reads an engagement-economics file (YAML, or JSON when it starts with '{'). A figure is
 * written {@code {value: 400000, source: "..."}} or as a bare number; a bare number has
 * no source, which the rules report as untraceable. A figure left out takes its published
 * default ({@link EconomicsDefaults}) with that default's source.
 */
public final class EconomicsReader {

	private static final Set<String> TOP = Set.of("name", "client", "currency", "fractional", "fullTime",
			"avoidedWaste", "proposal");

	private static final Set<String> FIGURE = Set.of("value", "source");

	public EngagementEconomics read(byte[] content, String fileName) {
		JsonNode root = InputFields.parse(content, fileName, "an engagement-economics file");
		InputFields.allowOnly(root, "", TOP);
		String currency = InputFields.requiredText(root, "", "currency");
		if (!currency.matches("[A-Z]{3}")) {
			throw new BadInputException("currency",
					"'" + currency + "' is not an ISO 4217 code such as USD, EUR or GBP");
		}
		String name = InputFields.text(root, "", "name");
		return new EngagementEconomics(name == null ? "Fractional Chief AI Officer engagement" : name,
				InputFields.text(root, "", "client"), currency, fractional(InputFields.object(root, "", "fractional")),
				fullTime(InputFields.object(root, "", "fullTime")), waste(InputFields.object(root, "", "avoidedWaste")),
				proposal(root));
	}

	private static Fractional fractional(JsonNode node) {
		String at = "fractional";
		InputFields.allowOnly(node, at,
				Set.of("feeModel", "monthlyRetainer", "includedHours", "overageRate", "dayRate", "daysPerMonth",
						"hoursPerMonth", "termMonths", "commitmentDiscount", "expensesPerMonth", "startLeadWeeks",
						"rampMonths"));
		String model = InputFields.requiredText(node, at, "feeModel");
		FeeModel fee = switch (model.toLowerCase(Locale.ROOT)) {
			case "retainer" -> FeeModel.RETAINER;
			case "day-rate", "dayrate", "day_rate" -> FeeModel.DAY_RATE;
			default -> throw new BadInputException("fractional.feeModel",
					"'" + model + "' is not a fee model; accepted: retainer, day-rate");
		};
		boolean retainer = fee == FeeModel.RETAINER;
		String other = retainer ? "dayRate" : "monthlyRetainer";
		if (node.has(other)) {
			throw new BadInputException(at + "." + other, "does not apply to the fee model '" + model + "'");
		}
		return new Fractional(fee, retainer ? figure(node, at, EconomicsDefaults.MONTHLY_RETAINER) : null,
				retainer ? figure(node, at, EconomicsDefaults.INCLUDED_HOURS) : null,
				retainer ? figure(node, at, EconomicsDefaults.OVERAGE_RATE) : null,
				retainer ? null : figure(node, at, EconomicsDefaults.DAY_RATE),
				retainer ? null : figure(node, at, EconomicsDefaults.DAYS_PER_MONTH),
				figure(node, at, EconomicsDefaults.HOURS_PER_MONTH), figure(node, at, EconomicsDefaults.TERM_MONTHS),
				figure(node, at, EconomicsDefaults.COMMITMENT_DISCOUNT),
				figure(node, at, EconomicsDefaults.EXPENSES_PER_MONTH),
				figure(node, at, EconomicsDefaults.START_LEAD_WEEKS),
				figure(node, at, EconomicsDefaults.FRACTIONAL_RAMP_MONTHS));
	}

	private static FullTime fullTime(JsonNode node) {
		String at = "fullTime";
		InputFields.allowOnly(node, at,
				Set.of("baseSalary", "bonusTarget", "longTermIncentive", "loadingFactor", "recruitingFee",
						"timeToHireMonths", "rampMonths", "toolsAndOverhead", "expectedTenureMonths", "severanceRisk",
						"severanceMonths"));
		return new FullTime(figure(node, at, EconomicsDefaults.BASE_SALARY),
				figure(node, at, EconomicsDefaults.BONUS_TARGET),
				figure(node, at, EconomicsDefaults.LONG_TERM_INCENTIVE),
				figure(node, at, EconomicsDefaults.LOADING_FACTOR), figure(node, at, EconomicsDefaults.RECRUITING_FEE),
				figure(node, at, EconomicsDefaults.TIME_TO_HIRE_MONTHS),
				figure(node, at, EconomicsDefaults.FULL_TIME_RAMP_MONTHS),
				figure(node, at, EconomicsDefaults.TOOLS_AND_OVERHEAD),
				figure(node, at, EconomicsDefaults.EXPECTED_TENURE_MONTHS),
				figure(node, at, EconomicsDefaults.SEVERANCE_RISK),
				figure(node, at, EconomicsDefaults.SEVERANCE_MONTHS));
	}

	private static WasteInputs waste(JsonNode node) {
		String at = "avoidedWaste";
		InputFields.allowOnly(node, at,
				Set.of("projectsPerYear", "averageProjectCost", "failureProbability", "expectedReduction"));
		return new WasteInputs(figure(node, at, EconomicsDefaults.PROJECTS_PER_YEAR),
				figure(node, at, EconomicsDefaults.AVERAGE_PROJECT_COST),
				figure(node, at, EconomicsDefaults.FAILURE_PROBABILITY),
				figure(node, at, EconomicsDefaults.EXPECTED_REDUCTION));
	}

	/** A figure as {value, source} or a bare number; its default when absent. */
	static Figure figure(JsonNode parent, String at, EconomicsDefaults spec) {
		String path = at + "." + spec.field();
		JsonNode node = parent.get(spec.field());
		if (node == null || node.isNull()) {
			if (spec.defaultValue() == null) {
				throw new BadInputException(path, "missing; expected " + spec.accepted()
						+ ", written {value: ..., source: \"where it comes from\"}");
			}
			return new Figure(path, spec.label(), spec.defaultValue(), spec.unit(), spec.defaultSource(), true);
		}
		if (node.isObject()) {
			InputFields.allowOnly(node, path, FIGURE);
			double value = InputFields.number(node, path, "value", spec.min(), spec.max(), null, spec.accepted());
			return new Figure(path, spec.label(), value, spec.unit(), InputFields.text(node, path, "source"), false);
		}
		double value = InputFields.number(parent, at, spec.field(), spec.min(), spec.max(), null, spec.accepted());
		return new Figure(path, spec.label(), value, spec.unit(), null, false);
	}

	private static Proposal proposal(JsonNode root) {
		String at = "proposal";
		if (!root.has(at)) {
			return new Proposal(List.of(), List.of(), List.of(), null, List.of());
		}
		JsonNode node = InputFields.object(root, "", at);
		InputFields.allowOnly(node, at, Set.of("scope", "slas", "deliverables", "startDate", "milestones"));
		List<Proposal.Sla> slas = new ArrayList<>();
		List<JsonNode> slaNodes = InputFields.list(node, at, "slas");
		for (int i = 0; i < slaNodes.size(); i++) {
			String s = at + ".slas[" + i + "]";
			InputFields.allowOnly(slaNodes.get(i), s, Set.of("priority", "responseHours", "meaning"));
			slas.add(new Proposal.Sla(InputFields.requiredText(slaNodes.get(i), s, "priority"),
					InputFields.number(slaNodes.get(i), s, "responseHours", 0.1, 24 * 30, null,
							"business hours to respond, more than 0"),
					InputFields.text(slaNodes.get(i), s, "meaning")));
		}
		List<Proposal.Deliverable> deliverables = new ArrayList<>();
		List<JsonNode> delNodes = InputFields.list(node, at, "deliverables");
		for (int i = 0; i < delNodes.size(); i++) {
			String d = at + ".deliverables[" + i + "]";
			InputFields.allowOnly(delNodes.get(i), d, Set.of("name", "dueDay"));
			deliverables.add(new Proposal.Deliverable(InputFields.requiredText(delNodes.get(i), d, "name"),
					whole(delNodes.get(i), d, "dueDay", 1, 366, "the day after the start it is due, 1 to 366")));
		}
		List<Proposal.Milestone> milestones = new ArrayList<>();
		List<JsonNode> msNodes = InputFields.list(node, at, "milestones");
		for (int i = 0; i < msNodes.size(); i++) {
			String m = at + ".milestones[" + i + "]";
			InputFields.allowOnly(msNodes.get(i), m, Set.of("week", "name"));
			milestones.add(new Proposal.Milestone(whole(msNodes.get(i), m, "week", 1, 13, "a week from 1 to 13"),
					InputFields.requiredText(msNodes.get(i), m, "name")));
		}
		return new Proposal(InputFields.texts(node, at, "scope"), slas, deliverables,
				InputFields.date(node, at, "startDate", false), milestones);
	}

	private static int whole(JsonNode node, String at, String name, int min, int max, String accepted) {
		double value = InputFields.number(node, at, name, min, max, null, accepted);
		if (value != Math.rint(value)) {
			throw new BadInputException(at + "." + name, value + " is not a whole number; expected " + accepted);
		}
		return (int) value;
	}

}
