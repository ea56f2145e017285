package com.caio.engine.governance;

import static com.caio.engine.input.InputFields.allowOnly;
import static com.caio.engine.input.InputFields.date;
import static com.caio.engine.input.InputFields.list;
import static com.caio.engine.input.InputFields.requiredText;
import static com.caio.engine.input.InputFields.text;
import static com.caio.engine.input.InputFields.texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.caio.engine.common.BadInputException;
import com.caio.engine.governance.model.Framework;
import com.caio.engine.input.InputFields;
import tools.jackson.databind.JsonNode;

/**
 * Reads a governance framework (YAML or JSON): {@code name}, {@code roles},
 * {@code escalations}, {@code checks} and {@code teams}; refusals name the field path.
 * Control ids are ISO/IEC 42001 Annex A ids ({@code A.3.2}) or NIST AI RMF functions,
 * optionally with a category ({@code GOVERN}, {@code MEASURE 2.7}).
 */
final class FrameworkReader {

	static final Pattern CONTROL = Pattern
		.compile("A\\.\\d{1,2}(\\.\\d{1,2}){0,2}|(GOVERN|MAP|MEASURE|MANAGE)([ -]\\d{1,2}(\\.\\d{1,2})?)?");

	static final String CONTROLS = "ISO/IEC 42001 Annex A ids such as A.3.2, or NIST AI RMF GOVERN, MAP, MEASURE, MANAGE (optionally with a category, e.g. MEASURE 2.7)";

	Framework read(byte[] content, String file) {
		JsonNode root = InputFields.parse(content, file, "a governance framework");
		allowOnly(root, file, Set.of("name", "roles", "escalations", "checks", "teams"));
		List<Framework.Role> roles = new ArrayList<>();
		Set<String> roleIds = new HashSet<>();
		List<JsonNode> roleNodes = list(root, file, "roles");
		for (int i = 0; i < roleNodes.size(); i++) {
			String path = file + ":roles[" + i + "]";
			JsonNode r = roleNodes.get(i);
			allowOnly(r, path, Set.of("id", "title", "holder", "executive", "controls"));
			String id = unique(roleIds, requiredText(r, path, "id"), path);
			JsonNode executive = r.get("executive");
			if (executive != null && !executive.isBoolean()) {
				throw new BadInputException(path + ".executive", "must be true or false");
			}
			roles.add(new Framework.Role(id, requiredText(r, path, "title"), text(r, path, "holder"),
					executive != null && executive.asBoolean(), controls(r, path)));
		}
		return new Framework(text(root, file, "name"), roles, escalations(root, file, roleIds), checks(root, file),
				teams(root, file));
	}

	private List<Framework.Escalation> escalations(JsonNode root, String file, Set<String> roleIds) {
		List<Framework.Escalation> out = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		List<JsonNode> nodes = list(root, file, "escalations");
		for (int i = 0; i < nodes.size(); i++) {
			String path = file + ":escalations[" + i + "]";
			JsonNode e = nodes.get(i);
			allowOnly(e, path, Set.of("id", "trigger", "steps", "controls"));
			List<String> steps = texts(e, path, "steps");
			if (steps.isEmpty()) {
				throw new BadInputException(path + ".steps", "missing; expected the role ids in order of escalation");
			}
			for (int s = 0; s < steps.size(); s++) {
				if (!roleIds.contains(steps.get(s))) {
					throw new BadInputException(path + ".steps[" + s + "]", "'" + steps.get(s)
							+ "' is not a role of the framework; the roles are " + roleIds.stream().sorted().toList());
				}
			}
			out.add(new Framework.Escalation(unique(ids, requiredText(e, path, "id"), path),
					requiredText(e, path, "trigger"), steps, controls(e, path)));
		}
		return out;
	}

	private List<Framework.Check> checks(JsonNode root, String file) {
		List<Framework.Check> out = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		List<JsonNode> nodes = list(root, file, "checks");
		for (int i = 0; i < nodes.size(); i++) {
			String path = file + ":checks[" + i + "]";
			JsonNode c = nodes.get(i);
			allowOnly(c, path, Set.of("id", "title", "area", "controls", "evidencedOn"));
			List<String> days = texts(c, path, "evidencedOn");
			List<LocalDate> evidenced = new ArrayList<>();
			for (int d = 0; d < days.size(); d++) {
				evidenced.add(InputFields.date(days.get(d), path + ".evidencedOn[" + d + "]"));
			}
			String area = text(c, path, "area");
			if (area != null && !List.of("data", "privacy").contains(area)) {
				throw new BadInputException(path + ".area", "'" + area + "' is not data or privacy");
			}
			out.add(new Framework.Check(unique(ids, requiredText(c, path, "id"), path), requiredText(c, path, "title"),
					area == null ? "data" : area, controls(c, path), evidenced.stream().sorted().toList()));
		}
		return out;
	}

	private List<Framework.Team> teams(JsonNode root, String file) {
		List<Framework.Team> out = new ArrayList<>();
		Set<String> names = new HashSet<>();
		List<JsonNode> nodes = list(root, file, "teams");
		for (int i = 0; i < nodes.size(); i++) {
			String path = file + ":teams[" + i + "]";
			JsonNode t = nodes.get(i);
			allowOnly(t, path, Set.of("name", "relevant", "adoptedOn", "evidence", "controls"));
			JsonNode relevant = t.get("relevant");
			if (relevant != null && !relevant.isBoolean()) {
				throw new BadInputException(path + ".relevant", "must be true or false");
			}
			out.add(new Framework.Team(unique(names, requiredText(t, path, "name"), path),
					relevant == null || relevant.asBoolean(), date(t, path, "adoptedOn", false),
					text(t, path, "evidence"), controls(t, path)));
		}
		return out;
	}

	private static List<String> controls(JsonNode node, String path) {
		List<String> controls = texts(node, path, "controls");
		for (int i = 0; i < controls.size(); i++) {
			if (!CONTROL.matcher(controls.get(i)).matches()) {
				throw new BadInputException(path + ".controls[" + i + "]",
						"'" + controls.get(i) + "' is not a control id; expected " + CONTROLS);
			}
		}
		return controls;
	}

	private static String unique(Set<String> seen, String id, String path) {
		if (!seen.add(id)) {
			throw new BadInputException(path, "'" + id + "' appears twice; each needs its own id or name");
		}
		return id;
	}

}
