package com.caio.engine.input;

import java.util.HashMap;
import java.util.Map;

import com.caio.engine.common.BadInputException;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a YAML or JSON file into a tree, strictly: UTF-8 only (a byte-order mark is
 * allowed), no key twice in one mapping (both positions are named), YAML aliases replaced
 * by a copy of what their anchor holds (within {@link #MAX_VALUES} values in all, so a
 * few lines cannot expand into millions), and no number a double cannot hold (a 400-digit
 * integer, {@code 1e400}, {@code .inf}, {@code .nan}). Every refusal names the file, line
 * and column, or the field path.
 */
public final class TreeReader {

	/**
	 * Values (mappings, lists and scalars) a file may hold once its aliases are expanded.
	 */
	public static final int MAX_VALUES = 100_000;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * A file's tree, or null when it holds no value at all; JSON when the text starts
	 * with '{' or '[', YAML otherwise.
	 */
	public JsonNode read(byte[] content, String fileName) {
		String text = decode(content, fileName);
		String start = text.stripLeading();
		return parse(text, fileName, !(start.startsWith("{") || start.startsWith("[")));
	}

	/** A file's tree, YAML or JSON as the caller says; null when it holds no value. */
	public JsonNode read(byte[] content, String fileName, boolean isYaml) {
		return parse(decode(content, fileName), fileName, isYaml);
	}

	/** A JSON text (a request body, already decoded); null when it holds no value. */
	public JsonNode readJson(String text, String where) {
		return parse(text, where, false);
	}

	/** Strict UTF-8, a leading byte-order mark dropped. */
	public static String decode(byte[] content, String fileName) {
		try {
			return StrictUtf8Reader.decode(content);
		}
		catch (NotUtf8Exception ex) {
			throw new BadInputException(fileName + ":" + ex.line() + ":" + ex.column(), ex.getMessage());
		}
	}

	private JsonNode parse(String text, String fileName, boolean isYaml) {
		if (isYaml) {
			try {
				return YamlTree.read(text, fileName);
			}
			catch (MarkedYamlEngineException ex) {
				String where = ex.getProblemMark()
					.map(m -> fileName + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
					.orElse(fileName);
				String problem = ex.getProblem() == null ? firstLine(ex.getMessage()) : ex.getProblem();
				throw new BadInputException(where, "not valid YAML: " + problem);
			}
			catch (YamlEngineException ex) {
				throw new BadInputException(fileName, "not valid YAML: " + firstLine(ex.getMessage()));
			}
		}
		try (JsonParser parser = json.createParser(text)) {
			Builder builder = new Builder(parser, fileName);
			if (parser.nextToken() == null) {
				return null;
			}
			JsonNode root = builder.value("");
			if (parser.nextToken() != null) {
				throw new BadInputException(builder.at(parser.currentTokenLocation()),
						"more than one " + (isYaml ? "YAML document" : "JSON value") + " in the file; expected one");
			}
			return root;
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = at == null || at.getLineNr() < 1 ? fileName
					: fileName + ":" + at.getLineNr() + ":" + at.getColumnNr();
			throw new BadInputException(where,
					"not valid " + (isYaml ? "YAML" : "JSON") + ": " + firstLine(ex.getOriginalMessage()));
		}
	}

	static String outOfRange(String text) {
		String shown = text.length() > 24 ? text.substring(0, 12) + "... (" + text.length() + " characters)" : text;
		return "the number " + shown + " is out of range; numbers here are at most about 1.8e308 "
				+ "(and whole numbers at most 9223372036854775807)";
	}

	static String tooManyValues() {
		return "the file holds more than " + MAX_VALUES
				+ " values once its aliases are expanded; write the values out or use fewer aliases";
	}

	static int size(JsonNode node) {
		int n = 1;
		for (JsonNode child : node.values()) {
			n += size(child);
		}
		return n;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "cannot be parsed";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	/** Builds one file's tree from its tokens. */
	private static final class Builder {

		private final JsonParser parser;

		private final String fileName;

		private int values;

		Builder(JsonParser parser, String fileName) {
			this.parser = parser;
			this.fileName = fileName;
		}

		/** The value at the current token (its first token), up to its last token. */
		JsonNode value(String path) {
			JsonNode node = switch (parser.currentToken()) {
				case START_OBJECT -> object(path);
				case START_ARRAY -> array(path);
				case VALUE_STRING -> NODES.stringNode(parser.getString());
				case VALUE_NUMBER_INT -> integer(path);
				case VALUE_NUMBER_FLOAT -> decimal(path);
				case VALUE_TRUE -> NODES.booleanNode(true);
				case VALUE_FALSE -> NODES.booleanNode(false);
				case VALUE_NULL -> NODES.nullNode();
				default -> throw new BadInputException(at(parser.currentTokenLocation()),
						"unexpected " + parser.currentToken() + "; expected a value");
			};
			count(path, 1);
			return node;
		}

		private ObjectNode object(String path) {
			ObjectNode object = NODES.objectNode();
			Map<String, TokenStreamLocation> seen = new HashMap<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				TokenStreamLocation here = parser.currentTokenLocation();
				TokenStreamLocation first = seen.putIfAbsent(name, here);
				String field = path.isEmpty() ? name : path + "." + name;
				if (first != null) {
					throw new BadInputException(at(here), "duplicate key '" + field + "': first at " + position(first)
							+ ", again at " + position(here) + "; keep one of them");
				}
				parser.nextToken();
				object.set(name, value(field));
			}
			return object;
		}

		private ArrayNode array(String path) {
			ArrayNode array = NODES.arrayNode();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				array.add(value(path + "[" + array.size() + "]"));
			}
			return array;
		}

		private JsonNode integer(String path) {
			JsonParser.NumberType type = parser.getNumberType();
			if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
				return NODES.numberNode(parser.getLongValue());
			}
			throw numberOutOfRange(path);
		}

		private JsonNode decimal(String path) {
			double value = parser.getDoubleValue();
			if (!Double.isFinite(value)) {
				throw numberOutOfRange(path);
			}
			return NODES.numberNode(value);
		}

		private BadInputException numberOutOfRange(String path) {
			return new BadInputException(where(path), TreeReader.outOfRange(parser.getString()));
		}

		private void count(String path, int added) {
			values += added;
			if (values > MAX_VALUES) {
				throw new BadInputException(where(path), tooManyValues());
			}
		}

		String at(TokenStreamLocation location) {
			return location == null || location.getLineNr() < 1 ? fileName : fileName + ":" + position(location);
		}

		private String where(String path) {
			String at = at(parser.currentTokenLocation());
			return path.isEmpty() ? at : path + " (" + at + ")";
		}

		private static String position(TokenStreamLocation location) {
			return location.getLineNr() + ":" + location.getColumnNr();
		}

	}

}
