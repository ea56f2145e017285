package com.caio.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One capability's streaming path, for {@code bench memory}: writes a generated input of
 * about a given size and scores it the way the capability does. Declare one as a Spring
 * bean; {@link MemoryBench} finds it.
 */
public interface MemoryProbe {

	/** The capability as the command line names it: maturity, risk, pilot. */
	String kind();

	/** What one row of its input is: respondents, risks, units. */
	String rowName();

	/** Writes an input of about {@code bytes} to {@code file}; returns its data rows. */
	long write(Path file, long bytes) throws IOException;

	/** Scores the file along the capability's path; returns the rows it read. */
	long score(Path file) throws IOException;

	/**
	 * How many rows make about {@code bytes}, from a sample of {@code sampleRows} the
	 * probe has written to {@code sample} (deleted here).
	 */
	static long rowsFor(long bytes, Path sample, long sampleRows) throws IOException {
		double bytesPerRow = (double) Files.size(sample) / sampleRows;
		Files.delete(sample);
		return Math.max(1, Math.round(bytes / bytesPerRow));
	}

}
