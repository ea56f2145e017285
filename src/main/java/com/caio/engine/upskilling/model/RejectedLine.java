package com.caio.engine.upskilling.model;

import java.util.List;

/**
 * A line of an input file left out, with why; the rest of the file still counts.
 *
 * @param file {@code survey}, {@code results} or {@code task log}
 * @param name the file's name as given (task-log.csv), null until the capability names it
 * @param column 1-based, 0 when the whole line is wrong
 */
public record RejectedLine(String file, String name, long line, int column, String reason) {

	/** Where, as an editor opens it: {@code task-log.csv:618:6}. */
	public String where() {
		return (name == null ? file : name) + ":" + line + ":" + Math.max(column, 1);
	}

	/** The same lines, in the file of this name. */
	public static List<RejectedLine> named(List<RejectedLine> lines, String name) {
		return lines.stream().map(l -> new RejectedLine(l.file(), name, l.line(), l.column(), l.reason())).toList();
	}

}
