package com.caio.engine.storage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text written in memory up to a limit, and beyond it into a temporary file: Jackson's
 * {@code writeValueAsString} holds a large text as segments of UTF-16 characters and then
 * copies them into the string, ~4x the string's size at once beside the result.
 * {@link #discard()} deletes the file.
 */
final class SpillingWriter extends Writer {

	private final int limit;

	private final StringBuilder memory = new StringBuilder(8192);

	private Path file;

	private Writer spill;

	SpillingWriter(int limit) {
		this.limit = limit;
	}

	@Override
	public void write(char[] chars, int offset, int count) throws IOException {
		if (spill == null && memory.length() + count > limit) {
			file = Files.createTempFile("caio-result-", ".json");
			spill = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
			spill.append(memory);
			memory.setLength(0);
			memory.trimToSize();
		}
		if (spill == null) {
			memory.append(chars, offset, count);
		}
		else {
			spill.write(chars, offset, count);
		}
	}

	@Override
	public void flush() throws IOException {
		if (spill != null) {
			spill.flush();
		}
	}

	/** Whether the text went to a temporary file. */
	boolean spilled() {
		return spill != null;
	}

	/**
	 * The text, read back from the file if it went to one (a string of its exact size:
	 * one byte a character when it is Latin-1).
	 */
	String text() {
		if (!spilled()) {
			return memory.toString();
		}
		try {
			close();
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ends the writing (the text stays readable until {@link #discard()}). */
	@Override
	public void close() throws IOException {
		if (spill != null) {
			spill.close();
		}
	}

	/** Deletes the temporary file, if the text went to one. */
	void discard() {
		if (file != null) {
			try {
				close();
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

}
