package com.caio.engine.retention;

import java.util.LinkedHashMap;
import java.util.Map;

import java.util.Optional;

import com.caio.engine.security.Access;
import com.caio.engine.storage.RunStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/{kind}/{id}}: deletes a stored run and, when no other run refers to
 * it, its upload; audited. The capabilities' own controllers answer the other methods on
 * these paths.
 */
@RestController
class RunsController {

	private final RunRetention retention;

	private final RunStore runs;

	private final Access access;

	RunsController(RunRetention retention, RunStore runs, Access access) {
		this.retention = retention;
		this.runs = runs;
		this.access = access;
	}

	/** A run the caller may not see is answered as a missing one. */
	@DeleteMapping("/api/{kind}/{id}")
	ResponseEntity<?> delete(@PathVariable String kind, @PathVariable long id, Authentication auth) {
		boolean visible = runs.owner(kind, id).map(access.runs(auth)::includes).orElse(false);
		Optional<RunRetention.Deleted> deleted = visible ? retention.delete(kind, id, Access.actor(auth))
				: Optional.empty();
		return deleted.<ResponseEntity<?>>map(done -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("kind", done.kind());
			body.put("id", done.id());
			body.put("deleted", true);
			body.put("inputName", done.inputName());
			body.put("uploadDeleted", done.uploadDeleted());
			body.put("bytesFreed", done.bytesFreed());
			return ResponseEntity.ok(body);
		}).orElseGet(() -> {
			ProblemDetail problem = ProblemDetail.forStatus(404);
			problem.setTitle("No such run");
			problem.setDetail("no stored " + kind + " run with id " + id);
			return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		});
	}

	@ExceptionHandler(RunRetention.RetainedRunException.class)
	ResponseEntity<ProblemDetail> retained(RunRetention.RetainedRunException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Run kept");
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
