package com.caio.engine.maturity;

import java.util.function.Function;

import com.caio.engine.csv.CsvLine;

/**
 * One row of a wide survey with its answers read, on the thread that parses the file (see
 * {@code CsvRows.prefetch}): the answers are read where the row's text is, and only the
 * respondent, department and role become strings.
 *
 * @param fields the row as parsed
 * @param answers the answer to each question of the catalogue, in catalogue order, read
 * up to the first answer not accepted; null when the row has not the header's width
 * @param badColumn the 0-based column of the first answer not accepted, or -1
 */
record WideRow(CsvLine fields, byte[] answers, int badColumn, String respondent, String department, String role) {

	/** Reads the rows of one file: one instance a file, used by one thread. */
	static Function<CsvLine, WideRow> reader(SurveyHeader header, int questions) {
		int[] questionOf = header.questionOfColumn();
		Answer.Spellings seen = new Answer.Spellings();
		return fields -> {
			if (fields.count() != header.width()) {
				return new WideRow(fields, null, -1, null, null, null);
			}
			byte[] answers = new byte[questions];
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
						answers[q] = a;
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
						answers[q] = a;
					}
				}
			}
			if (bad >= 0) {
				// read on the tally thread, after the line's bytes may have been reused
				fields.values();
			}
			return new WideRow(fields, answers, bad, fields.value(header.respondent()),
					header.department() >= 0 ? fields.value(header.department()) : null,
					header.role() >= 0 ? fields.value(header.role()) : null);
		};
	}

}
