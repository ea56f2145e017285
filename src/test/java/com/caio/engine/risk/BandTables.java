package com.caio.engine.risk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 1,000-row band table with the shipped table's meaning: the shipped four rows first,
 * then 996 rows that each reach one of the same four bands (same severity, colour and
 * name) from a minimum inside that band's range, so every cell reaches many rows and
 * still takes the shipped band.
 */
final class BandTables {

	static final int ROWS = 1000;

	private BandTables() {
	}

	/** The shipped rule files with {@code risk/bands.drl.csv} grown to 1,000 rows. */
	static Map<String, byte[]> withThousandRows(Map<String, byte[]> files) {
		Map<String, byte[]> edited = new TreeMap<>(files);
		edited.put("risk/bands.drl.csv",
				thousandRows(new String(files.get("risk/bands.drl.csv"), StandardCharsets.UTF_8))
					.getBytes(StandardCharsets.UTF_8));
		return edited;
	}

	static String thousandRows(String shipped) {
		StringBuilder csv = new StringBuilder(shipped.strip()).append('\n');
		for (int n = 1; n <= ROWS - 4; n++) {
			int minimum = 1 + n % 25;
			String[] band = minimum >= 15 ? new String[] { "CRIT", "Critical", "4", "#d73027" }
					: minimum >= 10 ? new String[] { "HIGH", "High", "3", "#fc8d59" }
							: minimum >= 5 ? new String[] { "MED", "Medium", "2", "#fee08b" }
									: new String[] { "LOW", "Low", "1", "#91cf60" };
			csv.append("RISK-BAND-%s-%04d %s from %d,%d,%s,%s,%s%n".formatted(band[0], n, band[1], minimum, minimum,
					band[2], band[3], band[1]));
		}
		return csv.toString();
	}

	static Map<String, byte[]> shippedFiles() throws java.io.IOException {
		Map<String, byte[]> files = new TreeMap<>();
		Path root = Path.of("rules");
		try (var walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return files;
	}

}
