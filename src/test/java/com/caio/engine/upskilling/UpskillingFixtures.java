package com.caio.engine.upskilling;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import com.caio.engine.ShippedRules;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;

/** The shipped example and the real rules, for the upskilling tests. */
final class UpskillingFixtures {

	static final Path EXAMPLE = Path.of("examples/upskilling/programme.yaml");

	private UpskillingFixtures() {
	}

	static RuleSet rules() {
		return ShippedRules.get();
	}

	static UpskillingInput read(Path programme, Map<String, Source> attachments) {
		return new UpskillingCapability().read(Source.file(programme, Map.of(), attachments), rules());
	}

	static UpskillingReport assess(UpskillingInput input) {
		return new UpskillingCapability().assess(input, rules());
	}

	static UpskillingReport example() {
		return assess(read(EXAMPLE, Map.of()));
	}

	static Run<UpskillingReport> run(UpskillingReport report) {
		return new Run<>(7, "upskilling", Instant.parse("2026-12-01T09:00:00Z"), "0123456789abcdef",
				new Run.Input("programme.yaml", "00"), report);
	}

}
