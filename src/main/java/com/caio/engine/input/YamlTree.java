package com.caio.engine.input;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.caio.engine.common.BadInputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a YAML document's tree from the parser's events, so anchors and aliases are seen
 * for what they are (on scalars too) and every key has its position. A plain scalar is a
 * number only when it follows {@link Numbers}' grammar; true/false and null/~ are the
 * only other typed words (YAML 1.2's core schema).
 */
final class YamlTree {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

	private final ParserImpl parser;

	private final String fileName;

	private final Map<String, JsonNode> anchors = new HashMap<>();

	private int values;

	private YamlTree(String text, String fileName) {
		LoadSettings settings = LoadSettings.builder().setLabel(fileName).build();
		this.parser = new ParserImpl(settings, new StreamReader(settings, text));
		this.fileName = fileName;
	}

	/** The first document's tree, or null when the text holds none. */
	static JsonNode read(String text, String fileName) {
		YamlTree tree = new YamlTree(text, fileName);
		tree.expect(Event.ID.StreamStart);
		if (tree.parser.checkEvent(Event.ID.StreamEnd)) {
			return null;
		}
		tree.expect(Event.ID.DocumentStart);
		JsonNode root = tree.value("");
		tree.expect(Event.ID.DocumentEnd);
		if (!tree.parser.checkEvent(Event.ID.StreamEnd)) {
			throw new BadInputException(tree.at(tree.parser.peekEvent().getStartMark()),
					"more than one YAML document in the file; expected one");
		}
		return root;
	}

	private Event expect(Event.ID id) {
		Event event = parser.next();
		if (event.getEventId() != id) {
			throw new BadInputException(at(event.getStartMark()), "unexpected " + event.getEventId());
		}
		return event;
	}

	private JsonNode value(String path) {
		Event event = parser.next();
		if (event instanceof AliasEvent alias) {
			return alias(path, alias);
		}
		JsonNode node = switch (event.getEventId()) {
			case MappingStart -> mapping(path);
			case SequenceStart -> sequence(path);
			case Scalar -> scalar(path, (ScalarEvent) event);
			default -> throw new BadInputException(at(event.getStartMark()),
					"unexpected " + event.getEventId() + "; expected a value");
		};
		count(path, event, 1);
		Optional<Anchor> anchor = ((NodeEvent) event).getAnchor();
		anchor.ifPresent(a -> anchors.put(a.getValue(), node));
		return node;
	}

	private ObjectNode mapping(String path) {
		ObjectNode object = NODES.objectNode();
		Map<String, Optional<Mark>> seen = new HashMap<>();
		while (!parser.checkEvent(Event.ID.MappingEnd)) {
			Event key = parser.next();
			if (!(key instanceof ScalarEvent scalar)) {
				throw new BadInputException(at(key.getStartMark()), "a key must be plain text, not a list or mapping");
			}
			String name = scalar.getValue();
			String field = path.isEmpty() ? name : path + "." + name;
			Optional<Mark> first = seen.putIfAbsent(name, key.getStartMark());
			if (first != null) {
				throw new BadInputException(at(key.getStartMark()), "duplicate key '" + field + "': first at "
						+ position(first) + ", again at " + position(key.getStartMark()) + "; keep one of them");
			}
			object.set(name, value(field));
		}
		parser.next();
		return object;
	}

	private ArrayNode sequence(String path) {
		ArrayNode array = NODES.arrayNode();
		while (!parser.checkEvent(Event.ID.SequenceEnd)) {
			array.add(value(path + "[" + array.size() + "]"));
		}
		parser.next();
		return array;
	}

	private JsonNode scalar(String path, ScalarEvent event) {
		String text = event.getValue();
		if (!event.isPlain() || event.getTag().isPresent()) {
			return NODES.stringNode(text);
		}
		switch (text) {
			case "", "~", "null", "Null", "NULL":
				return NODES.nullNode();
			case "true", "True", "TRUE":
				return NODES.booleanNode(true);
			case "false", "False", "FALSE":
				return NODES.booleanNode(false);
			default:
				break;
		}
		if (!Numbers.isNumber(text)) {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.matches("[-+]?\\.(inf|nan)")) {
				throw outOfRange(path, event, text);
			}
			return NODES.stringNode(text);
		}
		if (INTEGER.matcher(text).matches()) {
			try {
				return NODES.numberNode(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
			}
			catch (NumberFormatException ex) {
				throw outOfRange(path, event, text);
			}
		}
		double value = Double.parseDouble(text);
		if (!Double.isFinite(value)) {
			throw outOfRange(path, event, text);
		}
		return NODES.numberNode(value);
	}

	private BadInputException outOfRange(String path, Event event, String text) {
		return new BadInputException(where(path, event), TreeReader.outOfRange(text));
	}

	private JsonNode alias(String path, AliasEvent event) {
		String name = event.getAlias().getValue();
		JsonNode target = anchors.get(name);
		if (target == null) {
			throw new BadInputException(where(path, event),
					"the alias *" + name + " has no anchor &" + name + " before it");
		}
		count(path, event, TreeReader.size(target));
		return target.deepCopy();
	}

	private void count(String path, Event event, int added) {
		values += added;
		if (values > TreeReader.MAX_VALUES) {
			throw new BadInputException(where(path, event), TreeReader.tooManyValues());
		}
	}

	private String where(String path, Event event) {
		String at = at(event.getStartMark());
		return path.isEmpty() ? at : path + " (" + at + ")";
	}

	String at(Optional<Mark> mark) {
		return mark.isEmpty() ? fileName : fileName + ":" + position(mark);
	}

	private static String position(Optional<Mark> mark) {
		return mark.map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("?");
	}

}
