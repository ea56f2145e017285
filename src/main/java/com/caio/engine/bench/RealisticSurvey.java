package com.caio.engine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A wide survey as exports have them, for the benchmarks that race the engine against
 * other tools: quoted departments holding the separator, blanks (1 answer in 30) and N/A
 * (1 in 50), and about 1 row in 1,000 bad: an answer out of range, a missing respondent
 * id, or a respondent repeated. Reproducible (fixed seed).
 */
public final class RealisticSurvey {

	private static final String[] DEPARTMENTS = { "Marketing", "\"Sales, EMEA\"", "Data", "IT", "Finance", "Operations",
			"HR", "\"Legal, Risk & Compliance\"" };

	private static final String[] ROLES = { "Executive", "Director", "Manager", "Analyst", "Engineer" };

	private RealisticSurvey() {
	}

	public static Path write(Path file, long respondents, List<String> questionIds) throws IOException {
		SplittableRandom random = new SplittableRandom(20261127);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("respondent_id,department,role," + String.join(",", questionIds));
			out.write('\n');
			StringBuilder row = new StringBuilder(128);
			for (long r = 1; r <= respondents; r++) {
				row.setLength(0);
				int bad = random.nextInt(3_000);
				if (bad == 1 && r > 1) {
					row.append('R').append(1 + random.nextLong(r - 1));
				}
				else if (bad != 2) {
					row.append('R').append(r);
				}
				row.append(',')
					.append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)])
					.append(',')
					.append(ROLES[random.nextInt(ROLES.length)]);
				int outOfRange = bad == 3 ? random.nextInt(questionIds.size()) : -1;
				for (int q = 0; q < questionIds.size(); q++) {
					row.append(',');
					int kind = random.nextInt(150);
					if (q == outOfRange) {
						row.append('7');
					}
					else if (kind < 5) {
						// blank: unanswered
					}
					else if (kind < 8) {
						row.append("N/A");
					}
					else {
						row.append((char) ('1' + random.nextInt(5)));
					}
				}
				row.append('\n');
				out.append(row);
			}
		}
		return file;
	}

}
