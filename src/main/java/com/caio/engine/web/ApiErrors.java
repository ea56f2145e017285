package com.caio.engine.web;

import java.net.URI;
import java.util.stream.Collectors;

import com.caio.engine.common.NotFoundException;
import com.caio.engine.common.Refusal;
import com.caio.engine.rules.RuleProblemException;
import com.caio.engine.rules.RulesUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;

/**
 * Answers every refusal once, as RFC 9457 {@code application/problem+json}: what was
 * wrong ({@code detail}), where ({@code where}, and {@code line}, {@code column},
 * {@code file}, {@code uploadSha256} where they apply) and what is accepted.
 */
@RestControllerAdvice
class ApiErrors {

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "input-refused", "Input refused",
				ex.getMessage());
		problem.setProperty("where", ex.where());
		if (ex.line() > 0) {
			problem.setProperty("line", ex.line());
			problem.setProperty("column", Math.max(ex.column(), 1));
		}
		setIfPresent(problem, "file", ex.file());
		setIfPresent(problem, "accepted", ex.accepted());
		setIfPresent(problem, "uploadSha256", ex.uploadSha256());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler(RuleProblemException.class)
	ProblemDetail ruleProblem(RuleProblemException ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "rule-problem",
				"The rules failed on this input", ex.getMessage());
		problem.setProperty("folder", ex.folder());
		setIfPresent(problem, "rule", ex.ruleId());
		return problem;
	}

	@ExceptionHandler(RulesUnavailableException.class)
	ProblemDetail rulesUnavailable(RulesUnavailableException ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "rules-unavailable", "No rules serving",
				ex.getMessage());
		problem.setProperty("messages", ex.messages().stream().map(Object::toString).toList());
		return problem;
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "input-refused", "Input refused",
				"missing multipart part '" + ex.getRequestPartName() + "' (send the file as 'file')");
		problem.setProperty("where", ex.getRequestPartName());
		return problem;
	}

	/**
	 * {@code ?limit=lots}, {@code /api/maturity/abc}: names the parameter and the value.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongType(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "input-refused", "Input refused", mismatch(ex));
		problem.setProperty("where", ex.getName());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String detail = "the request body is not the JSON expected here";
		if (ex.getMostSpecificCause() instanceof JacksonException json && json.getLocation() != null) {
			detail += " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
					+ "): " + json.getOriginalMessage();
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "input-refused", "Input refused", detail);
		problem.setProperty("where", "body");
		return problem;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-type", "Content type not accepted",
				"Content-Type '" + (ex.getContentType() == null ? "(none)" : ex.getContentType())
						+ "' is not accepted here; send one of "
						+ ex.getSupportedMediaTypes()
							.stream()
							.map(MediaType::toString)
							.collect(Collectors.joining(", ")));
	}

	/**
	 * The sentence for a path or query value of the wrong type, e.g. "'abc' is not
	 * accepted for 'limit': expected a whole number (at most 2147483647)".
	 */
	private static String mismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String expected = type == int.class || type == Integer.class
				? "a whole number (at most " + Integer.MAX_VALUE + ")" : type == long.class || type == Long.class
						? "a whole number" : type == null ? "another value" : "a " + type.getSimpleName();
		return "'" + ex.getValue() + "' is not accepted for '" + ex.getName() + "': expected " + expected;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Upload too large",
				"upload too large; the limit is spring.servlet.multipart.max-file-size");
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(title);
		return problem;
	}

	private static void setIfPresent(ProblemDetail problem, String name, Object value) {
		if (value != null) {
			problem.setProperty(name, value);
		}
	}

}
