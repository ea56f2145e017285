package com.caio.engine.csv;

/**
 * The header's separator, counted one character at a time: whichever of comma, semicolon
 * and tab occurs most outside quotes (a semicolon wins a tie with a tab, a comma every
 * other tie). Shared by the decoding and the byte paths, so both choose alike.
 */
final class SeparatorCount {

	private int commas;

	private int semicolons;

	private int tabs;

	private boolean quoted;

	/** Whether a quote opened on the header is still open. */
	boolean quoted() {
		return quoted;
	}

	/** Counts one character of the header (an ASCII one is its own byte in UTF-8). */
	void add(int c) {
		if (c == '"') {
			quoted = !quoted;
		}
		else if (!quoted) {
			commas += c == ',' ? 1 : 0;
			semicolons += c == ';' ? 1 : 0;
			tabs += c == '\t' ? 1 : 0;
		}
	}

	char separator() {
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

}
