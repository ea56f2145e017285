package com.caio.engine.ruleversions;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kept rule-set versions over REST: history (newest first), a version's files, the
 * diff of two, and a roll back with a comment (rule editors and administrators, as every
 * change under {@code /api/rules}). A version is named by its id or a unique prefix of 8
 * or more hex digits.
 */
@RestController
@RequestMapping("/api/rules/versions")
class RuleVersionsController {

	private final RuleVersions versions;

	RuleVersionsController(RuleVersions versions) {
		this.versions = versions;
	}

	/** The body of a roll back: why. */
	record RollbackRequest(String comment) {
	}

	@GetMapping
	List<RuleVersion> list(@RequestParam(defaultValue = "50") int limit) {
		return versions.list(limit);
	}

	@GetMapping("/{version}")
	Map<String, Object> version(@PathVariable String version) {
		String id = versions.resolve(version);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("version", id);
		view.put("publications", versions.publications(id));
		view.put("files", versions.fileList(id));
		return view;
	}

	@GetMapping("/{a}/diff/{b}")
	VersionDiff diff(@PathVariable String a, @PathVariable String b) {
		return versions.diff(a, b);
	}

	@PostMapping("/{version}/rollback")
	RuleVersion rollback(@PathVariable String version, @RequestBody(required = false) RollbackRequest body,
			Authentication auth) {
		return versions.rollback(version, Access.actor(auth), body == null ? null : body.comment());
	}

	/** 422 with the compiler's messages, at their file, line and column. */
	@ExceptionHandler(RuleVersions.RollbackRefusedException.class)
	ProblemDetail refused(RuleVersions.RollbackRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setType(URI.create("/problems/rollback-refused"));
		problem.setTitle("Roll back refused");
		problem.setProperty("messages", ex.messages().stream().map(Object::toString).toList());
		return problem;
	}

}
