package com.caio.engine.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.caio.engine.csv.CsvFormatException;

/** Where each column of a risk register is, checked once from the header row. */
final class RegisterHeader {

	static final List<String> REQUIRED = List.of("id", "title", "category", "owner", "likelihood", "impact");

	static final List<String> OPTIONAL = List.of("description", "dimension", "mitigation", "mitigation_cost",
			"mitigated_likelihood", "mitigated_impact", "due_date", "success_criterion");

	private final Map<String, Integer> index;

	private final int width;

	private final List<String> ignored;

	private RegisterHeader(Map<String, Integer> index, int width, List<String> ignored) {
		this.index = index;
		this.width = width;
		this.ignored = ignored;
	}

	/** Refuses a header without every required column, naming the missing ones. */
	static RegisterHeader of(String[] names) throws CsvFormatException {
		Map<String, Integer> index = new HashMap<>();
		List<String> ignored = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			String name = names[i].strip().toLowerCase(Locale.ROOT).replace(' ', '_');
			if (index.containsKey(name)) {
				throw new CsvFormatException(1, i + 1, "column '" + names[i] + "' appears twice in the header");
			}
			if (REQUIRED.contains(name) || OPTIONAL.contains(name)) {
				index.put(name, i);
			}
			else if (!name.isEmpty()) {
				ignored.add(names[i].strip());
			}
		}
		List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new CsvFormatException(1, 1, "the header lacks the required column(s) " + String.join(", ", missing)
					+ "; required: " + String.join(",", REQUIRED) + "; optional: " + String.join(",", OPTIONAL));
		}
		return new RegisterHeader(index, names.length, List.copyOf(ignored));
	}

	int width() {
		return width;
	}

	List<String> ignored() {
		return ignored;
	}

	/** The column's 0-based index, or -1 when the optional column is absent. */
	int column(String name) {
		return index.getOrDefault(name, -1);
	}

	String value(String[] row, String name) {
		int i = column(name);
		return i < 0 ? "" : row[i].strip();
	}

}
