package com.caio.engine.csv;

/**
 * One record of a CSV file as text and the end of each field in it, so a reader that
 * looks at most fields only (an answer: is it "Agree"?) needs no {@code String} a field.
 * A line without quotes is its own text; a record with quotes is its values joined by a
 * separator. Field {@code i} is {@code text().substring(start(i), end(i))}, the value a
 * CSV parser gives.
 */
public final class CsvLine {

	private final long line;

	private String text;

	private int[] ends;

	private String[] values;

	private CsvLine(long line, String text, int[] ends, String[] values) {
		this.line = line;
		this.text = text;
		this.ends = ends;
		this.values = values;
	}

	/** A record as one text and the end of each field in it. */
	static CsvLine of(long line, String text, int[] ends) {
		return new CsvLine(line, text, ends, null);
	}

	/** A record a CSV parser has already taken apart. */
	public static CsvLine of(long line, String[] values) {
		return new CsvLine(line, null, null, values);
	}

	/** The physical line the record starts on (1-based, the header is line 1). */
	public long line() {
		return line;
	}

	public int count() {
		return ends != null ? ends.length : values.length;
	}

	/** The text the fields are regions of. */
	public String text() {
		if (text == null) {
			join();
		}
		return text;
	}

	public int start(int field) {
		if (ends == null) {
			join();
		}
		return field == 0 ? 0 : ends[field - 1] + 1;
	}

	public int end(int field) {
		if (ends == null) {
			join();
		}
		return ends[field];
	}

	public String value(int field) {
		return values != null ? values[field] : text.substring(start(field), ends[field]);
	}

	/** Every field as a {@code String} (the array is the record's own). */
	public String[] values() {
		if (values == null) {
			String[] all = new String[ends.length];
			for (int f = 0; f < all.length; f++) {
				all[f] = value(f);
			}
			values = all;
		}
		return values;
	}

	public CsvRow row() {
		return new CsvRow(line, values());
	}

	private void join() {
		StringBuilder joined = new StringBuilder();
		int[] at = new int[values.length];
		for (int f = 0; f < values.length; f++) {
			if (f > 0) {
				joined.append(',');
			}
			joined.append(values[f]);
			at[f] = joined.length();
		}
		text = joined.toString();
		ends = at;
	}

}
