package com.caio.engine.common;

/**
 * Input the engine will not use, saying what was wrong, where (a field path such as
 * {@code scenarios[1].levers[0].uplift}, or a line and column of a file) and, where it
 * helps, what would be accepted. Readers anywhere throw it; each edge answers it once:
 * the REST API as {@code application/problem+json} (422), the command line as
 * {@code FILE:where: message} with exit code 1.
 */
public class Refusal extends RuntimeException {

	private final String field;

	private final long line;

	private final int column;

	private final String accepted;

	private String file;

	private String uploadSha256;

	/** Refused at a field path (or a name such as a file or an option). */
	public Refusal(String field, String message, String accepted) {
		super(message);
		this.field = field;
		this.line = 0;
		this.column = 0;
		this.accepted = accepted;
	}

	/** Refused at a line (and column, 0 when unknown) of the file being read. */
	public Refusal(long line, int column, String message, String accepted) {
		super(message);
		this.field = null;
		this.line = line;
		this.column = column;
		this.accepted = accepted;
	}

	/** The sentence without the place: what was wrong. */
	public String what() {
		return super.getMessage();
	}

	/**
	 * Where: {@code file:line:column} when refused at a line, else the field path (or
	 * {@code file} alone when neither is known).
	 */
	public String where() {
		if (line > 0) {
			return (file == null ? "" : file + ":") + line + ":" + Math.max(column, 1);
		}
		return field != null ? field : file;
	}

	/** The field path, or null when refused at a line. */
	public String field() {
		return field;
	}

	public long line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** What would have been accepted, or null when the message already says it. */
	public String accepted() {
		return accepted;
	}

	public String file() {
		return file;
	}

	public String uploadSha256() {
		return uploadSha256;
	}

	/**
	 * Names the file the refusal is in, when the reader did not know it; the first name
	 * given stays.
	 */
	public Refusal inFile(String name) {
		if (file == null) {
			file = name;
		}
		return this;
	}

	/** The SHA-256 of the upload that was kept although it was refused. */
	public Refusal withUpload(String sha256) {
		if (uploadSha256 == null) {
			uploadSha256 = sha256;
		}
		return this;
	}

	/**
	 * {@code where: what}, e.g.
	 * {@code survey.csv:3:1: a quoted field ... is never closed}.
	 */
	@Override
	public String getMessage() {
		String where = where();
		return (where == null ? "" : where + ": ") + what() + (accepted == null ? "" : "; " + accepted);
	}

	/**
	 * The one line the command line prints: {@code FILE:where: message}, with the file as
	 * the user named it.
	 */
	public String describe(String fileName) {
		if (file != null && !file.equals(baseName(fileName))) {
			// refused in another file than the one named on the command line (an
			// attachment)
			fileName = file;
		}
		String rest = field == null ? "" : withoutFileName(fileName, field);
		String where = line > 0 ? fileName + ":" + line + ":" + Math.max(column, 1)
				: rest.isEmpty() ? fileName : fileName + ":" + rest;
		return where + ": " + what() + (accepted == null ? "" : "; " + accepted);
	}

	/**
	 * A reader that names the position as {@code name:line:column} already says which
	 * file: {@code /data/case.yaml} and {@code case.yaml:7:1} make
	 * {@code /data/case.yaml:7:1}, not the file twice.
	 */
	private static String withoutFileName(String fileName, String field) {
		String name = baseName(fileName);
		if (field.equals(name) || field.equals(fileName)) {
			return "";
		}
		for (String prefix : new String[] { fileName + ":", name + ":" }) {
			if (field.startsWith(prefix)) {
				return field.substring(prefix.length());
			}
		}
		return field;
	}

	private static String baseName(String fileName) {
		return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
	}

}
