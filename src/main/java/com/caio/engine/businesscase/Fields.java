package com.caio.engine.businesscase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import tools.jackson.databind.JsonNode;

/** Typed reads of a parsed YAML/JSON tree that name the field path of anything wrong. */
final class Fields {

	private Fields() {
	}

	static void allowOnly(JsonNode object, String path, Set<String> known) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				throw new BadInputException(join(path, name), "unknown field '" + name + "'; accepted here: "
						+ String.join(", ", known.stream().sorted().toList()));
			}
		}
	}

	static JsonNode object(JsonNode parent, String path, String name) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			throw new BadInputException(join(path, name), "missing");
		}
		if (!node.isObject()) {
			throw new BadInputException(join(path, name), "must be a mapping of fields, not " + describe(node));
		}
		return node;
	}

	/** A list, empty when absent. */
	static List<JsonNode> list(JsonNode parent, String path, String name) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new BadInputException(join(path, name), "must be a list, not " + describe(node));
		}
		List<JsonNode> items = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			if (!node.get(i).isObject()) {
				throw new BadInputException(join(path, name) + "[" + i + "]",
						"must be a mapping of fields, not " + describe(node.get(i)));
			}
			items.add(node.get(i));
		}
		return items;
	}

	/** Trimmed text, or null when absent or blank. */
	static String text(JsonNode parent, String path, String name) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isValueNode() || node.isBoolean()) {
			throw new BadInputException(join(path, name), "must be text, not " + describe(node));
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}

	static String requiredText(JsonNode parent, String path, String name) {
		String text = text(parent, path, name);
		if (text == null) {
			throw new BadInputException(join(path, name), "missing");
		}
		return text;
	}

	/**
	 * A number within [min, max], or {@code fallback} when absent (null fallback:
	 * required).
	 */
	static double number(JsonNode parent, String path, String name, double min, double max, Double fallback,
			String accepted) {
		JsonNode node = parent.get(name);
		String where = join(path, name);
		if (node == null || node.isNull()) {
			if (fallback == null) {
				throw new BadInputException(where, "missing; expected " + accepted);
			}
			return fallback;
		}
		double value;
		if (node.isNumber()) {
			value = node.asDouble();
		}
		else if (node.isString() && node.asString().strip().matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
			value = Double.parseDouble(node.asString().strip());
		}
		else {
			throw new BadInputException(where, describe(node) + " is not a number; expected " + accepted);
		}
		if (!(value >= min && value <= max)) {
			throw new BadInputException(where, format(value) + " is out of range; expected " + accepted);
		}
		return value;
	}

	static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	static String describe(JsonNode node) {
		if (node.isObject()) {
			return "a mapping";
		}
		if (node.isArray()) {
			return "a list";
		}
		return "'" + node.asString() + "'";
	}

	private static String format(double value) {
		boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
		return whole ? String.valueOf((long) value) : String.valueOf(value);
	}

}
