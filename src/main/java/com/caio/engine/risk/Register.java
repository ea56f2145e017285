package com.caio.engine.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * What a register file yielded: the accepted risks, the rejected rows and notes on the
 * file.
 */
final class Register {

	/** Only this many rejected rows are listed; the count covers them all. */
	static final int MAX_LISTED_REJECTIONS = 1000;

	private final List<Risk> risks = new ArrayList<>();

	private final List<RejectedRow> rejected = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private long rows;

	private long rejectedCount;

	void countRow() {
		rows++;
	}

	void accept(Risk risk) {
		risks.add(risk);
	}

	void reject(long line, int column, String reason) {
		rejectedCount++;
		if (rejected.size() < MAX_LISTED_REJECTIONS) {
			rejected.add(new RejectedRow(line, column, reason));
		}
	}

	void note(String note) {
		notes.add(note);
	}

	List<Risk> risks() {
		return risks;
	}

	List<RejectedRow> rejected() {
		return rejected;
	}

	List<String> notes() {
		return notes;
	}

	long rows() {
		return rows;
	}

	long rejectedCount() {
		return rejectedCount;
	}

}
