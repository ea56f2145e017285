package com.caio.engine.csv;

import java.nio.charset.StandardCharsets;

/**
 * One record of a CSV file as text and the end of each field in it, so a reader that
 * looks at most fields only (an answer: is it "Agree"?) needs no {@code String} a field.
 * A line without quotes is its own text; a record with quotes is its values joined by a
 * separator. Field {@code i} is {@code text().substring(start(i), end(i))}, the value a
 * CSV parser gives.
 *
 * <p>
 * A record read by {@link ByteRecords} is UTF-8 bytes instead ({@link #bytes()}): field
 * {@code i} is {@code bytes()[byteStart(i) .. byteEnd(i))}, decoded only when asked for
 * as text. The bytes are never written again once read.
 */
public final class CsvLine {

	private final long line;

	private String text;

	private int[] ends;

	private String[] values;

	private byte[] bytes;

	private int bytesFrom;

	private int[] byteEnds;

	private CsvLine(long line, String text, int[] ends, String[] values) {
		this.line = line;
		this.text = text;
		this.ends = ends;
		this.values = values;
	}

	/**
	 * A record as UTF-8 bytes (already checked): field 0 starts at {@code from}, field
	 * {@code i} ends at {@code ends[i]}, and the next starts one byte (the separator)
	 * after.
	 */
	static CsvLine ofBytes(long line, byte[] bytes, int from, int[] ends) {
		CsvLine record = new CsvLine(line, null, null, null);
		record.bytes = bytes;
		record.bytesFrom = from;
		record.byteEnds = ends;
		return record;
	}

	/** The UTF-8 bytes the fields are regions of, or null for a record held as text. */
	public byte[] bytes() {
		return bytes;
	}

	public int byteStart(int field) {
		return field == 0 ? bytesFrom : byteEnds[field - 1] + 1;
	}

	public int byteEnd(int field) {
		return byteEnds[field];
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
		return byteEnds != null ? byteEnds.length : ends != null ? ends.length : values.length;
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
		if (values != null) {
			return values[field];
		}
		if (bytes != null) {
			int from = byteStart(field);
			return new String(bytes, from, byteEnds[field] - from, StandardCharsets.UTF_8);
		}
		return text.substring(start(field), ends[field]);
	}

	/** Every field as a {@code String} (the array is the record's own). */
	public String[] values() {
		if (values == null) {
			String[] all = new String[count()];
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
		values();
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
