package com.caio.engine.upskilling;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.input.Numbers;
import com.caio.engine.upskilling.model.Module;
import com.caio.engine.upskilling.model.ModuleResults;
import com.caio.engine.upskilling.model.ModuleTally;
import com.caio.engine.upskilling.model.Programme;
import com.caio.engine.upskilling.model.Rejections;

/**
 * Streams a module results CSV (person, module, pre, post, attendance, satisfaction) into
 * one tally per module. A line with a module not in the curriculum, a score outside the
 * module's scale, an attendance outside 0-100% or a satisfaction outside 1-5 is rejected
 * with its reason; the rest count.
 */
final class ModuleResultsReader {

	static final List<String> COLUMNS = List.of("person", "module", "pre", "post", "attendance", "satisfaction");

	private final Map<String, Module> modules = new LinkedHashMap<>();

	ModuleResultsReader(Programme programme) {
		programme.modules().forEach(m -> modules.put(m.id(), m));
	}

	ModuleResults read(InputStream in) throws CsvFormatException {
		try (CsvRows csv = CsvRows.open(in)) {
			String[] header = csv.header();
			int[] at = new int[COLUMNS.size()];
			for (int i = 0; i < at.length; i++) {
				at[i] = indexOf(header, COLUMNS.get(i));
				if (at[i] < 0 && i < 4) {
					throw new CsvFormatException(1, 1, "the header needs the columns " + String.join(", ", COLUMNS)
							+ " (attendance and satisfaction may be left out); it has " + String.join(", ", header));
				}
			}
			Map<String, Acc> tallies = new LinkedHashMap<>();
			modules.keySet().forEach(id -> tallies.put(id, new Acc()));
			Set<String> seen = new HashSet<>();
			Rejections rejections = new Rejections("results");
			long rows = 0;
			CsvRow row;
			while ((row = csv.next()) != null) {
				rows++;
				String problem = add(row, header.length, at, tallies, seen);
				if (problem != null) {
					rejections.reject(row.line(), Integer.parseInt(problem.substring(0, problem.indexOf(':'))),
							problem.substring(problem.indexOf(':') + 2));
				}
			}
			List<ModuleTally> list = new ArrayList<>();
			tallies.forEach((id, acc) -> list.add(acc.tally(id)));
			return new ModuleResults(rows, list, rejections.count(), rejections.kept());
		}
		catch (IOException ex) {
			throw new CsvFormatException(0, 1, "cannot read the file: " + ex.getMessage());
		}
	}

	/** Adds the row; null, or {@code "column: reason"} when it is rejected. */
	private String add(CsvRow row, int width, int[] at, Map<String, Acc> tallies, Set<String> seen) {
		String[] v = row.values();
		if (v.length != width) {
			return "0: expected " + width + " columns but found " + v.length;
		}
		String person = v[at[0]].strip();
		String id = v[at[1]].strip();
		if (person.isEmpty()) {
			return (at[0] + 1) + ": missing person";
		}
		Module module = modules.get(id);
		if (module == null) {
			return (at[1] + 1) + ": module '" + id + "' is not in the curriculum; accepted: "
					+ String.join(", ", modules.keySet());
		}
		String scale = "a score from 0 to " + format(module.scale()) + " (the scale of " + id + ") or blank";
		Double pre = score(v[at[2]]);
		if (pre != null && (pre.isNaN() || pre < 0 || pre > module.scale())) {
			return (at[2] + 1) + ": pre score '" + v[at[2]].strip() + "' " + wrong(pre) + "; accepted: " + scale;
		}
		Double post = score(v[at[3]]);
		if (post != null && (post.isNaN() || post < 0 || post > module.scale())) {
			return (at[3] + 1) + ": post score '" + v[at[3]].strip() + "' " + wrong(post) + "; accepted: " + scale;
		}
		Double attendance = at[4] < 0 ? null : score(v[at[4]].strip().replace("%", ""));
		if (attendance != null && (attendance.isNaN() || attendance < 0 || attendance > 100)) {
			return (at[4] + 1) + ": attendance '" + v[at[4]].strip()
					+ "' is not accepted; accepted: a percentage from 0 to 100, or blank";
		}
		Double satisfaction = at[5] < 0 ? null : score(v[at[5]]);
		if (satisfaction != null && (satisfaction.isNaN() || satisfaction < 1 || satisfaction > 5)) {
			return (at[5] + 1) + ": satisfaction '" + v[at[5]].strip()
					+ "' is not accepted; accepted: 1 to 5 (5 = very satisfied), or blank";
		}
		if (!seen.add(id + "\u0000" + person.toLowerCase(Locale.ROOT))) {
			return (at[0] + 1) + ": a second row for '" + person + "' in " + id;
		}
		tallies.get(id).add(module, pre, post, attendance, satisfaction);
		return null;
	}

	private static String wrong(double score) {
		return Double.isNaN(score) ? "is not a number" : "is outside the scale";
	}

	/** A number, null when blank, NaN when not a number. */
	private static Double score(String cell) {
		String s = cell.strip();
		if (s.isEmpty()) {
			return null;
		}
		return Numbers.isNumber(s) ? Numbers.parse(s) : Double.NaN;
	}

	private static int indexOf(String[] header, String name) {
		for (int c = 0; c < header.length; c++) {
			if (header[c].strip().toLowerCase(Locale.ROOT).equals(name)) {
				return c;
			}
		}
		return -1;
	}

	static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	/** One module's running sums. */
	private static final class Acc {

		int enrolled;

		int assessed;

		int reached;

		int pairs;

		double mean;

		double m2;

		double preSum;

		double postSum;

		int rated;

		double satisfactionSum;

		int satisfied;

		int attended;

		double attendanceSum;

		void add(Module module, Double pre, Double post, Double attendance, Double satisfaction) {
			enrolled++;
			if (post != null) {
				assessed++;
				if (module.outcomeScore() != null && post >= module.outcomeScore()) {
					reached++;
				}
				if (pre != null) {
					pairs++;
					double d = post - pre;
					double delta = d - mean;
					mean += delta / pairs;
					m2 += delta * (d - mean);
					preSum += pre;
					postSum += post;
				}
			}
			if (satisfaction != null) {
				rated++;
				satisfactionSum += satisfaction;
				satisfied += satisfaction >= 4 ? 1 : 0;
			}
			if (attendance != null) {
				attended++;
				attendanceSum += attendance;
			}
		}

		ModuleTally tally(String id) {
			return new ModuleTally(id, enrolled, assessed, reached, pairs, mean, m2, pairs == 0 ? 0 : preSum / pairs,
					pairs == 0 ? 0 : postSum / pairs, rated, rated == 0 ? 0 : satisfactionSum / rated, satisfied,
					attended, attended == 0 ? 0 : attendanceSum / attended);
		}

	}

}
