package com.caio.engine.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;

/**
 * A {@link RuleDataParser} for a CSV a practice edits beside its rules (a question
 * catalogue, a plan template, a skills catalogue): the header must be exactly its columns
 * (case and surrounding spaces ignored), every row must have them all, and each bad cell
 * is reported at its line and column while the other rows are still read.
 *
 * @param <T> the parsed file
 * @param <R> one parsed row
 */
public abstract class CsvRuleData<T, R> implements RuleDataParser<T> {

	private final String relativePath;

	private final Class<T> type;

	private final List<String> columns;

	protected CsvRuleData(String relativePath, Class<T> type, List<String> columns) {
		this.relativePath = relativePath;
		this.type = type;
		this.columns = List.copyOf(columns);
	}

	@Override
	public final String relativePath() {
		return relativePath;
	}

	@Override
	public final Class<T> type() {
		return type;
	}

	/** The header the file must have. */
	public final List<String> columns() {
		return columns;
	}

	@Override
	public final T parse(RuleFile file, Consumer<RuleMessage> messages) {
		String name = file.displayPath();
		try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(file.content()))) {
			List<String> header = Arrays.stream(rows.header()).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			if (!header.equals(columns)) {
				messages.accept(RuleMessage.error(name, 1, 1,
						"header must be " + String.join(",", columns) + " but is " + String.join(",", header)));
				return null;
			}
			List<Line<R>> parsed = new ArrayList<>();
			CsvRow row;
			while ((row = rows.next()) != null) {
				if (row.values().length != columns.size()) {
					messages.accept(RuleMessage.error(name, (int) row.line(), 1, "expected " + columns.size()
							+ " columns (" + String.join(",", columns) + ") but found " + row.values().length));
					continue;
				}
				R value = row(new Cells(name, row, messages));
				if (value != null) {
					parsed.add(new Line<>((int) row.line(), value));
				}
			}
			return complete(name, parsed, messages);
		}
		catch (CsvFormatException ex) {
			messages.accept(RuleMessage.error(name, (int) ex.line(), ex.column(), ex.getMessage()));
			return null;
		}
		catch (IOException ex) {
			messages.accept(RuleMessage.error(name, 1, 1, ex.getMessage()));
			return null;
		}
	}

	/** One row, its cells already counted; null (with a message) when it is unusable. */
	protected abstract R row(Cells cells);

	/**
	 * The whole file from its usable rows, checking what spans rows (repeated ids, an
	 * empty file); null (with a message) when unusable.
	 */
	protected abstract T complete(String file, List<Line<R>> rows, Consumer<RuleMessage> messages);

	/** A parsed row and the line it came from. */
	public record Line<R>(int line, R value) {
	}

	/** The cells of one row, and where to report a bad one. */
	public final class Cells {

		private final String file;

		private final CsvRow row;

		private final Consumer<RuleMessage> messages;

		Cells(String file, CsvRow row, Consumer<RuleMessage> messages) {
			this.file = file;
			this.row = row;
			this.messages = messages;
		}

		/** The cell in the zero-based column, stripped. */
		public String text(int column) {
			return row.value(column).strip();
		}

		public int line() {
			return (int) row.line();
		}

		/** Reports the cell in the zero-based column as bad; returns null for brevity. */
		public <V> V error(int column, String message) {
			messages.accept(RuleMessage.error(file, line(), column + 1, message));
			return null;
		}

		/**
		 * A whole number from min to max, or -1 after reporting the cell with what is
		 * accepted.
		 */
		public int whole(int column, int min, int max, String accepted) {
			String text = text(column);
			if (text.matches("\\d{1,9}") && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max) {
				return Integer.parseInt(text);
			}
			error(column, columns.get(column) + " '" + text + "' is not " + accepted);
			return -1;
		}

	}

}
