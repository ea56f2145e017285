package com.caio.engine.maturity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.caio.engine.rules.CsvRuleData;
import com.caio.engine.rules.RuleMessage;
import org.springframework.stereotype.Component;

/**
 * Reads {@code rules/maturity/questions.csv}, reporting each bad cell by line and column.
 */
@Component
public class QuestionCatalogueParser extends CsvRuleData<QuestionCatalogue, Question> {

	static final List<String> COLUMNS = List.of("question_id", "dimension", "text", "weight", "reverse", "reference");

	public QuestionCatalogueParser() {
		super("maturity/questions.csv", QuestionCatalogue.class, COLUMNS);
	}

	@Override
	protected QuestionCatalogue complete(String file, List<Line<Question>> rows, Consumer<RuleMessage> messages) {
		List<Question> questions = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Line<Question> row : rows) {
			Question q = row.value();
			boolean newId = seen.add(q.id());
			boolean newText = seen.add("text:" + QuestionCatalogue.normalise(q.text()));
			if (newId && newText) {
				questions.add(q);
			}
			else {
				messages.accept(RuleMessage.error(file, row.line(), newId ? 3 : 1,
						"question " + q.id() + " repeats an id or a text used above"));
			}
		}
		if (questions.isEmpty()) {
			messages.accept(RuleMessage.error(file, 1, 1, "the catalogue has no questions"));
			return null;
		}
		return new QuestionCatalogue(questions);
	}

	@Override
	protected Question row(Cells cells) {
		String id = cells.text(0);
		String text = cells.text(2);
		if (!id.matches("[A-Za-z0-9_-]+")) {
			return cells.error(0, "question_id '" + id + "' must be letters, digits, '-' or '_'");
		}
		Dimension dimension = Dimension.byId(cells.text(1)).orElse(null);
		if (dimension == null) {
			return cells.error(1, "dimension '" + cells.text(1) + "' is not one of "
					+ Arrays.stream(Dimension.values()).map(Dimension::id).toList());
		}
		if (text.isEmpty()) {
			return cells.error(2, "text is empty");
		}
		double weight;
		try {
			weight = Double.parseDouble(cells.text(3));
		}
		catch (NumberFormatException ex) {
			weight = -1;
		}
		if (!(weight > 0) || Double.isInfinite(weight)) {
			return cells.error(3, "weight '" + cells.text(3) + "' must be a number above 0");
		}
		String reverse = cells.text(4).toLowerCase(Locale.ROOT);
		if (!Set.of("true", "false", "yes", "no", "").contains(reverse)) {
			return cells.error(4, "reverse '" + cells.text(4) + "' must be true or false");
		}
		if (cells.text(5).isEmpty()) {
			return cells.error(5, "reference is empty; cite the framework clause");
		}
		return new Question(id, dimension, text, weight, reverse.equals("true") || reverse.equals("yes"),
				cells.text(5));
	}

}
