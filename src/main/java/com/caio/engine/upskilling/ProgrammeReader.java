package com.caio.engine.upskilling;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import com.caio.engine.input.InputFields;
import com.caio.engine.upskilling.model.Module;
import com.caio.engine.upskilling.model.Programme;
import com.caio.engine.upskilling.model.SkillsCatalogue;
import tools.jackson.databind.JsonNode;

/**
 * Reads a programme file (YAML, or JSON when it starts with '{'): its name, start month,
 * curriculum, and the names of its survey, results and task-log files. A module's outcome
 * without a score is accepted here and reported by the curriculum rules as not
 * measurable.
 */
final class ProgrammeReader {

	static final Set<String> TOP = Set.of("name", "organisation", "start", "survey", "results", "taskLog",
			"curriculum");

	static final Set<String> MODULE = Set.of("id", "title", "audience", "month", "durationHours", "skills", "outcome");

	static final Set<String> OUTCOME = Set.of("text", "score", "scale");

	/** The files a programme names, resolved beside it on the command line. */
	record References(String survey, String results, String taskLog) {
	}

	Programme read(JsonNode root, SkillsCatalogue catalogue) {
		InputFields.allowOnly(root, "", TOP);
		String name = InputFields.text(root, "", "name");
		YearMonth start = month(InputFields.requiredText(root, "", "start"), "start");
		JsonNode curriculum = InputFields.object(root, "", "curriculum");
		InputFields.allowOnly(curriculum, "curriculum", Set.of("months", "modules"));
		int months = whole(curriculum, "curriculum", "months", 1, 60, "the curriculum's length, 1 to 60 months");
		List<Module> modules = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		List<JsonNode> nodes = InputFields.list(curriculum, "curriculum", "modules");
		for (int i = 0; i < nodes.size(); i++) {
			Module m = module(nodes.get(i), "curriculum.modules[" + i + "]", catalogue);
			if (!ids.add(m.id())) {
				throw new BadInputException("curriculum.modules[" + i + "].id", "a second module '" + m.id() + "'");
			}
			modules.add(m);
		}
		return new Programme(name == null ? "Upskilling programme" : name, InputFields.text(root, "", "organisation"),
				start, months, modules);
	}

	References references(JsonNode root) {
		return new References(InputFields.text(root, "", "survey"), InputFields.text(root, "", "results"),
				InputFields.text(root, "", "taskLog"));
	}

	private static Module module(JsonNode node, String at, SkillsCatalogue catalogue) {
		InputFields.allowOnly(node, at, MODULE);
		String id = InputFields.requiredText(node, at, "id");
		List<String> audience = new ArrayList<>();
		for (String written : InputFields.texts(node, at, "audience")) {
			String role = SkillsCatalogue.normalise(written).equals(SkillsCatalogue.EVERYONE) ? SkillsCatalogue.EVERYONE
					: SkillsCatalogue.role(written);
			if (role == null) {
				throw new BadInputException(at + ".audience", "'" + written + "' is not a role; accepted: "
						+ String.join(", ", SkillsCatalogue.ROLES) + ", " + SkillsCatalogue.EVERYONE);
			}
			audience.add(role);
		}
		if (audience.isEmpty()) {
			throw new BadInputException(at + ".audience", "missing; name the roles the module is for, or everyone");
		}
		List<String> skills = InputFields.texts(node, at, "skills");
		for (String s : skills) {
			if (!catalogue.skills().contains(s)) {
				throw new BadInputException(at + ".skills",
						"'" + s + "' is not a skill of rules/upskilling/skills.csv; accepted: " + catalogue.skills());
			}
		}
		String outcome = null;
		Double score = null;
		double scale = 100;
		JsonNode o = node.get("outcome");
		if (o != null && o.isObject()) {
			InputFields.allowOnly(o, at + ".outcome", OUTCOME);
			outcome = InputFields.text(o, at + ".outcome", "text");
			scale = InputFields.number(o, at + ".outcome", "scale", 1, 1000, 100.0, "the highest score, 1 to 1000");
			if (o.has("score")) {
				score = InputFields.number(o, at + ".outcome", "score", 0, scale, null,
						"the score to reach on the post-assessment, 0 to the scale (" + (int) scale + ")");
			}
		}
		else if (o != null) {
			outcome = InputFields.text(node, at, "outcome");
		}
		return new Module(id, InputFields.requiredText(node, at, "title"), audience,
				whole(node, at, "month", 1, 60, "the programme month it is delivered in, 1 to 60"),
				InputFields.number(node, at, "durationHours", 0, 1000, 0.0, "hours, 0 to 1000"), skills, outcome, score,
				scale);
	}

	static YearMonth month(String text, String where) {
		if (text.matches("\\d{4}-\\d{2}")) {
			try {
				return YearMonth.parse(text);
			}
			catch (DateTimeParseException ex) {
				// falls through to the refusal
			}
		}
		throw new BadInputException(where, "'" + text + "' is not a month; expected YYYY-MM, such as 2026-01");
	}

	private static int whole(JsonNode node, String at, String name, int min, int max, String accepted) {
		double value = InputFields.number(node, at, name, min, max, null, accepted);
		if (value != Math.rint(value)) {
			throw new BadInputException(at + "." + name, value + " is not a whole number; expected " + accepted);
		}
		return (int) value;
	}

}
