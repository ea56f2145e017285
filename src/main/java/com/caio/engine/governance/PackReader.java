package com.caio.engine.governance;

import static com.caio.engine.input.InputFields.allowOnly;
import static com.caio.engine.input.InputFields.date;
import static com.caio.engine.input.InputFields.list;
import static com.caio.engine.input.InputFields.requiredText;
import static com.caio.engine.input.InputFields.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import com.caio.engine.governance.model.PlannedMilestone;
import com.caio.engine.governance.model.Quarter;
import com.caio.engine.governance.model.QuarterRun;
import com.caio.engine.input.InputFields;
import tools.jackson.databind.JsonNode;

/**
 * Reads the pack file: {@code quarter} (YYYY-Qn), optional {@code engagement} (id),
 * {@code asOf}, the files {@code kpis}, {@code incidents}, {@code framework} (beside it),
 * {@code risk} (a stored risk run per quarter) and {@code milestones}.
 */
final class PackReader {

	/** The pack file as written; options and attachments override it. */
	record PackFile(Long engagement, Quarter quarter, LocalDate asOf, String kpis, String incidents, String framework,
			List<QuarterRun> risk, List<PlannedMilestone> milestones) {
	}

	PackFile read(byte[] content, String file, String engagementOption, String quarterOption) {
		JsonNode root = InputFields.parse(content, file, "a governance pack");
		allowOnly(root, "",
				Set.of("engagement", "quarter", "asOf", "kpis", "incidents", "framework", "risk", "milestones"));
		String quarterText = quarterOption != null ? quarterOption : requiredText(root, "", "quarter");
		Quarter quarter = quarter(quarterText, "quarter");
		String engagement = engagementOption != null ? engagementOption : text(root, "", "engagement");
		List<QuarterRun> risk = new ArrayList<>();
		List<JsonNode> runs = list(root, "", "risk");
		for (int i = 0; i < runs.size(); i++) {
			String path = "risk[" + i + "]";
			allowOnly(runs.get(i), path, Set.of("quarter", "run"));
			Quarter q = quarter(requiredText(runs.get(i), path, "quarter"), path + ".quarter");
			if (risk.stream().anyMatch(r -> r.quarter().equals(q))) {
				throw new BadInputException(path + ".quarter", q + " already has a risk run; give one per quarter");
			}
			risk.add(new QuarterRun(q,
					id(requiredText(runs.get(i), path, "run"), path + ".run", "the id of a stored risk run")));
		}
		List<PlannedMilestone> milestones = new ArrayList<>();
		List<JsonNode> nodes = list(root, "", "milestones");
		for (int i = 0; i < nodes.size(); i++) {
			String path = "milestones[" + i + "]";
			allowOnly(nodes.get(i), path, Set.of("name", "due", "doneOn"));
			milestones.add(new PlannedMilestone(requiredText(nodes.get(i), path, "name"),
					date(nodes.get(i), path, "due", true), date(nodes.get(i), path, "doneOn", false)));
		}
		LocalDate asOf = date(root, "", "asOf", false);
		if (asOf != null && Quarter.of(asOf).compareTo(quarter) < 0) {
			throw new BadInputException("asOf", asOf + " is before the quarter " + quarter
					+ " begins; the pack is as of a day in or after its quarter");
		}
		return new PackFile(engagement == null ? null : id(engagement, "engagement", "the id of a recorded engagement"),
				quarter, asOf == null ? quarter.last() : asOf, text(root, "", "kpis"), text(root, "", "incidents"),
				text(root, "", "framework"), risk, milestones);
	}

	static Quarter quarter(String text, String where) {
		Quarter quarter = Quarter.parse(text);
		if (quarter == null) {
			throw new BadInputException(where, "'" + text + "' is not a quarter; expected " + Quarter.ACCEPTED);
		}
		return quarter;
	}

	private static long id(String text, String where, String what) {
		try {
			long id = Long.parseLong(text.strip());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new BadInputException(where, "'" + text + "' is not an id; expected " + what + ", a whole number");
	}

}
