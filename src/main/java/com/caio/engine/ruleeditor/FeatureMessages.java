package com.caio.engine.ruleeditor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Cucumber message stream ({@code --plugin message:FILE}, one JSON envelope a
 * line) into one result per scenario: its name, whether it passed, failed or was skipped,
 * and for a failure the step that failed and the start of its message. A stream cut short
 * (a run stopped at its time limit) gives the scenarios that finished.
 */
final class FeatureMessages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, JsonNode> pickles = new HashMap<>();

	private final Map<String, String> stepTexts = new HashMap<>();

	private final Map<String, JsonNode> testCases = new HashMap<>();

	private final Map<String, String> hooks = new HashMap<>();

	/** Per test case started: its test case id and its steps' results in order. */
	private final Map<String, String> started = new LinkedHashMap<>();

	private final Map<String, List<JsonNode>> results = new HashMap<>();

	private final List<String> finished = new ArrayList<>();

	private FeatureMessages() {
	}

	static List<FeatureCheck.Scenario> read(Path stream) {
		FeatureMessages messages = new FeatureMessages();
		if (!Files.exists(stream)) {
			return List.of();
		}
		try (BufferedReader reader = Files.newBufferedReader(stream, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				messages.accept(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return messages.scenarios();
	}

	private void accept(String line) {
		JsonNode envelope;
		try {
			envelope = JSON.readTree(line);
		}
		catch (JacksonException ex) {
			// the last line of a stream cut short
			return;
		}
		if (envelope.has("pickle")) {
			JsonNode pickle = envelope.get("pickle");
			pickles.put(pickle.get("id").asString(), pickle);
			pickle.get("steps").forEach(s -> stepTexts.put(s.get("id").asString(), s.get("text").asString()));
		}
		else if (envelope.has("hook")) {
			JsonNode hook = envelope.get("hook");
			hooks.put(hook.get("id").asString(), hook.path("type").asString("").startsWith("AFTER")
					? "a step run after the scenario" : "a step run before the scenario");
		}
		else if (envelope.has("testCase")) {
			JsonNode testCase = envelope.get("testCase");
			testCases.put(testCase.get("id").asString(), testCase);
		}
		else if (envelope.has("testCaseStarted")) {
			JsonNode start = envelope.get("testCaseStarted");
			started.put(start.get("id").asString(), start.get("testCaseId").asString());
		}
		else if (envelope.has("testStepFinished")) {
			JsonNode step = envelope.get("testStepFinished");
			results.computeIfAbsent(step.get("testCaseStartedId").asString(), k -> new ArrayList<>()).add(step);
		}
		else if (envelope.has("testCaseFinished")) {
			JsonNode done = envelope.get("testCaseFinished");
			if (!done.path("willBeRetried").asBoolean(false)) {
				finished.add(done.get("testCaseStartedId").asString());
			}
		}
	}

	private List<FeatureCheck.Scenario> scenarios() {
		List<FeatureCheck.Scenario> scenarios = new ArrayList<>();
		for (String startedId : finished) {
			JsonNode testCase = testCases.get(started.get(startedId));
			if (testCase == null) {
				continue;
			}
			JsonNode pickle = pickles.get(testCase.get("pickleId").asString());
			Map<String, JsonNode> stepsById = new HashMap<>();
			testCase.get("testSteps").forEach(s -> stepsById.put(s.get("id").asString(), s));
			scenarios.add(scenario(pickle, stepsById, results.getOrDefault(startedId, List.of())));
		}
		return scenarios;
	}

	private FeatureCheck.Scenario scenario(JsonNode pickle, Map<String, JsonNode> steps, List<JsonNode> finishedSteps) {
		String name = pickle.get("name").asString();
		String feature = featureOf(pickle.get("uri").asString());
		boolean anyPassed = false;
		for (JsonNode finishedStep : finishedSteps) {
			JsonNode result = finishedStep.get("testStepResult");
			String status = result.get("status").asString();
			if (status.equals("PASSED")) {
				anyPassed = true;
			}
			else if (!status.equals("SKIPPED")) {
				JsonNode step = steps.get(finishedStep.get("testStepId").asString());
				return new FeatureCheck.Scenario(name, feature, FeatureCheck.Scenario.FAILED, stepText(step),
						firstLine(status, result));
			}
		}
		return new FeatureCheck.Scenario(name, feature,
				anyPassed || finishedSteps.isEmpty() ? FeatureCheck.Scenario.PASSED : FeatureCheck.Scenario.SKIPPED,
				null, null);
	}

	private String stepText(JsonNode step) {
		if (step == null) {
			return "an unknown step";
		}
		if (step.has("pickleStepId")) {
			return stepTexts.getOrDefault(step.get("pickleStepId").asString(), "an unknown step");
		}
		return hooks.getOrDefault(step.path("hookId").asString(""), "a step run around the scenario");
	}

	private static String firstLine(String status, JsonNode result) {
		String message = result.path("exception").path("message").asString("");
		if (message.isBlank()) {
			message = result.path("message").asString("");
		}
		if (message.isBlank()) {
			return switch (status) {
				case "UNDEFINED" -> "the step has no definition in the steps";
				case "AMBIGUOUS" -> "more than one step definition matches the step";
				case "PENDING" -> "the step is not written yet";
				default -> "the step ended " + status.toLowerCase(java.util.Locale.ROOT);
			};
		}
		return firstLines(message);
	}

	/**
	 * A message on one line: its first three lines (an assertion puts what was expected
	 * and what was found on lines of their own), no stack frames, at most 240 characters.
	 */
	static String firstLines(String message) {
		String line = String.join(" ",
				message.lines()
					.map(String::strip)
					.filter(l -> !l.isEmpty() && !l.startsWith("at ") && !l.startsWith("..."))
					.limit(3)
					.toList());
		return line.length() > 240 ? line.substring(0, 239) + "…" : line;
	}

	/** {@code file:///.../features/risk/x.feature} as {@code features/risk/x.feature}. */
	private static String featureOf(String uri) {
		int at = uri.lastIndexOf("features/");
		return at < 0 ? uri : uri.substring(at);
	}

}
