package com.caio.engine.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

/**
 * The baseline every ingest benchmark is compared to: OpenCSV {@code readNext} alone over
 * the file.
 */
public final class ReadNextBaseline {

	private ReadNextBaseline() {
	}

	/** Reads every record and returns how many there were (header included). */
	public static long rows(Path file) throws IOException {
		long rows = 0;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVReader csv = new CSVReader(reader)) {
			while (csv.readNext() != null) {
				rows++;
			}
		}
		catch (CsvValidationException ex) {
			throw new IOException(ex);
		}
		return rows;
	}

}
