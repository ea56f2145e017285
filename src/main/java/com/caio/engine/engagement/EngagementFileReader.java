package com.caio.engine.engagement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.caio.engine.engagement.model.Engagement;
import com.caio.engine.engagement.model.Stories;
import com.caio.engine.common.BadInputException;
import com.caio.engine.input.TreeReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an engagement file (YAML or JSON): its header, and its people, artefacts and
 * events as one list of records in file order, each with its field path.
 */
@Component
public class EngagementFileReader {

	static final List<String> TOP = List.of("client", "title", "start", "lead", "stories", "locale", "people",
			"artefacts", "events");

	/** A record of the file before it is checked, with where it is. */
	record Item(String path, JsonNode node) {
	}

	/** The header and the records in order: people, artefacts, events. */
	record EngagementFile(Engagement engagement, List<Item> items) {
	}

	private final TreeReader trees = new TreeReader();

	/**
	 * A file's tree, strictly (UTF-8, no key twice, no number a double cannot hold): YAML
	 * for {@code .yaml}/{@code .yml}, JSON otherwise.
	 */
	JsonNode tree(Path file) {
		String name = file.getFileName().toString();
		try {
			return tree(trees.read(Files.readAllBytes(file), name, name.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml")),
					name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A request body's tree, read as strictly as a file. */
	JsonNode tree(String text, boolean isYaml) {
		return tree(trees.read(text.getBytes(StandardCharsets.UTF_8), "(body)", isYaml), "(body)");
	}

	private static JsonNode tree(JsonNode root, String name) {
		if (root == null) {
			throw new BadInputException(name,
					"the file is empty; expected an object with fields " + String.join(", ", TOP));
		}
		return root;
	}

	EngagementFile read(JsonNode root) {
		Fields f = new Fields(root, "", TOP);
		List<String> stories = f.texts("stories");
		for (int i = 0; i < stories.size(); i++) {
			if (Stories.find(stories.get(i)).isEmpty()) {
				throw new BadInputException("stories[" + i + "]",
						"'" + stories.get(i) + "' is not a story; expected " + String.join(", ", Stories.ids()));
			}
		}
		if (stories.isEmpty()) {
			throw new BadInputException("stories",
					"missing; name the stories in scope, from " + String.join(", ", Stories.ids()));
		}
		Engagement engagement = new Engagement(f.required("client", "Northwind Foods"),
				f.required("title", "Marketing AI programme"), f.date("start", true),
				f.required("lead", "Dr. Jane Doe"), stories.stream().distinct().toList(), locale(f));
		List<Item> items = new ArrayList<>();
		items(f, "people", "person", items);
		items(f, "artefacts", "artefact", items);
		items(f, "events", null, items);
		return new EngagementFile(engagement, items);
	}

	/**
	 * A language and region the JDK writes dates and numbers in, as its tag
	 * ({@code de-DE}); none when the field is absent.
	 */
	static String locale(Fields f) {
		String text = f.text("locale");
		if (text == null) {
			return null;
		}
		String tag = text.replace('_', '-');
		Locale locale = Locale.forLanguageTag(tag);
		// forLanguageTag drops what it cannot read ("en-GB-<x>" is en-GB): the whole text
		// must be the tag
		boolean known = !locale.getLanguage().isEmpty() && !locale.getCountry().isEmpty()
				&& locale.toLanguageTag().equalsIgnoreCase(tag)
				&& Set.of(Locale.getAvailableLocales()).contains(locale);
		if (!known) {
			throw new BadInputException(f.where("locale"), "'" + text
					+ "' is not a language and region this server writes; expected a tag such as en-GB, en-US, de-DE or fr-FR");
		}
		return locale.toLanguageTag();
	}

	private static void items(Fields f, String section, String kind, List<Item> items) {
		JsonNode list = f.child(section);
		if (list == null || list.isNull()) {
			return;
		}
		if (!list.isArray()) {
			throw new BadInputException(section, "expected a list");
		}
		for (int i = 0; i < list.size(); i++) {
			JsonNode node = list.get(i);
			String path = section + "[" + i + "]";
			if (kind != null) {
				if (!node.isObject()) {
					throw new BadInputException(path, "expected an object");
				}
				if (node.has("kind")) {
					throw new BadInputException(path + ".kind", "not needed here: everything under " + section
							+ " is a " + kind + (kind.equals("artefact") ? " (its type goes in 'type')" : ""));
				}
				ObjectNode copy = ((ObjectNode) node).deepCopy();
				copy.put("kind", kind);
				node = copy;
			}
			items.add(new Item(path, node));
		}
	}

}
