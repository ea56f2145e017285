package com.caio.engine.upskilling;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.upskilling.model.Rejections;
import com.caio.engine.upskilling.model.SkillCount;
import com.caio.engine.upskilling.model.SkillsCatalogue;
import com.caio.engine.upskilling.model.SkillsSurvey;

/**
 * Streams a skills survey (one row per person: respondent, team, role, one column per
 * skill) with the shared CSV reader the maturity survey uses (Forms and spreadsheet
 * exports, BOM, comma/semicolon/tab). A bad row is rejected with its line and reason and
 * every other row still counts; only a file that cannot be parsed at all is refused.
 */
final class SkillsSurveyReader {

	static final Set<String> RESPONDENT = Set.of("respondent", "respondent id", "respondent_id", "id", "email",
			"person", "name", "responder");

	static final Set<String> TEAM = Set.of("team", "department", "squad");

	static final Set<String> ROLE = Set.of("role", "job role", "job_role", "job title");

	static final String OTHER = "other";

	private final SkillsCatalogue catalogue;

	SkillsSurveyReader(SkillsCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	SkillsSurvey read(InputStream in) throws CsvFormatException {
		try (CsvRows csv = CsvRows.open(in)) {
			return read(csv);
		}
		catch (IOException ex) {
			throw new CsvFormatException(0, 1, "cannot read the file: " + ex.getMessage());
		}
	}

	private SkillsSurvey read(CsvRows csv) throws CsvFormatException {
		String[] header = csv.header();
		int respondent = column(header, RESPONDENT);
		int team = column(header, TEAM);
		int role = column(header, ROLE);
		if (respondent < 0 || role < 0) {
			throw new CsvFormatException(1, 1, "the header needs a respondent column (" + String.join(", ", RESPONDENT)
					+ ") and a role column (" + String.join(", ", ROLE) + ")");
		}
		String[] skillOf = new String[header.length];
		List<String> ignored = new ArrayList<>();
		int skills = 0;
		for (int c = 0; c < header.length; c++) {
			if (c == respondent || c == team || c == role) {
				continue;
			}
			skillOf[c] = catalogue.skillOfColumn(header[c]).orElse(null);
			if (skillOf[c] == null) {
				ignored.add(header[c]);
			}
			else {
				skills++;
			}
		}
		if (skills == 0) {
			throw new CsvFormatException(1, 1, "no column is a skill of rules/upskilling/skills.csv; head a column "
					+ "with a skill id (PM-01) or its text");
		}
		List<String> notes = new ArrayList<>();
		if (!ignored.isEmpty()) {
			notes.add("columns ignored (not a skill of the catalogue): " + String.join(", ", ignored));
		}
		Rejections rejections = new Rejections("survey");
		Map<String, int[]> counts = new TreeMap<>();
		Map<String, Integer> people = new TreeMap<>();
		Map<String, Integer> teams = new TreeMap<>();
		Map<String, Integer> teamRoles = new TreeMap<>();
		Set<String> seen = new HashSet<>();
		byte[] answers = new byte[header.length];
		long rows = 0;
		CsvRow row;
		while ((row = csv.next()) != null) {
			rows++;
			String[] v = row.values();
			if (v.length != header.length) {
				rejections.reject(row.line(), 0, "expected " + header.length + " columns but found " + v.length);
				continue;
			}
			String id = v[respondent].strip();
			if (id.isEmpty()) {
				rejections.reject(row.line(), respondent + 1, "missing respondent id");
				continue;
			}
			String written = v[role].strip();
			String r = SkillsCatalogue.role(written);
			String t = team < 0 || v[team].isBlank() ? "(no team)" : v[team].strip();
			String error = null;
			int errorColumn = 0;
			for (int c = 0; c < v.length && error == null; c++) {
				if (skillOf[c] != null) {
					answers[c] = Proficiency.parse(v[c]);
					if (answers[c] == Proficiency.INVALID) {
						error = "answer '" + v[c].strip() + "' to " + skillOf[c] + " is not accepted; accepted: "
								+ Proficiency.ACCEPTED;
						errorColumn = c + 1;
					}
				}
			}
			if (error != null) {
				rejections.reject(row.line(), errorColumn, error);
				continue;
			}
			if (!seen.add(id.toLowerCase(Locale.ROOT))) {
				rejections.reject(row.line(), respondent + 1, "duplicate respondent '" + id + "'");
				continue;
			}
			String counted = r == null ? OTHER : r;
			people.merge(counted, 1, Integer::sum);
			teams.merge(t, 1, Integer::sum);
			teamRoles.merge(t + "|" + counted, 1, Integer::sum);
			for (int c = 0; c < v.length; c++) {
				if (skillOf[c] == null || answers[c] < 0) {
					continue;
				}
				String skill = skillOf[c];
				if (catalogue.target(skill, counted).isPresent()) {
					counts.computeIfAbsent(skill + "\u0000" + counted + "\u0000" + t, k -> new int[5])[answers[c]]++;
				}
			}
		}
		List<SkillCount> list = new ArrayList<>();
		counts.forEach((key, histogram) -> {
			String[] k = key.split("\u0000", -1);
			list.add(new SkillCount(k[0], k[1], k[2], histogram));
		});
		if (people.containsKey(OTHER)) {
			notes.add(people.get(OTHER) + " respondents have a role the catalogue does not know; only the skills for "
					+ "everyone count for them");
		}
		return new SkillsSurvey(rows, seen.size(), people, teams, teamRoles, list, notes, rejections.count(),
				rejections.kept());
	}

	private static int column(String[] header, Set<String> names) {
		for (int c = 0; c < header.length; c++) {
			if (names.contains(header[c].strip().toLowerCase(Locale.ROOT))) {
				return c;
			}
		}
		return -1;
	}

}
