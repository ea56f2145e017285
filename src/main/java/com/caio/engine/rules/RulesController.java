package com.caio.engine.rules;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the rule files and their state, and reloads them on demand. */
@RestController
@RequestMapping("/api/rules")
class RulesController {

	private final RuleRuntime runtime;

	RulesController(RuleRuntime runtime) {
		this.runtime = runtime;
	}

	@GetMapping
	Map<String, Object> status() {
		return view(runtime.status());
	}

	/**
	 * Every rule of the serving rule set: id, name, file, line, severity, policy values.
	 */
	@GetMapping("/catalogue")
	Map<String, Object> catalogue() {
		RuleRuntime.Status status = runtime.status();
		return Map.of("version", status.servingVersion() == null ? "" : status.servingVersion(), "rules",
				runtime.catalogue());
	}

	/**
	 * 200 when the new rules were published, 422 when they were refused (the old ones
	 * keep serving).
	 */
	@PostMapping("/reload")
	ResponseEntity<Map<String, Object>> reload(Authentication auth) {
		// the audit trail's way of naming a person (security.Access.actor), written here
		// to keep
		// the rules module free of the security module
		RuleRuntime.Status status = runtime.reload(auth == null ? "anonymous" : "user:" + auth.getName());
		return ResponseEntity.status(status.lastBuildSucceeded() ? 200 : 422).body(view(status));
	}

	private static Map<String, Object> view(RuleRuntime.Status s) {
		List<Map<String, Object>> files = s.files()
			.stream()
			.map(f -> Map.<String, Object>of("path", f.displayPath(), "kind", f.kind().name(), "bytes",
					f.content().length))
			.toList();
		List<Map<String, Object>> messages = s.messages()
			.stream()
			.map(m -> Map.<String, Object>of("file", m.file(), "line", m.line(), "column", m.column(), "position",
					m.position(), "severity", m.severity().name(), "message", m.message(), "text", m.toString()))
			.toList();
		java.util.LinkedHashMap<String, Object> view = new java.util.LinkedHashMap<>();
		view.put("rulesDir", s.rulesDir().toString());
		view.put("version", s.servingVersion());
		view.put("servingSince", s.servingSince());
		view.put("lastBuildSucceeded", s.lastBuildSucceeded());
		view.put("attemptedVersion", s.attemptedVersion());
		view.put("files", files);
		view.put("messages", messages);
		return view;
	}

}
