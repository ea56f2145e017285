package com.caio.engine.web;

import java.net.URI;

import com.caio.engine.common.BoundedInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A body over its size limit: 413 with the limit, as problem JSON. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LimitErrors {

	@ExceptionHandler(BoundedInput.PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(BoundedInput.PayloadTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				ex.name() + " is larger than " + ex.limit() + " bytes, the most accepted here");
		problem.setType(URI.create("urn:caio:problem:too-large"));
		problem.setTitle("Body too large");
		problem.setProperty("limitBytes", ex.limit());
		problem.setProperty("where", ex.name());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
