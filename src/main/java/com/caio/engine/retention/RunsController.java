package com.caio.engine.retention;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

	RunsController(RunRetention retention) {
		this.retention = retention;
	}

	@DeleteMapping("/api/{kind}/{id}")
	ResponseEntity<?> delete(@PathVariable String kind, @PathVariable long id, HttpServletRequest request) {
		return retention.delete(kind, id, actor(request)).<ResponseEntity<?>>map(deleted -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("kind", deleted.kind());
			body.put("id", deleted.id());
			body.put("deleted", true);
			body.put("inputName", deleted.inputName());
			body.put("uploadDeleted", deleted.uploadDeleted());
			body.put("bytesFreed", deleted.bytesFreed());
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

	/** Until sign-in exists, the caller is known by its address only. */
	private static String actor(HttpServletRequest request) {
		return request.getUserPrincipal() != null ? "user:" + request.getUserPrincipal().getName()
				: "http:" + request.getRemoteAddr();
	}

}
