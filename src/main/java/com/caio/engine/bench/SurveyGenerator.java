package com.caio.engine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** Writes a synthetic wide survey CSV of a given size, reproducibly (fixed seed). */
public final class SurveyGenerator {

	private static final String[] DEPARTMENTS = { "Marketing", "Sales", "Data", "IT", "Finance", "Operations", "HR",
			"Legal" };

	private static final String[] ROLES = { "Executive", "Director", "Manager", "Analyst", "Engineer" };

	private SurveyGenerator() {
	}

	/** The Likert labels of 1-5, as a Forms export writes them. */
	private static final String[] LABELS = { "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
			"Strongly agree" };

	/**
	 * {@code respondents} rows answering {@code questionIds}; about 1 answer in 30 is
	 * left blank.
	 */
	public static Path write(Path file, long respondents, List<String> questionIds) throws IOException {
		return write(file, respondents, questionIds, false);
	}

	/**
	 * As {@link #write(Path, long, List)}, the same answers written as their Likert
	 * labels when {@code labels}, as a Forms export writes them.
	 */
	public static Path write(Path file, long respondents, List<String> questionIds, boolean labels) throws IOException {
		SplittableRandom random = new SplittableRandom(42);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("respondent_id,department,role," + String.join(",", questionIds));
			out.write('\n');
			StringBuilder row = new StringBuilder(128);
			for (long r = 1; r <= respondents; r++) {
				row.setLength(0);
				row.append('R')
					.append(r)
					.append(',')
					.append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)])
					.append(',')
					.append(ROLES[random.nextInt(ROLES.length)]);
				for (int q = 0; q < questionIds.size(); q++) {
					row.append(',');
					if (random.nextInt(30) != 0) {
						int answer = random.nextInt(5);
						if (labels) {
							row.append(LABELS[answer]);
						}
						else {
							row.append((char) ('1' + answer));
						}
					}
				}
				row.append('\n');
				out.append(row);
			}
		}
		return file;
	}

	/** Removes a benchmark's scratch folder. */
	public static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a scratch folder left in the temp directory is harmless
		}
	}

	/** How many rows make a file of about {@code megabytes}, measured on a sample. */
	public static long respondentsForMegabytes(Path dir, double megabytes, List<String> questionIds)
			throws IOException {
		Path sample = write(dir.resolve("sample.csv"), 10_000, questionIds);
		double bytesPerRow = Files.size(sample) / 10_000.0;
		Files.delete(sample);
		return Math.round(megabytes * 1024 * 1024 / bytesPerRow);
	}

}
