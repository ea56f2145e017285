package com.caio.engine.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of a parsed YAML/JSON tree that name the field path of anything wrong (the
 * economics and onboarding readers share it; the business case keeps its own copy).
 */
public final class InputFields {

	private InputFields() {
	}

	private static final TreeReader TREES = new TreeReader();

	/**
	 * Parses YAML, or JSON when the text starts with '{'; {@code what} names the
	 * document.
	 */
	public static JsonNode parse(byte[] content, String fileName, String what) {
		JsonNode root = TREES.read(content, fileName);
		if (root == null || !root.isObject()) {
			throw new BadInputException(fileName, what + " is a mapping of fields (YAML or JSON object)");
		}
		return root;
	}

	/**
	 * The field path a Jackson error points at, after {@code prefix}: fields joined with
	 * dots, list positions in brackets ({@code tasks[2].owner}); empty when it names
	 * none.
	 */
	public static String path(JacksonException ex, String prefix) {
		StringBuilder path = new StringBuilder(prefix);
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** A calendar date written as YYYY-MM-DD, or null when absent and not required. */
	public static LocalDate date(JsonNode parent, String path, String name, boolean required) {
		String text = text(parent, path, name);
		String where = join(path, name);
		if (text == null) {
			if (required) {
				throw new BadInputException(where, "missing; expected a date written as YYYY-MM-DD");
			}
			return null;
		}
		return date(text, where);
	}

	public static LocalDate date(String text, String where) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadInputException(where, "'" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2027-01-11");
		}
	}

	/** A list of texts, empty when absent. */
	public static List<String> texts(JsonNode parent, String path, String name) {
		JsonNode node = parent.get(name);
		String where = join(path, name);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new BadInputException(where, "must be a list of texts, not " + describe(node));
		}
		List<String> items = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			JsonNode item = node.get(i);
			if (!item.isValueNode() || item.isNull() || item.asString().isBlank()) {
				throw new BadInputException(where + "[" + i + "]", "must be a non-empty text, not " + describe(item));
			}
			items.add(item.asString().strip());
		}
		return items;
	}

	public static void allowOnly(JsonNode object, String path, Set<String> known) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				throw new BadInputException(join(path, name), "unknown field '" + name + "'; accepted here: "
						+ String.join(", ", known.stream().sorted().toList()));
			}
		}
	}

	public static JsonNode object(JsonNode parent, String path, String name) {
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
	public static List<JsonNode> list(JsonNode parent, String path, String name) {
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
	public static String text(JsonNode parent, String path, String name) {
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

	public static String requiredText(JsonNode parent, String path, String name) {
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
	public static double number(JsonNode parent, String path, String name, double min, double max, Double fallback,
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
		else if (node.isString() && Numbers.isNumber(node.asString().strip())) {
			value = Numbers.parse(node.asString());
		}
		else {
			throw new BadInputException(where, describe(node) + " is not a number; expected " + accepted);
		}
		if (!(value >= min && value <= max)) {
			throw new BadInputException(where, format(value) + " is out of range; expected " + accepted);
		}
		return value;
	}

	/** A fraction as a percentage for messages: 3 as 300%. */
	public static String percent(double fraction) {
		return format(Math.round(fraction * 10000) / 100.0) + "%";
	}

	public static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	public static String describe(JsonNode node) {
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
