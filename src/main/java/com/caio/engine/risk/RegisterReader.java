package com.caio.engine.risk;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.input.Dates;
import com.caio.engine.input.Numbers;

/**
 * Streams a risk register CSV into a {@link Register}. A bad row is rejected with its
 * line and reason and the other rows are still ranked; only a file that cannot be parsed
 * at all is refused.
 */
final class RegisterReader {

	/** The largest mitigation cost accepted. */
	static final double COST_LIMIT = 1e15;

	private static final int SHARED_TEXTS = 4096;

	private final Map<String, String> sharedTexts = new HashMap<>();

	private final Map<String, LocalDate> dates = new HashMap<>();

	Register read(InputStream in) throws CsvFormatException {
		Register register = new Register();
		try (CsvRows rows = CsvRows.open(in)) {
			RegisterHeader header = RegisterHeader.of(rows.header());
			if (!header.ignored().isEmpty()) {
				register.note("columns ignored (not a register column): " + String.join(", ", header.ignored()));
			}
			Map<String, Long> firstLineOfId = new HashMap<>();
			CsvRow row;
			while ((row = rows.next()) != null) {
				register.countRow();
				try {
					Risk risk = parse(header, row);
					Long first = firstLineOfId.putIfAbsent(risk.id(), row.line());
					if (first != null) {
						throw new BadCell(header.column("id"),
								"duplicate risk id '" + risk.id() + "' (first on line " + first + ")");
					}
					register.accept(risk);
				}
				catch (BadCell ex) {
					register.reject(row.line(), ex.column + 1, ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new CsvFormatException(0, 1, "cannot read the file: " + ex.getMessage());
		}
		return register;
	}

	private Risk parse(RegisterHeader h, CsvRow row) throws BadCell {
		String[] v = row.values();
		if (v.length != h.width()) {
			throw new BadCell(-1, "expected " + h.width() + " columns but found " + v.length);
		}
		String id = required(h, v, "id");
		String title = required(h, v, "title");
		int likelihood = rating(h, v, "likelihood", Rating.LIKELIHOOD, true);
		int impact = rating(h, v, "impact", Rating.IMPACT, true);
		int mitigatedLikelihood = rating(h, v, "mitigated_likelihood", Rating.LIKELIHOOD, false);
		int mitigatedImpact = rating(h, v, "mitigated_impact", Rating.IMPACT, false);
		notAbove(h, "mitigated_likelihood", mitigatedLikelihood, "likelihood", likelihood);
		notAbove(h, "mitigated_impact", mitigatedImpact, "impact", impact);
		return new Risk(id, title, shared(h.value(v, "category")), shared(h.value(v, "owner")),
				shared(h.value(v, "description")), shared(h.value(v, "dimension")), likelihood, impact,
				shared(h.value(v, "mitigation")), cost(h, v),
				mitigatedLikelihood == Rating.BLANK ? likelihood : mitigatedLikelihood,
				mitigatedImpact == Rating.BLANK ? impact : mitigatedImpact, dueDate(h, v),
				shared(h.value(v, "success_criterion")), row.line(), "", List.of());
	}

	/**
	 * One copy of a text many risks repeat (a category, an owner, a standard mitigation):
	 * every risk is kept until the register is ranked, and a copy per row was ~60 bytes a
	 * column a risk. The first {@value #SHARED_TEXTS} distinct texts are kept; later new
	 * ones are used as read.
	 */
	private String shared(String text) {
		String known = sharedTexts.get(text);
		if (known != null) {
			return known;
		}
		if (sharedTexts.size() < SHARED_TEXTS) {
			sharedTexts.put(text, text);
		}
		return text;
	}

	private static String required(RegisterHeader h, String[] v, String column) throws BadCell {
		String value = h.value(v, column);
		if (value.isEmpty()) {
			throw new BadCell(h.column(column), "missing " + column);
		}
		return value;
	}

	private static int rating(RegisterHeader h, String[] v, String column, Rating scale, boolean required)
			throws BadCell {
		String text = h.value(v, column);
		int rating = scale.parse(text);
		if (rating == Rating.BLANK && required) {
			throw new BadCell(h.column(column), "missing " + column + "; accepted: " + scale.accepted());
		}
		if (rating == Rating.OUT_OF_RANGE) {
			throw new BadCell(h.column(column),
					column + " '" + text + "' is out of range; accepted: " + scale.accepted());
		}
		if (rating == Rating.UNKNOWN_LABEL) {
			throw new BadCell(h.column(column),
					column + " '" + text + "' is not a known label; accepted: " + scale.accepted());
		}
		return rating;
	}

	private static void notAbove(RegisterHeader h, String column, int mitigated, String inherentColumn, int inherent)
			throws BadCell {
		if (mitigated > inherent) {
			throw new BadCell(h.column(column), column + " " + mitigated + " is above the inherent " + inherentColumn
					+ " " + inherent + "; a mitigation cannot raise a rating");
		}
	}

	private static Double cost(RegisterHeader h, String[] v) throws BadCell {
		String text = h.value(v, "mitigation_cost");
		if (text.isEmpty()) {
			return null;
		}
		double cost = Numbers.parse(text);
		if (cost >= 0 && cost <= COST_LIMIT) {
			return cost;
		}
		throw new BadCell(h.column("mitigation_cost"), "mitigation_cost '" + text
				+ "' is not an amount; accepted: a number from 0 to 1e15, such as 25000 or 1500.50");
	}

	/**
	 * A due date, parsed once per distinct text: a register has a few hundred distinct
	 * dates, and each risk kept its own copy (24 bytes) and parse.
	 */
	private LocalDate dueDate(RegisterHeader h, String[] v) throws BadCell {
		String text = h.value(v, "due_date");
		if (text.isEmpty()) {
			return null;
		}
		LocalDate known = dates.get(text);
		if (known != null) {
			return known;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (dates.size() < SHARED_TEXTS) {
				dates.put(text, date);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new BadCell(h.column("due_date"), "due_date " + Dates.notADate(text));
		}
	}

	/** A row's fault; {@code column} is 0-based, -1 for the whole row. */
	private static final class BadCell extends Exception {

		final int column;

		BadCell(int column, String message) {
			super(message, null, false, false);
			this.column = column;
		}

	}

}
