package com.caio.engine.ruleeditor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The differences between two JSON trees as JSON paths ({@code $.ranked[3].band}) with
 * the value before and after; a value missing on one side is null there. A list of
 * objects that each name themselves (a risk by its id, a finding by its rule and subject)
 * is compared element by element of the same name, wherever each stands, so a risk that
 * moves down the ranking or a finding that comes or goes does not read as every later
 * element changing: the path of a matched element is its index before, an element only
 * before is removed (after null), one only after is added at {@code [+]} (before null).
 */
final class JsonDiff {

	/** One difference: where, and the value before and after as JSON text. */
	record Difference(String path, String before, String after) {
	}

	private JsonDiff() {
	}

	static List<Difference> between(JsonNode before, JsonNode after) {
		List<Difference> differences = new ArrayList<>();
		walk("$", before, after, differences);
		return differences;
	}

	private static void walk(String path, JsonNode a, JsonNode b, List<Difference> out) {
		if (a != null && b != null && a.isObject() && b.isObject()) {
			Set<String> names = new TreeSet<>(a.propertyNames());
			names.addAll(b.propertyNames());
			for (String name : names) {
				walk(path + "." + name, a.get(name), b.get(name), out);
			}
		}
		else if (a != null && b != null && a.isArray() && b.isArray()) {
			Map<String, Integer> before = keys(a);
			Map<String, Integer> after = keys(b);
			if (before == null || after == null) {
				for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
					walk(path + "[" + i + "]", a.get(i), b.get(i), out);
				}
				return;
			}
			before.forEach((key, i) -> {
				Integer j = after.get(key);
				if (j == null) {
					out.add(new Difference(path + "[" + i + "]", text(a.get(i)), null));
				}
				else {
					walk(path + "[" + i + "]", a.get(i), b.get(j), out);
				}
			});
			after.forEach((key, j) -> {
				if (!before.containsKey(key)) {
					out.add(new Difference(path + "[+]", null, text(b.get(j))));
				}
			});
		}
		else if (!same(a, b)) {
			out.add(new Difference(path, text(a), text(b)));
		}
	}

	/** What an element of a list is called by, in the order tried. */
	private static final List<List<String>> NAMES = List.of(List.of("ruleId", "subject", "segment"), List.of("id"),
			List.of("riskId"), List.of("questionId"), List.of("dimension"), List.of("name"), List.of("key"));

	/**
	 * Each element's name to its index, when every element is an object named by the same
	 * fields and no two share a name; otherwise null (compared by position).
	 */
	private static Map<String, Integer> keys(JsonNode list) {
		if (list.isEmpty() || !list.get(0).isObject()) {
			return null;
		}
		for (List<String> fields : NAMES) {
			if (!list.get(0).has(fields.get(0))) {
				continue;
			}
			Map<String, Integer> keys = new LinkedHashMap<>();
			for (int i = 0; i < list.size(); i++) {
				JsonNode element = list.get(i);
				if (!element.isObject() || !element.has(fields.get(0))) {
					return null;
				}
				StringBuilder key = new StringBuilder();
				fields.forEach(f -> key.append(text(element.get(f))).append('\u0000'));
				if (keys.put(key.toString(), i) != null) {
					return null;
				}
			}
			return keys;
		}
		return null;
	}

	private static boolean same(JsonNode a, JsonNode b) {
		boolean aMissing = a == null || a.isNull() || a.isMissingNode();
		boolean bMissing = b == null || b.isNull() || b.isMissingNode();
		if (aMissing || bMissing) {
			return aMissing == bMissing;
		}
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		return a.equals(b);
	}

	static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

}
