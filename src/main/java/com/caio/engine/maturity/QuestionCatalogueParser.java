package com.caio.engine.maturity;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.rules.RuleDataParser;
import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleMessage;
import org.springframework.stereotype.Component;

/**
 * Reads {@code rules/maturity/questions.csv}, reporting each bad cell by line and column.
 */
@Component
public class QuestionCatalogueParser implements RuleDataParser<QuestionCatalogue> {

	static final List<String> COLUMNS = List.of("question_id", "dimension", "text", "weight", "reverse", "reference");

	@Override
	public String relativePath() {
		return "maturity/questions.csv";
	}

	@Override
	public Class<QuestionCatalogue> type() {
		return QuestionCatalogue.class;
	}

	@Override
	public QuestionCatalogue parse(RuleFile file, Consumer<RuleMessage> messages) {
		String name = file.displayPath();
		try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(file.content()))) {
			List<String> header = Arrays.stream(rows.header()).map(h -> h.toLowerCase(Locale.ROOT)).toList();
			if (!header.equals(COLUMNS)) {
				messages.accept(RuleMessage.error(name, 1, 1,
						"header must be " + String.join(",", COLUMNS) + " but is " + String.join(",", header)));
				return null;
			}
			List<Question> questions = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			CsvRow row;
			while ((row = rows.next()) != null) {
				Question q = question(name, row, messages);
				if (q == null) {
					continue;
				}
				boolean newId = seen.add(q.id());
				boolean newText = seen.add("text:" + QuestionCatalogue.normalise(q.text()));
				if (newId && newText) {
					questions.add(q);
				}
				else {
					messages.accept(RuleMessage.error(name, (int) row.line(), newId ? 3 : 1,
							"question " + q.id() + " repeats an id or a text used above"));
				}
			}
			if (questions.isEmpty()) {
				messages.accept(RuleMessage.error(name, 1, 1, "the catalogue has no questions"));
				return null;
			}
			return new QuestionCatalogue(questions);
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

	private static Question question(String name, CsvRow row, Consumer<RuleMessage> messages) {
		int line = (int) row.line();
		if (row.values().length != COLUMNS.size()) {
			messages.accept(RuleMessage.error(name, line, 1,
					"expected " + COLUMNS.size() + " columns but found " + row.values().length));
			return null;
		}
		String id = row.value(0).strip();
		String text = row.value(2).strip();
		if (!id.matches("[A-Za-z0-9_-]+")) {
			messages.accept(
					RuleMessage.error(name, line, 1, "question_id '" + id + "' must be letters, digits, '-' or '_'"));
			return null;
		}
		Dimension dimension = Dimension.byId(row.value(1).strip()).orElse(null);
		if (dimension == null) {
			messages.accept(RuleMessage.error(name, line, 2, "dimension '" + row.value(1) + "' is not one of "
					+ Arrays.stream(Dimension.values()).map(Dimension::id).toList()));
			return null;
		}
		if (text.isEmpty()) {
			messages.accept(RuleMessage.error(name, line, 3, "text is empty"));
			return null;
		}
		double weight;
		try {
			weight = Double.parseDouble(row.value(3).strip());
		}
		catch (NumberFormatException ex) {
			weight = -1;
		}
		if (!(weight > 0) || Double.isInfinite(weight)) {
			messages.accept(RuleMessage.error(name, line, 4, "weight '" + row.value(3) + "' must be a number above 0"));
			return null;
		}
		String reverse = row.value(4).strip().toLowerCase(Locale.ROOT);
		if (!Set.of("true", "false", "yes", "no", "").contains(reverse)) {
			messages.accept(RuleMessage.error(name, line, 5, "reverse '" + row.value(4) + "' must be true or false"));
			return null;
		}
		if (row.value(5).isBlank()) {
			messages.accept(RuleMessage.error(name, line, 6, "reference is empty; cite the framework clause"));
			return null;
		}
		return new Question(id, dimension, text, weight, reverse.equals("true") || reverse.equals("yes"),
				row.value(5).strip());
	}

}
