package com.caio.engine.malformed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;

/**
 * The malformed-input corpus in {@code src/test/resources/malformed/} and its table of
 * expected outcomes ({@code expected.csv}, written with the files by
 * {@code generate.py}): each file is either accepted with the given lines rejected, or
 * refused at the given place with the given words.
 */
public final class MalformedCorpus {

	public static final Path ROOT = Path.of("src/test/resources/malformed");

	private MalformedCorpus() {
	}

	/**
	 * One file and what must happen to it.
	 *
	 * @param where for a refusal, how the place it names starts: {@code line:column} of a
	 * CSV, or the field path / {@code file:line:column} of a YAML/JSON file
	 * @param message words the refusal, or the first rejection, must contain
	 */
	public record Case(Path file, String kind, boolean accepted, List<Long> rejectedLines, String where,
			String message) {

		public String name() {
			return file.getFileName().toString();
		}

		@Override
		public String toString() {
			return kind + "/" + name();
		}

	}

	public static List<Case> all() {
		List<Case> cases = new ArrayList<>();
		try (CsvRows rows = CsvRows.open(Files.newInputStream(ROOT.resolve("expected.csv")))) {
			CsvRow row;
			while ((row = rows.next()) != null) {
				boolean accepted = row.value(2).equals("accepted");
				List<Long> lines = accepted && !row.value(3).isEmpty()
						? Arrays.stream(row.value(3).split(";")).map(Long::valueOf).toList() : List.of();
				cases.add(new Case(ROOT.resolve(row.value(0)), row.value(1), accepted, lines,
						accepted ? "" : row.value(3), row.value(4)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (com.caio.engine.csv.CsvFormatException ex) {
			throw new IllegalStateException(ex.describe("expected.csv"), ex);
		}
		return cases;
	}

	public static List<Case> of(String... kinds) {
		List<String> wanted = List.of(kinds);
		return all().stream().filter(c -> wanted.contains(c.kind())).toList();
	}

	public static byte[] bytes(Case c) {
		try {
			return Files.readAllBytes(c.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final java.util.regex.Pattern NON_FINITE = java.util.regex.Pattern
		.compile("[:\\[,]\\s*\"?[-+]?(NaN|Infinity)\"?\\s*[,}\\]]");

	/**
	 * Whether a JSON text holds a value that is NaN or an infinity, as a number or a
	 * string.
	 */
	public static boolean hasNonFinite(String json) {
		return NON_FINITE.matcher(json).find();
	}

}
