package com.caio.engine.pilot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.caio.engine.common.BadInputException;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads pilot inputs from JSON or YAML, refusing unknown fields (a misspelt "alpah" must
 * not fall back silently to the default) and naming the field path of any error.
 */
@Component
class PilotInputs {

	private final ObjectMapper json;

	private final ObjectMapper yaml;

	PilotInputs(JsonMapper json) {
		this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	static boolean isYaml(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

	static boolean isCsv(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	<T> T read(Path file, Class<T> type) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(isYaml(file) ? yaml : json, in, type, file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	<T> T read(Source source, Class<T> type) {
		try (InputStream in = source.open()) {
			return read(isYaml(Path.of(source.name())) ? yaml : json, in, type, source.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	JsonNode tree(Path file) {
		return read(file, JsonNode.class);
	}

	<T> T fromTree(JsonNode node, Class<T> type, String where) {
		try {
			return json.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw refusal(ex, where);
		}
	}

	<T> T readJson(String body, Class<T> type) {
		try {
			return json.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw refusal(ex, "");
		}
	}

	private static <T> T read(ObjectMapper mapper, InputStream in, Class<T> type, String fileName) {
		try {
			T value = mapper.readValue(in, type);
			if (value == null) {
				throw new BadInputException(fileName, "the file is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw refusal(ex, "");
		}
	}

	/**
	 * A Jackson error as a field path and a sentence (without Jackson's source excerpt).
	 */
	static BadInputException refusal(JacksonException ex, String prefix) {
		StringBuilder path = new StringBuilder(prefix);
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		String message = ex.getOriginalMessage();
		if (message != null && message.contains("Unrecognized property")) {
			message = "unknown field; check its spelling against docs/pilot.md";
		}
		return new BadInputException(path.isEmpty() ? "(input)" : path.toString(), message);
	}

}
