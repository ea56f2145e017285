package com.caio.engine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.caio.engine.rules.RuleMessage;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RuleSetCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The smoke run: before an edited rule set replaces the one serving, each capability
 * assesses its shipped examples under it. A rule set that compiles but throws, loops or
 * overruns on an example is not published, and the message names the example and the rule
 * base. Examples are listed in {@code caio.rules.smoke-examples} as {@code kind:path}
 * pairs; a missing file is a warning (a deployment without the examples folder still
 * reloads).
 */
@Component
class SmokeRun implements RuleSetCheck {

	private static final Logger log = LoggerFactory.getLogger(SmokeRun.class);

	private final ObjectProvider<Runs> runs;

	private final Map<String, List<Path>> examples;

	SmokeRun(ObjectProvider<Runs> runs, RuleRuntime runtime,
			@Value("${caio.rules.smoke-examples:}") List<String> examples) {
		this.runs = runs;
		this.examples = parse(examples);
		runtime.checkWith(() -> List.of(this));
	}

	static Map<String, List<Path>> parse(List<String> pairs) {
		Map<String, List<Path>> examples = new LinkedHashMap<>();
		for (String pair : pairs) {
			int colon = pair.indexOf(':');
			if (colon <= 0) {
				throw new IllegalArgumentException(
						"caio.rules.smoke-examples takes kind:path pairs separated by commas, not '" + pair + "'");
			}
			examples.computeIfAbsent(pair.substring(0, colon).strip(), k -> new ArrayList<>())
				.add(Path.of(pair.substring(colon + 1).strip()));
		}
		return examples;
	}

	/**
	 * Tries the capabilities whose rules folder changed; when a folder no capability owns
	 * changed (shared rules such as the acceptance criteria), tries them all.
	 */
	@Override
	public List<RuleMessage> check(RuleSet candidate, Set<String> changed) {
		Runs all = runs.getObject();
		Map<String, List<Path>> tried = examples;
		if (examples.keySet().containsAll(changed) || all.capabilities()
			.stream()
			.map(Capability::kind)
			.collect(java.util.stream.Collectors.toSet())
			.containsAll(changed)) {
			tried = new LinkedHashMap<>(examples);
			tried.keySet().retainAll(changed);
		}
		return check(tried, all::capability, candidate);
	}

	/** Each capability assesses its examples under the candidate; what failed, where. */
	static List<RuleMessage> check(Map<String, List<Path>> examples, Function<String, Capability<?, ?>> capabilities,
			RuleSet candidate) {
		List<RuleMessage> problems = new ArrayList<>();
		for (Map.Entry<String, List<Path>> entry : examples.entrySet()) {
			Capability<?, ?> capability = capabilities.apply(entry.getKey());
			for (Path example : entry.getValue()) {
				if (!Files.isRegularFile(example)) {
					problems.add(RuleMessage.warning(example.toString(), 1, 1,
							"no such example, so the " + entry.getKey() + " rules were not tried on it"));
					continue;
				}
				try {
					assess(capability, example, candidate);
				}
				catch (RuntimeException ex) {
					problems.add(RuleMessage.error(example.toString(), 1, 1, "the rules/" + entry.getKey()
							+ " rules fail on this shipped example, so they are not published: " + ex.getMessage()));
				}
			}
		}
		return problems;
	}

	private static <I, R> void assess(Capability<I, R> capability, Path example, RuleSet rules) {
		capability.assess(capability.read(Source.file(example), rules), rules);
	}

	/**
	 * The server tries the rules it started with too, and says so if they fail: once it
	 * is up, on the rules' start-up thread ({@link RuleRuntime#afterStart}), so that it
	 * reports ready without waiting for the rules and the examples.
	 */
	@Component
	@ConditionalOnWebApplication
	static class AtStart {

		private final RuleRuntime runtime;

		AtStart(RuleRuntime runtime) {
			this.runtime = runtime;
		}

		@EventListener(ApplicationReadyEvent.class)
		@Order(3)
		void ready() {
			runtime.afterStart("the smoke run of the rules serving", this::check);
		}

		void check() {
			long start = System.nanoTime();
			List<RuleMessage> problems = runtime.checkServing();
			List<RuleMessage> errors = problems.stream().filter(RuleMessage::isError).toList();
			errors.forEach(m -> log.error("the rules serving fail on a shipped example: {}", m));
			if (errors.isEmpty()) {
				log.info("the rules serving pass the smoke run of the shipped examples ({} ms)",
						(System.nanoTime() - start) / 1_000_000);
			}
		}

	}

}
