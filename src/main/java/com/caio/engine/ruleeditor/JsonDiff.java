package com.caio.engine.ruleeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The differences between two JSON trees as JSON paths ({@code $.ranked[3].band}) with
 * the value before and after; a value missing on one side is null there.
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
			for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
				walk(path + "[" + i + "]", a.get(i), b.get(i), out);
			}
		}
		else if (!same(a, b)) {
			out.add(new Difference(path, text(a), text(b)));
		}
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
