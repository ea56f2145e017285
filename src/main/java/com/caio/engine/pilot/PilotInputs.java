package com.caio.engine.pilot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.caio.engine.common.BadInputException;
import com.caio.engine.input.Dates;
import com.caio.engine.input.InputFields;
import com.caio.engine.input.StrictDateDeserializer;
import com.caio.engine.input.TreeReader;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads pilot inputs from JSON or YAML, refusing unknown fields (a misspelt "alpah" must
 * not fall back silently to the default) and naming the field path of any error; dates
 * that are not dates are refused naming the field and the format.
 */
@Component
class PilotInputs {

	/** A pilot plan or evaluation is a few kilobytes; anything much larger is not one. */
	static final int MAX_BYTES = 1 << 20;

	private final ObjectMapper json;

	private final TreeReader trees = new TreeReader();

	PilotInputs(JsonMapper json) {
		this.json = json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictDateDeserializer()))
			.build();
	}

	static boolean isYaml(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

	static boolean isCsv(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	/**
	 * A JSON or YAML file (by its extension) as {@code type}: decoded strictly as UTF-8,
	 * duplicate keys, dangling or oversized aliases and out-of-range numbers refused by
	 * {@link TreeReader}, then unknown fields refused by the mapping.
	 */
	<T> T read(Path file, Class<T> type) {
		return fromTree(tree(file), type, "");
	}

	/** The same for what a user sent over REST or the generic CLI. */
	<T> T read(Source source, Class<T> type) {
		try (InputStream in = source.open()) {
			return fromTree(tree(in, source.name(), isYaml(Path.of(source.name()))), type, "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	JsonNode tree(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return tree(in, file.getFileName().toString(), isYaml(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private JsonNode tree(InputStream in, String name, boolean isYaml) throws IOException {
		byte[] content = in.readNBytes(MAX_BYTES + 1);
		if (content.length > MAX_BYTES) {
			throw new BadInputException(name,
					"is larger than " + MAX_BYTES + " bytes; a pilot file is a few kilobytes");
		}
		JsonNode tree = trees.read(content, name, isYaml);
		if (tree == null || tree.isMissingNode()) {
			throw new BadInputException(name, "the file is empty");
		}
		return tree;
	}

	/**
	 * The plan, close date and learned risks of a {@code --plan} file for a per-unit CSV;
	 * arms there would contradict the CSV, other fields are refused as unknown.
	 */
	EvaluationInput context(Path planFile) {
		JsonNode tree = tree(planFile);
		for (String arm : List.of("control", "treatment")) {
			if (tree.has(arm)) {
				throw new BadInputException(arm,
						"the arms come from the per-unit CSV; remove them from the --plan file");
			}
		}
		PlanFile file = fromTree(tree, PlanFile.class, "");
		return new EvaluationInput(file.plan(), null, null, file.closedOn(), file.learnedRisks());
	}

	/**
	 * What a plan file may hold: {@code pilot plan} and {@code pilot evaluate --plan}
	 * read the same file.
	 */
	record PlanFile(PlanInput plan, ReadinessInput readiness, LocalDate closedOn, List<String> learnedRisks) {
	}

	<T> T fromTree(JsonNode node, Class<T> type, String where) {
		try {
			T value = json.treeToValue(node, type);
			if (value == null) {
				throw new BadInputException(where.isEmpty() ? "(input)" : where, "missing");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw refusal(ex, where);
		}
	}

	/** A request body, checked as strictly as a file. */
	<T> T readJson(String body, Class<T> type) {
		JsonNode tree = body == null ? null : trees.readJson(body, "(body)");
		if (tree == null || tree.isMissingNode()) {
			throw new BadInputException("(body)", "the request body is empty; expected a JSON object");
		}
		return fromTree(tree, type, "");
	}

	/**
	 * A Jackson error as a field path and a sentence (without Jackson's source excerpt).
	 */
	static BadInputException refusal(JacksonException ex, String prefix) {
		String path = InputFields.path(ex, prefix);
		String message = ex.getOriginalMessage();
		if (message != null && message.contains("Unrecognized property")) {
			message = "unknown field; check its spelling against docs/pilot.md";
		}
		else if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() == LocalDate.class) {
			message = ex instanceof InvalidFormatException invalid && invalid.getValue() != null
					? Dates.notADate(String.valueOf(invalid.getValue())) : "not a date; expected " + Dates.ACCEPTED;
		}
		else if (message != null) {
			int newline = message.indexOf('\n');
			message = newline < 0 ? message : message.substring(0, newline);
		}
		return new BadInputException(path.isEmpty() ? "(input)" : path, message);
	}

}
