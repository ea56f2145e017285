package com.caio.engine.input;

import java.io.IOException;
import java.util.Locale;

/**
 * A byte that is not UTF-8 text, with where it is in the file: its line, its byte
 * position in that line and its byte offset from the start of the file.
 */
public class NotUtf8Exception extends IOException {

	private final long line;

	private final long column;

	private final long offset;

	private final int badByte;

	/**
	 * The byte {@code badByte} at file offset {@code offset}, on 1-based line
	 * {@code line} (lines end at LF) at 1-based byte {@code column} of it.
	 */
	public NotUtf8Exception(long line, long column, long offset, int badByte) {
		super(String.format(Locale.ROOT,
				"byte 0x%02X at byte offset %d (line %d, byte %d of the line) is not UTF-8 text; "
						+ "save the file as UTF-8 (in Excel: CSV UTF-8)",
				badByte, offset, line, column));
		this.line = line;
		this.column = column;
		this.offset = offset;
		this.badByte = badByte;
	}

	/** The 1-based line the byte is on. */
	public long line() {
		return line;
	}

	/** The 1-based byte position of the byte in its line. */
	public long column() {
		return column;
	}

	/** The 0-based byte offset of the byte from the start of the file. */
	public long offset() {
		return offset;
	}

	public int badByte() {
		return badByte;
	}

}
