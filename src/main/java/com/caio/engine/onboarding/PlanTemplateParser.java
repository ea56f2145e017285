package com.caio.engine.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.caio.engine.onboarding.model.PlanTemplate;
import com.caio.engine.onboarding.model.TemplateRow;
import com.caio.engine.rules.CsvRuleData;
import com.caio.engine.rules.RuleMessage;
import org.springframework.stereotype.Component;

/**
 * Reads {@code rules/onboarding/plan-template.csv}, the plan a practice edits, reporting
 * each bad cell by line and column. Whether each milestone has exactly one accountable
 * role is for the rules to judge, so a list of several is accepted here.
 */
@Component
public class PlanTemplateParser extends CsvRuleData<PlanTemplate, TemplateRow> {

	static final List<String> COLUMNS = List.of("week", "milestone", "kind", "deliverable", "accountable",
			"responsible", "consulted", "informed");

	public PlanTemplateParser() {
		super("onboarding/plan-template.csv", PlanTemplate.class, COLUMNS);
	}

	@Override
	protected PlanTemplate complete(String file, List<Line<TemplateRow>> rows, Consumer<RuleMessage> messages) {
		return new PlanTemplate(rows.stream().map(Line::value).toList());
	}

	@Override
	protected TemplateRow row(Cells cells) {
		int week = cells.whole(0, 1, 13, "a week from 1 to 13");
		String milestone = cells.text(1);
		if (milestone.isEmpty()) {
			return cells.error(1, "milestone is empty; name the milestone");
		}
		TemplateRow.Kind kind;
		try {
			kind = TemplateRow.Kind.valueOf(cells.text(2).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return cells.error(2,
					"kind '" + cells.text(2) + "' is not one of introductions, access, steering, review, deliverable");
		}
		int deliverable = cells.text(3).isEmpty() ? 0 : cells.whole(3, 1, 3, "1, 2 or 3 (or empty)");
		if (week < 0 || deliverable < 0) {
			return null;
		}
		if (kind == TemplateRow.Kind.DELIVERABLE && deliverable == 0) {
			return cells.error(3, "a deliverable milestone names the primary deliverable it delivers: 1, 2 or 3");
		}
		return new TemplateRow(cells.line(), week, milestone, kind, deliverable, roles(cells.text(4)),
				roles(cells.text(5)), roles(cells.text(6)), roles(cells.text(7)));
	}

	private static List<String> roles(String cell) {
		return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
