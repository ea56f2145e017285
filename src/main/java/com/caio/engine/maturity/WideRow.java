package com.caio.engine.maturity;

import java.util.function.Function;

import com.caio.engine.csv.CsvLine;

/**
 * One row of a wide survey: its respondent, department and role as strings, made on the
 * thread that parses the file (see {@code CsvRows.prefetch}), and its answers, read in
 * place from the row's bytes (or text) when first asked for, on the thread that counts
 * them: the parsing thread scans every byte of the file, so the reading of the answers is
 * shared with the other core.
 */
final class WideRow {

	private final CsvLine fields;

	private final String respondent;

	private final String department;

	private final String role;

	private final int[] questionOf;

	private final int questions;

	private final Answer.Spellings seen;

	private byte[] answers;

	private int badColumn = -1;

	private boolean read;

	private WideRow(CsvLine fields, String respondent, String department, String role, int[] questionOf, int questions,
			Answer.Spellings seen) {
		this.fields = fields;
		this.respondent = respondent;
		this.department = department;
		this.role = role;
		this.questionOf = questionOf;
		this.questions = questions;
		this.seen = seen;
		this.read = questionOf == null;
	}

	/**
	 * Reads the rows of one file. The rows' answers are to be asked for on one thread
	 * (the spellings other than a forms tool's are remembered for the file, for one
	 * thread).
	 */
	static Function<CsvLine, WideRow> reader(SurveyHeader header, int questions) {
		int[] questionOf = header.questionOfColumn();
		Answer.Spellings seen = new Answer.Spellings();
		Names departments = new Names();
		Names roles = new Names();
		return fields -> {
			if (fields.count() != header.width()) {
				return new WideRow(fields, null, null, null, null, questions, seen);
			}
			return new WideRow(fields, fields.value(header.respondent()),
					header.department() >= 0 ? departments.of(fields, header.department()) : null,
					header.role() >= 0 ? roles.of(fields, header.role()) : null, questionOf, questions, seen);
		};
	}

	/**
	 * The values of a column with few of them (a department, a role), each made a
	 * {@code String} once a file and then found by its bytes: no string a row, and the
	 * one string's hash is computed once where the tally looks its segment up. Bounded:
	 * past {@link #LIMIT} values the rest are made each time. For one thread.
	 */
	static final class Names {

		static final int LIMIT = 1024;

		private final String[] values = new String[2 * LIMIT];

		private final byte[][] keys = new byte[2 * LIMIT][];

		private final int[] hashes = new int[2 * LIMIT];

		private int size;

		String of(CsvLine fields, int field) {
			byte[] bytes = fields.bytes();
			if (bytes == null) {
				return fields.value(field);
			}
			int from = fields.byteStart(field);
			int to = fields.byteEnd(field);
			int hash = 0;
			for (int i = from; i < to; i++) {
				hash = 31 * hash + bytes[i];
			}
			int mask = keys.length - 1;
			for (int slot = (hash ^ (hash >>> 16)) & mask;; slot = (slot + 1) & mask) {
				byte[] key = keys[slot];
				if (key == null) {
					String value = fields.value(field);
					if (size < LIMIT) {
						keys[slot] = java.util.Arrays.copyOfRange(bytes, from, to);
						hashes[slot] = hash;
						values[slot] = value;
						size++;
					}
					return value;
				}
				if (hashes[slot] == hash && java.util.Arrays.equals(bytes, from, to, key, 0, key.length)) {
					return values[slot];
				}
			}
		}

	}

	/** The row as parsed. */
	CsvLine fields() {
		return fields;
	}

	String respondent() {
		return respondent;
	}

	String department() {
		return department;
	}

	String role() {
		return role;
	}

	/**
	 * The answer to each question of the catalogue, in catalogue order, read up to the
	 * first answer not accepted; null when the row has not the header's width.
	 */
	byte[] answers() {
		readAnswers();
		return answers;
	}

	/** The 0-based column of the first answer not accepted, or -1. */
	int badColumn() {
		readAnswers();
		return badColumn;
	}

	private void readAnswers() {
		if (read) {
			return;
		}
		read = true;
		byte[] values = new byte[questions];
		int bad = -1;
		byte[] bytes = fields.bytes();
		if (bytes != null) {
			for (int c = 0; c < questionOf.length && bad < 0; c++) {
				int q = questionOf[c];
				if (q >= 0) {
					byte a = Answer.parse(bytes, fields.byteStart(c), fields.byteEnd(c), seen);
					if (a == Answer.INVALID) {
						bad = c;
					}
					values[q] = a;
				}
			}
		}
		else {
			String text = fields.text();
			for (int c = 0; c < questionOf.length && bad < 0; c++) {
				int q = questionOf[c];
				if (q >= 0) {
					byte a = Answer.parse(text, fields.start(c), fields.end(c), seen);
					if (a == Answer.INVALID) {
						bad = c;
					}
					values[q] = a;
				}
			}
		}
		answers = values;
		badColumn = bad;
	}

}
