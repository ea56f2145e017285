package com.caio.engine.engagement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import tools.jackson.databind.JsonNode;

/**
 * Typed reading of one object of an engagement file, each refusal naming the field path
 * (e.g. {@code events[3].date}) and what would be accepted.
 */
final class Fields {

	private final JsonNode node;

	private final String path;

	Fields(JsonNode node, String path, Collection<String> allowed) {
		if (node == null || !node.isObject()) {
			throw new BadInputException(path.isEmpty() ? "(input)" : path,
					"expected an object with fields " + String.join(", ", allowed));
		}
		this.node = node;
		this.path = path;
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				throw new BadInputException(where(name),
						"unknown field; the fields here are " + String.join(", ", allowed));
			}
		}
	}

	String where(String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

	boolean has(String field) {
		JsonNode value = node.get(field);
		return value != null && !value.isNull();
	}

	String text(String field) {
		if (!has(field)) {
			return null;
		}
		JsonNode value = node.get(field);
		if (!value.isValueNode() || value.isBoolean()) {
			throw new BadInputException(where(field), "expected text, got " + value);
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

	String required(String field, String example) {
		String text = text(field);
		if (text == null) {
			throw new BadInputException(where(field), "missing; expected e.g. " + example);
		}
		return text;
	}

	String oneOf(String field, Set<String> accepted, boolean required) {
		String text = text(field);
		if (text == null) {
			if (required) {
				throw new BadInputException(where(field), "missing; expected one of " + sorted(accepted));
			}
			return null;
		}
		String folded = text.toLowerCase(java.util.Locale.ROOT);
		if (!accepted.contains(folded)) {
			throw new BadInputException(where(field),
					"'" + text + "' is not accepted; expected one of " + sorted(accepted));
		}
		return folded;
	}

	LocalDate date(String field, boolean required) {
		String text = text(field);
		if (text == null) {
			if (required) {
				throw new BadInputException(where(field), "missing; expected a date as YYYY-MM-DD");
			}
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadInputException(where(field), "'" + text + "' is not a date; expected YYYY-MM-DD");
		}
	}

	Double number(String field, boolean required) {
		if (!has(field)) {
			if (required) {
				throw new BadInputException(where(field), "missing; expected a number");
			}
			return null;
		}
		JsonNode value = node.get(field);
		if (!value.isNumber()) {
			throw new BadInputException(where(field), "'" + value.asString() + "' is not a number");
		}
		double d = value.asDouble();
		if (!Double.isFinite(d)) {
			throw new BadInputException(where(field), "expected a finite number");
		}
		return d;
	}

	boolean bool(String field, boolean fallback) {
		if (!has(field)) {
			return fallback;
		}
		JsonNode value = node.get(field);
		if (!value.isBoolean()) {
			throw new BadInputException(where(field), "expected true or false, got " + value);
		}
		return value.asBoolean();
	}

	List<String> texts(String field) {
		List<String> list = new ArrayList<>();
		if (!has(field)) {
			return list;
		}
		JsonNode value = node.get(field);
		if (!value.isArray()) {
			throw new BadInputException(where(field), "expected a list, e.g. [a, b]");
		}
		for (int i = 0; i < value.size(); i++) {
			JsonNode item = value.get(i);
			if (!item.isValueNode() || item.isNull() || item.asString().isBlank()) {
				throw new BadInputException(where(field) + "[" + i + "]", "expected text");
			}
			list.add(item.asString().strip());
		}
		return list;
	}

	Map<String, Double> numbers(String field) {
		Map<String, Double> map = new LinkedHashMap<>();
		if (!has(field)) {
			return map;
		}
		JsonNode value = node.get(field);
		if (!value.isObject()) {
			throw new BadInputException(where(field), "expected named numbers, e.g. {costSavingPercent: 58}");
		}
		for (String name : value.propertyNames()) {
			if (!value.get(name).isNumber()) {
				throw new BadInputException(where(field) + "." + name,
						"'" + value.get(name).asString() + "' is not a number");
			}
			map.put(name, value.get(name).asDouble());
		}
		return map;
	}

	JsonNode child(String field) {
		return node.get(field);
	}

	private static String sorted(Set<String> values) {
		return String.join(", ", values.stream().sorted().toList());
	}

}
