package com.caio.engine.risk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic register for the benchmark: ratings spread over the grid, most risks
 * owned and mitigated with a cost and due date, one in a hundred titles repeated, one row
 * in a thousand bad.
 */
final class RegisterGenerator {

	private static final String[] CATEGORIES = { "Model", "Data", "Privacy", "Security", "Governance", "People" };

	private static final String[] OWNERS = { "Head of ML Engineering", "Data Protection Officer", "CISO", "CIO",
			"Head of Data Governance", "" };

	private RegisterGenerator() {
	}

	static void write(Path file, int risks, long seed) throws IOException {
		Random random = new Random(seed);
		LocalDate start = LocalDate.of(2027, 1, 1);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", RegisterHeader.REQUIRED) + "," + String.join(",", RegisterHeader.OPTIONAL));
			out.newLine();
			for (int n = 1; n <= risks; n++) {
				int likelihood = 1 + random.nextInt(5);
				int impact = 1 + random.nextInt(5);
				boolean bad = random.nextInt(1000) == 0;
				String title = random.nextInt(100) == 0 ? "Repeated risk title " + random.nextInt(50)
						: "Risk " + n + " of model " + random.nextInt(400) + " in process " + random.nextInt(90);
				boolean mitigated = random.nextInt(10) < 7;
				out.write("R-" + n + "," + title + "," + CATEGORIES[random.nextInt(CATEGORIES.length)] + ","
						+ OWNERS[random.nextInt(OWNERS.length)] + "," + (bad ? 9 : likelihood) + ","
						+ Rating.IMPACT.label(impact) + ",Synthetic risk for the benchmark,model_lifecycle,");
				if (mitigated) {
					out.write("Mitigation " + n + "," + (1000 + random.nextInt(50_000)) + ","
							+ (1 + random.nextInt(likelihood)) + "," + impact + ","
							+ start.plusDays(random.nextInt(365)) + ",Measured monthly");
				}
				else {
					out.write(",,,,,");
				}
				out.newLine();
			}
		}
	}

}
