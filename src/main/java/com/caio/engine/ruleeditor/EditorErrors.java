package com.caio.engine.ruleeditor;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers an {@link EditorProblem} as {@code application/problem+json}. */
@RestControllerAdvice(assignableTypes = { DraftController.class, RerunController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorErrors {

	@ExceptionHandler(EditorProblem.class)
	ResponseEntity<ProblemDetail> problem(EditorProblem ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.title());
		problem.setType(URI.create("https://caio.example/problems/" + ex.title().toLowerCase().replace(' ', '-')));
		ex.properties().forEach(problem::setProperty);
		return ResponseEntity.status(ex.status()).body(problem);
	}

}
