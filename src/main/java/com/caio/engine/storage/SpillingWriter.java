package com.caio.engine.storage;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text written in memory up to a limit, and beyond it into a temporary file, so a large
 * result reaches the database as a stream: held as one string it cost its characters
 * three times over (the generator's buffer, a builder, the string) beside the result.
 * {@link #discard()} deletes the file.
 */
final class SpillingWriter extends Writer {

	private final int limit;

	private final StringBuilder memory = new StringBuilder(8192);

	private Path file;

	private Writer spill;

	private long length;

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
		length += count;
	}

	@Override
	public void flush() throws IOException {
		if (spill != null) {
			spill.flush();
		}
	}

	/** Whether the text stayed in memory ({@link #text()} has it). */
	boolean inMemory() {
		return spill == null;
	}

	/** The text, when it stayed in memory. */
	String text() {
		if (!inMemory()) {
			throw new IllegalStateException("the text went to " + file);
		}
		return memory.toString();
	}

	/** Characters written. */
	long length() {
		return length;
	}

	/** The text from its start; call after everything is written. */
	Reader reader() {
		if (inMemory()) {
			return new StringReader(memory.toString());
		}
		try {
			close();
			return new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16);
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
