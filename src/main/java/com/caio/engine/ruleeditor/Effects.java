package com.caio.engine.ruleeditor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The differences of a re-run told as a business user reads them: an element of a list is
 * named by its own id, name or title ("R-04"), a field by its words ("data readiness"),
 * and elements that move the same way are told together ("R-04 and R-07 move from
 * Critical to High"). Anything else: "field path changes from X to Y".
 */
final class Effects {

	/** Fields whose change is a move between classes (bands, levels, decisions). */
	private static final Set<String> MOVES = Set.of("band", "level", "levelName", "status", "decision", "rag",
			"outcome", "verdict", "recommendation");

	private static final List<String> NAMES = List.of("id", "riskId", "name", "title", "subject", "dimension", "key");

	private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

	private Effects() {
	}

	/**
	 * The sentences, most telling first, at most {@code limit} and a count of the rest.
	 */
	static List<String> sentences(JsonNode stored, List<JsonDiff.Difference> differences, int limit) {
		Map<String, List<String>> moves = new LinkedHashMap<>();
		Set<String> changes = new LinkedHashSet<>();
		Set<String> movers = new java.util.HashSet<>();
		for (JsonDiff.Difference d : differences) {
			Located at = locate(stored, d.path());
			if (MOVES.contains(at.field()) && at.owner() != null) {
				movers.add(at.owner());
			}
		}
		for (JsonDiff.Difference d : differences) {
			if (d.path().endsWith("[+]") || (d.after() == null && d.path().endsWith("]"))) {
				changes.add(comesOrGoes(stored, d));
				continue;
			}
			Located at = locate(stored, d.path());
			if (MOVES.contains(at.field()) && at.owner() != null) {
				// grouped within one list: risks with risks, heatmap cells with cells
				String key = at.list() + "\u0000" + words(at.field()) + "\u0000" + d.before() + "\u0000" + d.after();
				List<String> owners = moves.computeIfAbsent(key, k -> new ArrayList<>());
				if (!owners.contains(at.owner())) {
					owners.add(at.owner());
				}
			}
			else if (at.field().equals("colour") && movers.contains(at.owner())) {
				// the colour of the class it moved to, said by the move
				continue;
			}
			else {
				changes.add(at.display() + " changes from " + shown(d.before()) + " to " + shown(d.after()));
			}
		}
		List<String> sentences = new ArrayList<>();
		moves.forEach((key, owners) -> {
			String[] parts = key.split("\u0000", -1);
			sentences.add(join(owners) + (owners.size() == 1 ? " moves" : " move") + " from " + shown(parts[2]) + " to "
					+ shown(parts[3]));
		});
		sentences.addAll(changes);
		sentences.replaceAll(sentence -> Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
		if (sentences.size() > limit) {
			int more = sentences.size() - limit;
			List<String> shortened = new ArrayList<>(sentences.subList(0, limit));
			shortened.add("and " + more + " more change" + (more == 1 ? "" : "s"));
			return shortened;
		}
		return sentences;
	}

	/**
	 * An element of a list that comes or goes: "Finding added: ..." with its message, or
	 * "Risk R-09 removed".
	 */
	private static String comesOrGoes(JsonNode stored, JsonDiff.Difference d) {
		boolean added = d.before() == null;
		String list = d.path().substring(0, d.path().lastIndexOf('['));
		String field = list.substring(list.lastIndexOf('.') + 1);
		String thing = words(field.endsWith("s") ? field.substring(0, field.length() - 1) : field);
		thing = thing.isEmpty() ? "An entry" : Character.toUpperCase(thing.charAt(0)) + thing.substring(1);
		JsonNode element;
		try {
			element = JSON.readTree(added ? d.after() : d.before());
		}
		catch (RuntimeException ex) {
			return thing + (added ? " added: " : " removed: ") + (added ? d.after() : d.before());
		}
		JsonNode message = element.get("message");
		if (message != null && message.isString()) {
			return thing + (added ? " added: " : " removed: ") + message.asString();
		}
		String name = nameOf(element);
		return thing + " " + (name == null ? (added ? d.after() : d.before()) : name) + (added ? " added" : " removed");
	}

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	/** Where a path points: the nearest named element, the field, and how to say it. */
	private record Located(String owner, String list, String field, String display) {
	}

	private static Located locate(JsonNode root, String path) {
		JsonNode node = root;
		String owner = null;
		String list = "";
		String field = "";
		List<String> said = new ArrayList<>();
		Matcher m = STEP.matcher(path);
		while (m.find()) {
			if (m.group(1) != null) {
				field = m.group(1);
				node = node == null ? null : node.get(field);
				said.add(words(field));
			}
			else {
				int index = Integer.parseInt(m.group(2));
				list = path.substring(0, m.start());
				node = node == null ? null : node.get(index);
				String name = nameOf(node);
				String shown = name != null ? name
						: (said.isEmpty() ? "" : said.remove(said.size() - 1) + " ") + "no. " + (index + 1);
				owner = name;
				said.clear();
				said.add(shown + "'s");
			}
		}
		String display = String.join(" ", said).replace("'s ", "'s ");
		return new Located(owner, list, field, display.isEmpty() ? path : display);
	}

	private static String nameOf(JsonNode node) {
		if (node == null || !node.isObject()) {
			return null;
		}
		if (node.path("likelihood").isNumber() && node.path("impact").isNumber() && !node.has("id")) {
			// a cell of the heatmap
			return "the cell likelihood " + node.get("likelihood").asInt() + " x impact " + node.get("impact").asInt();
		}
		for (String name : NAMES) {
			JsonNode value = node.get(name);
			if (value != null && value.isString() && !value.asString().isBlank()) {
				return value.asString();
			}
		}
		return null;
	}

	/** {@code dataReadiness} as "data readiness". */
	static String words(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
	}

	private static String shown(String value) {
		return value == null || value.equals("null") ? "nothing" : value;
	}

	private static String join(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
