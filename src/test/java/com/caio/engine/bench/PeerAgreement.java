package com.caio.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the pandas and polars scripts of bench/peers on a file and checks that every field
 * they write equals the engine's result: numbers to 1e-9 relative, everything else
 * exactly, lists in the same order. A library (or python3) that is not installed skips
 * its check; with neither, the test is skipped as an assumption.
 */
public final class PeerAgreement {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PeerAgreement() {
	}

	/**
	 * @return the libraries whose script ran and agreed
	 */
	public static List<String> check(String kind, Path file, Object engineResult, Path scratch, String... extra)
			throws IOException, InterruptedException {
		JsonNode engine = JSON.valueToTree(engineResult);
		List<String> agreed = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (String library : List.of("pandas", "polars")) {
			Path out = scratch.resolve(kind + "-" + library + ".json");
			List<String> command = new ArrayList<>(List.of("python3", "bench/peers/" + kind + "_" + library + ".py",
					file.toString(), out.toString(), "rules"));
			command.addAll(Arrays.asList(extra));
			Process process;
			try {
				process = new ProcessBuilder(command).redirectErrorStream(true).start();
			}
			catch (IOException ex) {
				skipped.add("python3 not found");
				break;
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
			if (process.exitValue() == 3) {
				skipped.add(output.strip());
				continue;
			}
			assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
			List<String> differences = new ArrayList<>();
			compare(JSON.readTree(out.toFile()), engine, "", differences);
			assertThat(differences).as(library + " against the engine on " + file).isEmpty();
			agreed.add(library);
		}
		assumeThat(agreed).as("no peer could run: " + skipped).isNotEmpty();
		return agreed;
	}

	/** Every field of {@code peer} against the same field of {@code engine}. */
	static void compare(JsonNode peer, JsonNode engine, String path, List<String> differences) {
		if (peer.isObject()) {
			for (Map.Entry<String, JsonNode> field : peer.properties()) {
				JsonNode other = engine == null ? null : engine.get(field.getKey());
				if (other == null) {
					differences.add(path + "/" + field.getKey() + ": not in the engine's result");
				}
				else {
					compare(field.getValue(), other, path + "/" + field.getKey(), differences);
				}
			}
		}
		else if (peer.isArray()) {
			if (!engine.isArray() || engine.size() != peer.size()) {
				differences.add(path + ": " + peer + " against " + engine);
				return;
			}
			for (int i = 0; i < peer.size(); i++) {
				compare(peer.get(i), engine.get(i), path + "[" + i + "]", differences);
			}
		}
		else if (peer.isNumber() && engine.isNumber()) {
			double a = peer.doubleValue();
			double b = engine.doubleValue();
			if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) {
				differences.add(path + ": " + a + " against " + b);
			}
		}
		else if (!peer.equals(engine)) {
			differences.add(path + ": " + peer + " against " + engine);
		}
	}

	/** Files written for the checks, removed with the folder. */
	public static Path scratch() throws IOException {
		return Files.createTempDirectory("caio-peers-");
	}

}
