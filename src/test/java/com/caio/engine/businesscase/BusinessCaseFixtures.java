package com.caio.engine.businesscase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shipped example cases, read as the CLI reads them. */
final class BusinessCaseFixtures {

	static final Path EXAMPLE = Path.of("examples/business-case.yaml");

	static final Path LONG_HORIZON = Path.of("examples/business-case-long-horizon.yaml");

	private BusinessCaseFixtures() {
	}

	static BusinessCase example() {
		return read(EXAMPLE);
	}

	static BusinessCase longHorizon() {
		try (InputStream csv = Files.newInputStream(Path.of("examples/business-case-baseline.csv"))) {
			return new BusinessCaseReader().read(Files.readAllBytes(LONG_HORIZON), "business-case-long-horizon.yaml",
					BaselineCsv.read(csv, "business-case-baseline.csv"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BusinessCase read(Path file) {
		try {
			return new BusinessCaseReader().read(Files.readAllBytes(file), file.getFileName().toString(), List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BusinessCase yaml(String text) {
		return new BusinessCaseReader().read(text.getBytes(StandardCharsets.UTF_8), "case.yaml", List.of());
	}

	/**
	 * The example with one piece of text replaced, so a test shows only what it changes.
	 */
	static String exampleWith(String from, String to) {
		try {
			String text = Files.readString(EXAMPLE);
			if (!text.contains(from)) {
				throw new IllegalArgumentException("the example has no '" + from + "'");
			}
			return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
