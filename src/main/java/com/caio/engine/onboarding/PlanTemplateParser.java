package com.caio.engine.onboarding;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.onboarding.model.PlanTemplate;
import com.caio.engine.onboarding.model.TemplateRow;
import com.caio.engine.rules.RuleDataParser;
import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleMessage;
import org.springframework.stereotype.Component;

/**
 * Reads {@code rules/onboarding/plan-template.csv}, the plan a practice edits, reporting
 * each bad cell by line and column. Whether each milestone has exactly one accountable
 * role is for the rules to judge, so a list of several is accepted here.
 */
@Component
public class PlanTemplateParser implements RuleDataParser<PlanTemplate> {

	static final List<String> COLUMNS = List.of("week", "milestone", "kind", "deliverable", "accountable",
			"responsible", "consulted", "informed");

	@Override
	public String relativePath() {
		return "onboarding/plan-template.csv";
	}

	@Override
	public Class<PlanTemplate> type() {
		return PlanTemplate.class;
	}

	@Override
	public PlanTemplate parse(RuleFile file, Consumer<RuleMessage> messages) {
		String name = file.displayPath();
		try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(file.content()))) {
			List<String> header = Arrays.stream(rows.header()).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			if (!header.equals(COLUMNS)) {
				messages.accept(RuleMessage.error(name, 1, 1,
						"header must be " + String.join(",", COLUMNS) + " but is " + String.join(",", header)));
				return null;
			}
			List<TemplateRow> parsed = new ArrayList<>();
			CsvRow row;
			while ((row = rows.next()) != null) {
				TemplateRow r = row(name, row, messages);
				if (r != null) {
					parsed.add(r);
				}
			}
			return new PlanTemplate(parsed);
		}
		catch (CsvFormatException ex) {
			messages.accept(RuleMessage.error(name, (int) ex.line(), ex.column(), ex.getMessage()));
			return null;
		}
		catch (java.io.IOException ex) {
			messages.accept(RuleMessage.error(name, 1, 1, ex.getMessage()));
			return null;
		}
	}

	private static TemplateRow row(String file, CsvRow row, Consumer<RuleMessage> messages) {
		if (row.values().length != COLUMNS.size()) {
			messages.accept(RuleMessage.error(file, (int) row.line(), 1, "a row has " + COLUMNS.size() + " cells ("
					+ String.join(",", COLUMNS) + "), this one has " + row.values().length));
			return null;
		}
		int week = whole(file, row, 0, 1, 13, "a week from 1 to 13", messages);
		String milestone = row.value(1).strip();
		if (milestone.isEmpty()) {
			messages.accept(RuleMessage.error(file, (int) row.line(), 2, "milestone is empty; name the milestone"));
			return null;
		}
		TemplateRow.Kind kind;
		try {
			kind = TemplateRow.Kind.valueOf(row.value(2).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			messages.accept(RuleMessage.error(file, (int) row.line(), 3,
					"kind '" + row.value(2) + "' is not one of introductions, access, steering, review, deliverable"));
			return null;
		}
		int deliverable = row.value(3).isBlank() ? 0 : whole(file, row, 3, 1, 3, "1, 2 or 3 (or empty)", messages);
		if (week < 0 || deliverable < 0) {
			return null;
		}
		if (kind == TemplateRow.Kind.DELIVERABLE && deliverable == 0) {
			messages.accept(RuleMessage.error(file, (int) row.line(), 4,
					"a deliverable milestone names the primary deliverable it delivers: 1, 2 or 3"));
			return null;
		}
		return new TemplateRow(row.line(), week, milestone, kind, deliverable, roles(row.value(4)), roles(row.value(5)),
				roles(row.value(6)), roles(row.value(7)));
	}

	private static int whole(String file, CsvRow row, int column, int min, int max, String accepted,
			Consumer<RuleMessage> messages) {
		String text = row.value(column).strip();
		if (text.matches("\\d{1,3}") && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max) {
			return Integer.parseInt(text);
		}
		messages.accept(RuleMessage.error(file, (int) row.line(), column + 1,
				COLUMNS.get(column) + " '" + text + "' is not " + accepted));
		return -1;
	}

	private static List<String> roles(String cell) {
		return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
