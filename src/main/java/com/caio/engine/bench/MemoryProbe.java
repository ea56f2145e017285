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

	/** The rows of the sample an input's size is scaled from. */
	long SAMPLE_ROWS = 10_000;

	/** The capability as the command line names it: maturity, risk, pilot. */
	String kind();

	/** What one row of its input is: respondents, risks, units. */
	String rowName();

	/** Writes a generated input of {@code rows} data rows to {@code file}. */
	void generate(Path file, long rows) throws IOException;

	/** Scores the file along the capability's path; returns the rows it read. */
	long score(Path file) throws IOException;

	/**
	 * Writes an input of about {@code bytes} to {@code file}: the row count is scaled
	 * from a sample of {@link #SAMPLE_ROWS} rows written to the same file first. Returns
	 * its data rows.
	 */
	default long write(Path file, long bytes) throws IOException {
		generate(file, SAMPLE_ROWS);
		double bytesPerRow = (double) Files.size(file) / SAMPLE_ROWS;
		long rows = Math.max(1, Math.round(bytes / bytesPerRow));
		generate(file, rows);
		return rows;
	}

}
