package com.caio.engine.engagement;

import java.nio.file.Path;

import com.caio.engine.rules.RuleRuntime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the acceptance matrix: each criterion, its rule in the serving rule set, its
 * scenarios in the features folder and their last result.
 */
@RestController
class AcceptanceMatrixController {

	private final RuleRuntime rules;

	private final Path features;

	private final Path results;

	AcceptanceMatrixController(RuleRuntime rules, @Value("${caio.acceptance.features:features}") String features,
			@Value("${caio.acceptance.results:target/cucumber/messages.ndjson}") String results) {
		this.rules = rules;
		this.features = Path.of(features);
		this.results = Path.of(results);
	}

	@GetMapping(value = "/api/acceptance/matrix", produces = MediaType.APPLICATION_JSON_VALUE)
	AcceptanceMatrix.Matrix matrix() {
		return build();
	}

	@GetMapping(value = "/api/acceptance/matrix", produces = MediaType.TEXT_HTML_VALUE)
	String page() {
		return AcceptanceMatrix.html(build());
	}

	private AcceptanceMatrix.Matrix build() {
		return AcceptanceMatrix.build(AcceptanceRules.rules(rules.current()), features, results);
	}

}
